import type { z } from 'zod';
import { approximableDate, bundleManifest, localizedText, partialDate, rangeEnd, SUPPORTED_SCHEMA_VERSIONS } from '../../../src-shared/bundleSchema';
import { isCalendarDate, isPartialDate } from '../../../src-shared/partialDate';
import type { ParsedManifest } from './manifestSource';
import { locateFindings } from './manifestFinding';
import { quoteDe, quoteEn, say, type LocalizedMessage, type Problem, type ProblemCode } from './problem';
import { collapseMisplacedEntries } from './misplacedEntries';
import { knownKeysAt, schemaAt } from './schemaWalk';
import { suggestKey } from './typoHint';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/**
 * Turns the issues of `bundleManifest.safeParse` into problems with a clear German and English message, the field
 * path and its position in the manifest text. Unknown keys get typo hints, wrong dates a suggested spelling.
 */
export function schemaProblems(issues: readonly Issue[], manifest: ParsedManifest): Problem[] {
  const descriptions = collapseMisplacedEntries(
    issues.flatMap((issue) => describeIssue(issue, [], manifest.data)),
    manifest.data,
  );
  const findings = descriptions.map((description) => ({ severity: 'error' as const, ...description }));
  return locateFindings(findings, manifest);
}

/** One described issue: the code, where it is, and the message. `key` is set for an unknown key in the map at `path`. */
export interface IssueDescription {
  code: ProblemCode;
  path: Path;
  key?: string;
  message: LocalizedMessage;
}

/** Describes one zod issue (pure; `data` is the parsed manifest, used to quote the value written). */
export function describeIssue(issue: Issue, prefix: Path, data: unknown): IssueDescription[] {
  const path = [...prefix, ...issue.path];
  const value = valueAt(data, path);
  const field = String(path.at(-1) ?? '');
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(bundleManifest, path);
      return issue.keys.map((key) => ({ code: 'unknown-key', path, key, message: unknownKeyMessage(key, known) }));
    }
    case 'invalid_union':
      return describeUnion(issue, path, value, data);
    case 'invalid_key':
      return issue.issues.flatMap((inner) => describeIssue(inner as Issue, path, data));
    case 'invalid_element':
      return issue.issues.flatMap((inner) => describeIssue(inner as Issue, path, data));
    case 'invalid_type':
      if (value === undefined) return [{ code: field === 'schema' ? 'schema-version' : 'missing-field', path, message: missingFieldMessage(field) }];
      return [{ code: 'wrong-type', path, message: wrongTypeMessage(issue.expected, value) }];
    case 'invalid_value':
      if (issue.message === 'schema-version') {
        return [{ code: 'schema-version', path, message: value === undefined ? missingFieldMessage('schema') : schemaVersionMessage(value) }];
      }
      return [{ code: 'invalid-value', path, message: enumMessage(value, issue.values) }];
    case 'too_small':
    case 'too_big':
      if (issue.message === 'empty-text') return [{ code: 'empty-text', path, message: keyedMessage('empty-text', value) }];
      return [{ code: issue.code === 'too_small' ? 'too-small' : 'too-large', path, message: boundMessage(issue, value) }];
    default: {
      const keyed = KEYED_CODES[issue.message];
      if (keyed) return [{ code: keyed, path, message: keyedMessage(keyed, value) }];
      return [
        {
          code: 'invalid-value',
          path,
          message: say(`${quoteDe(value)} ist hier nicht zulässig (${issue.message})`, `${quoteEn(value)} is not allowed here (${issue.message})`),
        },
      ];
    }
  }
}

/** The custom error keys of src-shared/bundleSchema.ts and the problem codes they become. */
const KEYED_CODES: Readonly<Record<string, ProblemCode>> = {
  'invalid-date': 'invalid-date',
  'german-required': 'german-required',
  'schema-version': 'schema-version',
  'invalid-id': 'invalid-id',
  'country-code': 'country-code',
  color: 'color',
  url: 'invalid-url',
  'language-code': 'language-code',
  'empty-text': 'empty-text',
};

function describeUnion(issue: Extract<Issue, { code: 'invalid_union' }>, path: Path, value: unknown, data: unknown): IssueDescription[] {
  // Prefer what an option found beyond a plain type mismatch (e.g. a bad language key inside a text map).
  for (const option of issue.errors) {
    const specific = option.filter((inner) => inner.code !== 'invalid_type' || inner.path.length > 0);
    if (specific.length > 0) return specific.flatMap((inner) => describeIssue(inner as Issue, path, data));
  }
  if (value === undefined) return [{ code: 'missing-field', path, message: missingFieldMessage(String(path.at(-1) ?? '')) }];
  const schema = schemaAt(bundleManifest, path);
  if (schema === partialDate || schema === approximableDate || schema === rangeEnd) {
    return [{ code: 'invalid-date', path, message: keyedMessage('invalid-date', value) }];
  }
  if (schema === localizedText) {
    return [
      {
        code: 'wrong-type',
        path,
        message: say(
          `${quoteDe(value)} ist kein Text – erwartet ein Text oder Sprachen mit Text, etwa „de: …“ und „en: …“`,
          `${quoteEn(value)} is not text – expected a text or languages with text, such as "de: …" and "en: …"`,
        ),
      },
    ];
  }
  const expected = issue.errors.flat().flatMap((inner) => (inner.code === 'invalid_type' ? [inner.expected] : []));
  return [{ code: 'wrong-type', path, message: wrongTypeMessage(expected.join('|'), value) }];
}

