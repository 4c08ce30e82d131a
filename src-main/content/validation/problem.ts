/**
 * One finding of bundle validation. Errors block a bundle, warnings only inform. Every problem names the file
 * (relative to the bundle, or the entry name inside a .zip), the line and column where the parser knows them, the
 * field path such as `events[3].date`, and says in German and English what to do.
 */

/** How serious a problem is: an `error` stops the bundle from being used, a `warning` does not. */
export type Severity = 'error' | 'warning';

/** The languages validation speaks. German is the default everywhere. */
export type MessageLanguage = 'de' | 'en';

/** A message in both languages; each says what is wrong and what to do. */
export interface LocalizedMessage {
  de: string;
  en: string;
}

/** Stable problem codes: tests, `--json` consumers and the admin screen rely on them. */
export const PROBLEM_CODES = [
  // manifest and schema
  'manifest-missing',
  'manifest-ambiguous',
  'manifest-too-large',
  'manifest-encoding',
  'syntax',
  'duplicate-key',
  'schema-version',
  'unknown-key',
  'missing-field',
  'wrong-type',
  'invalid-value',
  'invalid-date',
  'invalid-id',
  'country-code',
  'color',
  'invalid-url',
  'language-code',
  'empty-text',
  'german-required',
  'too-small',
  'too-large',
  // cross checks
  'duplicate-id',
  'dangling-reference',
  'self-reference',
  'date-range',
  'source-missing',
  'language-not-listed',
  'language-unused',
  'translation-missing',
  'text-markup',
  // media
  'path-outside',
  'symlink-outside',
  'media-missing',
  'media-case',
  'media-not-file',
  'file-too-large',
  'unsupported-type',
  'type-mismatch',
  'image-unreadable',
  'image-truncated',
  'image-small',
  'svg-unsafe',
  'alt-missing',
  'credit-missing',
  'file-unused',
  'starter-content',
  'too-many-files',
  'bundle-too-large',
  // zip
  'zip-unreadable',
  'zip-slip',
  'zip-absolute',
  'zip-backslash',
  'zip-symlink',
  'zip-duplicate',
  'zip-encrypted',
  'zip-bomb',
  'zip-too-many-entries',
  'zip-too-large',
  'zip-size-mismatch',
  'zip-unsupported',
  'zip-layout',
  // the tool itself
  'io',
] as const;

/** One of {@link PROBLEM_CODES}. */
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** A validation finding. `line` and `column` are 1-based. */
export interface Problem {
  severity: Severity;
  code: ProblemCode;
  /** Path relative to the bundle root with forward slashes, or a .zip entry name; absent for the bundle as a whole. */
  file?: string;
  line?: number;
  column?: number;
  /** Field path in the manifest, e.g. `events[3].date`. */
  field?: string;
  message: LocalizedMessage;
}

/** Formats a path of keys and indices as `events[3].date`; `''` for the root. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else {
      const key = String(segment);
      text += /^[A-Za-z_][\w-]*$/.test(key) ? (text === '' ? key : `.${key}`) : `[${JSON.stringify(key)}]`;
    }
  }
  return text;
}

/**
 * One line for a person: `bundle.yaml:42:9 events[3].date: „31.02.2023“ ist kein gültiges Datum – …`.
 * Location parts that are unknown are left out.
 */
export function formatProblem(problem: Problem, lang: MessageLanguage = 'de', items?: ItemIds, withFile = true): string {
  const words = lang === 'de' ? { line: 'Zeile', column: 'Spalte' } : { line: 'line', column: 'column' };
  const parts: string[] = [];
  if (problem.file && withFile) parts.push(problem.file);
  // „Zeile 16, Spalte 11“ rather than 16:11, which reads like a clock time.
  if (problem.file && problem.line !== undefined) {
    parts.push(`${words.line} ${problem.line}${problem.column === undefined ? '' : `, ${words.column} ${problem.column}`}`);
  }
  if (problem.field) parts.push(describeField(problem.field, lang, items));
  const text = problem.message[lang];
  return parts.length === 0 ? text : `${parts.join(', ')}: ${text}`;
}

/** The ids of a manifest's entries per list (`events`, `partners`, …), so a location can name the entry. */
export type ItemIds = Partial<Record<string, readonly (string | undefined)[]>>;

/** The ids of `manifest`'s entries, for {@link formatProblem}. */
export function itemIdsOf(manifest: Record<string, unknown> | undefined): ItemIds | undefined {
  if (manifest === undefined || manifest === null || typeof manifest !== 'object') return undefined;
  const ids: ItemIds = {};
  for (const list of Object.keys(ITEM_NAMES)) {
    const entries = manifest[list];
    if (Array.isArray(entries)) ids[list] = entries.map((entry) => (typeof entry?.id === 'string' ? entry.id : undefined));
  }
  return ids;
}

const ITEM_NAMES: Record<string, LocalizedMessage> = {
  events: { de: 'Ereignis', en: 'event' },
  partners: { de: 'Partner', en: 'partner' },
  images: { de: 'Bild', en: 'image' },
  collections: { de: 'Sammlung', en: 'collection' },
  eras: { de: 'Epoche', en: 'era' },
};

/**
 * A field path for people: `events[0].date` becomes `Ereignis „ankunft-1973“, Feld date (events[0].date)` when
 * the entry's id is known (the index counts from zero, which curators do not), else `Feld events[0].date`.
 */
export function describeField(field: string, lang: MessageLanguage, items?: ItemIds): string {
  const fieldWord = lang === 'de' ? 'Feld' : 'field';
  const match = /^(\w+)\[(\d+)\](?:\.(.+))?$/.exec(field);
  const name = match ? ITEM_NAMES[match[1]!] : undefined;
  const id = match ? items?.[match[1]!]?.[Number(match[2])] : undefined;
  if (!match || !name || id === undefined) return `${fieldWord} ${field}`;
  const entry = lang === 'de' ? `${name.de} „${id}“` : `${name.en} "${id}"`;
  return match[3] === undefined ? `${entry} (${field})` : `${entry}, ${fieldWord} ${match[3]} (${field})`;
}

/**
 * Orders problems for reading: errors before warnings, then by file, line, column. Stable for equal keys, so the
 * order inside one field stays the order the checks found them in.
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        rank(a.problem) - rank(b.problem) ||
        (a.problem.file ?? '').localeCompare(b.problem.file ?? '') ||
        (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
        (a.problem.column ?? 0) - (b.problem.column ?? 0) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}

/** Short builder for a message in both languages. */
export function say(de: string, en: string): LocalizedMessage {
  return { de, en };
}

/** Quotes a value the German way (`„x“`) for messages; long values are shortened to 60 characters. */
export function quoteDe(value: unknown): string {
  return `„${shorten(value)}“`;
}

/** Quotes a value the English way (`"x"`) for messages; long values are shortened to 60 characters. */
export function quoteEn(value: unknown): string {
  return `"${shorten(value)}"`;
}

function shorten(value: unknown): string {
  const text = typeof value === 'string' ? value : asJson(value);
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}

/** JSON of a value for a message; a YAML anchor that contains itself (`&x [*x]`) has none and is named so. */
function asJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Array.isArray(value) ? '[…]' : '{…}';
  }
}