/** The message for an unknown key, with a hint when a known key is close. */
export function unknownKeyMessage(key: string, known: readonly string[]): LocalizedMessage {
  const hint = suggestKey(key, known);
  const allowed = known.join(', ');
  if (hint) {
    return say(
      `unbekanntes Feld ‚${key}‘ – meinten Sie ‚${hint}‘?`,
      `unknown field '${key}' – did you mean '${hint}'?`,
    );
  }
  return say(
    `unbekanntes Feld ‚${key}‘ – bitte löschen oder umbenennen (erlaubt: ${allowed})`,
    `unknown field '${key}' – please delete or rename it (allowed: ${allowed})`,
  );
}

function missingFieldMessage(field: string): LocalizedMessage {
  if (field === 'schema') {
    return say(
      `Feld ‚schema‘ fehlt – bitte „schema: ${SUPPORTED_SCHEMA_VERSIONS.at(-1)}“ als erste Zeile eintragen`,
      `field 'schema' is missing – please add "schema: ${SUPPORTED_SCHEMA_VERSIONS.at(-1)}" as the first line`,
    );
  }
  return say(`Pflichtfeld ‚${field}‘ fehlt – bitte ergänzen`, `required field '${field}' is missing – please add it`);
}

const TYPE_NAMES: Readonly<Record<string, LocalizedMessage>> = {
  string: say('ein Text', 'a text'),
  number: say('eine Zahl', 'a number'),
  int: say('eine ganze Zahl', 'a whole number'),
  boolean: say('„true“ oder „false“', '"true" or "false"'),
  array: say('eine Liste (Zeilen mit „- “)', 'a list (lines starting with "- ")'),
  object: say('ein Eintrag mit Feldern', 'an entry with fields'),
  record: say('Sprachen mit Text (etwa „de: …“)', 'languages with text (such as "de: …")'),
};

/** Describes a wrong value type: `5 ist eine Zahl – erwartet ein Text`. */
export function wrongTypeMessage(expected: string, value: unknown): LocalizedMessage {
  const names = expected.split('|').map((name) => TYPE_NAMES[name] ?? say(name, name));
  const de = names.map((name) => name.de).join(' oder ');
  const en = names.map((name) => name.en).join(' or ');
  const actual = TYPE_NAMES[Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value] ?? say('leer', 'empty');
  return say(`${quoteDe(value)} ist ${actual.de} – erwartet ${de}`, `${quoteEn(value)} is ${actual.en} – expected ${en}`);
}

function enumMessage(value: unknown, values: readonly unknown[]): LocalizedMessage {
  const allowed = values.map(String);
  const hint = typeof value === 'string' ? suggestKey(value, allowed) : undefined;
  const list = allowed.join(', ');
  if (hint) {
    return say(
      `${quoteDe(value)} ist kein erlaubter Wert – meinten Sie ‚${hint}‘? (erlaubt: ${list})`,
      `${quoteEn(value)} is not an allowed value – did you mean '${hint}'? (allowed: ${list})`,
    );
  }
  return say(`${quoteDe(value)} ist kein erlaubter Wert – erlaubt: ${list}`, `${quoteEn(value)} is not an allowed value – allowed: ${list}`);
}

function schemaVersionMessage(value: unknown): LocalizedMessage {
  const supported = SUPPORTED_SCHEMA_VERSIONS.join(', ');
  return say(
    `Schema-Version ${quoteDe(value)} wird von diesem Kiosk nicht unterstützt (unterstützt: ${supported}) – bitte den Kiosk aktualisieren oder das Paket im Format ${supported} schreiben`,
    `schema version ${quoteEn(value)} is not supported by this kiosk (supported: ${supported}) – please update the kiosk or write the bundle in format ${supported}`,
  );
}

function boundMessage(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, value: unknown): LocalizedMessage {
  const small = issue.code === 'too_small';
  const limit = small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum;
  if (issue.origin === 'array') {
    return small
      ? say(`die Liste braucht mindestens ${limit} Eintrag/Einträge – bitte ergänzen`, `the list needs at least ${limit} entries – please add them`)
      : say(`die Liste darf höchstens ${limit} Einträge haben`, `the list may have at most ${limit} entries`);
  }
  if (issue.origin === 'string') {
    return say('der Text ist leer – bitte ausfüllen oder das Feld weglassen', 'the text is empty – please fill it in or leave the field out');
  }
  return small
    ? say(`${quoteDe(value)} ist zu klein – kleinster erlaubter Wert: ${limit}`, `${quoteEn(value)} is too small – smallest allowed value: ${limit}`)
    : say(`${quoteDe(value)} ist zu groß – größter erlaubter Wert: ${limit}`, `${quoteEn(value)} is too large – largest allowed value: ${limit}`);
}

/** Messages for the schema's custom error keys, quoting the value as written. */
export function keyedMessage(code: ProblemCode, value: unknown): LocalizedMessage {
  switch (code) {
    case 'invalid-date': {
      if (typeof value === 'string' && isPartialDate(value)) {
        // Written `1966~` where only an exact date is allowed (partner since/until, image date, retrieved).
        return say(
          `${quoteDe(value)}: ein ungefähres Datum (mit ~) ist hier nicht erlaubt – bitte ein genaues Datum eintragen oder das Feld weglassen und die Unsicherheit in ‚notes‘ festhalten`,
          `${quoteEn(value)}: an approximate date (with ~) is not allowed here – please give an exact date or leave the field out and record the uncertainty in 'notes'`,
        );
      }
      const hint = isoFromGermanDate(value) ?? qualifiedDateHint(value);
      const suffix = hint ? say(` (meinten Sie ${hint}?)`, ` (did you mean ${hint}?)`) : say('', '');
      return say(
        `${quoteDe(value)} ist kein gültiges Datum – erwartet JJJJ, JJJJ-MM oder JJJJ-MM-TT${suffix.de}`,
        `${quoteEn(value)} is not a valid date – expected YYYY, YYYY-MM or YYYY-MM-DD${suffix.en}`,
      );
    }
    case 'invalid-url':
      return say(
        `${quoteDe(value)} ist keine Internetadresse – erwartet http:// oder https:// am Anfang, etwa https://www.kreis-beispiel.de/partner`,
        `${quoteEn(value)} is not a web address – expected http:// or https:// at the start, such as https://www.example.org/partners`,
      );
    case 'invalid-id': {
      const hint = typeof value === 'string' ? slugify(value) : '';
      return say(
        `${quoteDe(value)} ist keine gültige Kennung – nur Kleinbuchstaben a–z, Ziffern und Bindestriche${hint ? `, etwa „${hint}“` : ''}`,
        `${quoteEn(value)} is not a valid id – use lower-case letters a–z, digits and dashes only${hint ? `, such as "${hint}"` : ''}`,
      );
    }
    case 'country-code': {
      const hint = typeof value === 'string' && /^[a-z]{2}$/i.test(value) ? value.toUpperCase() : 'IL, DE, PL';
      return say(
        `${quoteDe(value)} ist kein Ländercode – erwartet zwei Großbuchstaben nach ISO 3166-1, etwa ${hint}`,
        `${quoteEn(value)} is not a country code – expected two capital letters (ISO 3166-1), such as ${hint}`,
      );
    }
    case 'color':
      return say(
        `${quoteDe(value)} ist keine Farbe – erwartet # und sechs Hex-Ziffern, etwa #1f6feb`,
        `${quoteEn(value)} is not a colour – expected # and six hex digits, such as #1f6feb`,
      );
    case 'language-code':
      return say(
        `${quoteDe(value)} ist kein Sprachkürzel – erwartet zwei Kleinbuchstaben nach ISO 639-1, etwa de, en, he`,
        `${quoteEn(value)} is not a language code – expected two lower-case letters (ISO 639-1), such as de, en, he`,
      );
    case 'empty-text':
      return say('der Text ist leer – bitte ausfüllen oder das Feld weglassen', 'the text is empty – please fill it in or leave the field out');
    case 'german-required':
      return say(
        'deutscher Text fehlt – bitte „de: …“ ergänzen (Deutsch ist Pflicht, andere Sprachen fallen darauf zurück)',
        'German text is missing – please add "de: …" (German is required; other languages fall back to it)',
      );
    default:
      return say(`${quoteDe(value)} ist hier nicht zulässig`, `${quoteEn(value)} is not allowed here`);
  }
}

/** `31.12.2023` → `2023-12-31`, `12.2023` → `2023-12`; `undefined` for anything else or an impossible date. */
export function isoFromGermanDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const day = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim());
  const month = /^(\d{1,2})[./](\d{4})$/.exec(value.trim());
  const iso = day
    ? `${day[3]}-${day[2]!.padStart(2, '0')}-${day[1]!.padStart(2, '0')}`
    : month
      ? `${month[2]}-${month[1]!.padStart(2, '0')}`
      : undefined;
  // Only suggest what would be accepted: „31.02.2023“ has no valid spelling.
  return iso !== undefined && isCalendarDate(iso) ? iso : undefined;
}

/** `um 1966`, `ca. 1966`, `etwa 1966` → `1966~`; `heute`, `bis heute` → `..`; `undefined` for anything else. */
export function qualifiedDateHint(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  if (/^(bis )?heute$|^today$|^offen$/.test(text)) return '..';
  const approximate = /^(?:um|ca\.?|circa|etwa|ungefähr|about|around|c\.)\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)$/.exec(text);
  return approximate && isCalendarDate(approximate[1]!) ? `${approximate[1]}~` : undefined;
}

/** A valid id made from free text: `Emek Hefer` → `emek-hefer`, `Tillabéri` → `tillaberi`, `Köln` → `koeln`. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The value at `path` in plain data; `undefined` when the path does not exist. */
export function valueAt(data: unknown, path: Path): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}
