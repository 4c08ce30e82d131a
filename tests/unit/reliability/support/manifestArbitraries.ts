/**
 * Hostile manifests for the fuzzer: mutations of a real shipped manifest (every field replaced, removed or
 * doubled by odd values), random documents, and the serialized text cut, spliced or re-encoded. Each case is the
 * bytes of one manifest file and its name (`bundle.yaml` or `bundle.json`).
 */
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';

/** A value of any kind a curator's editor (or an attacker) could write. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '', ' ', '\u0000', '\u202e', '\ufeff', '\ud800', '👩‍👩‍👧', 'ا', 'שלום', '𝔘𝔫𝔦', 'NaN', 'null', 'true', '0x1F', '1e309', '-0',
    '1973-02-31', '1973-13', '0000', '9999-12-31', '-500', '2023-02-29', '1973/1974', 'IL', 'XX', 'de-DE', '#ff00zz',
    '<script>alert(1)</script>', '**fett**', '[link](javascript:alert(1))', '../../../etc/passwd', 'C:\\Windows', '/etc/passwd',
    'bilder/../../x.jpg', 'bilder/foto.JPG', '__proto__', 'constructor', 'toString',
  ),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 0.5, 1e21, -1e21, Number.MIN_VALUE, 2 ** 31, 1973, 20_000),
  fc.integer({ min: 1, max: 6 }).map((depth) => nest(depth * 40)),
  fc.integer({ min: 1, max: 4 }).map((size) => 'x'.repeat(size * 25_000)),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 30 }),
);

/** A value nested `depth` arrays and objects deep. */
function nest(depth: number): unknown {
  let value: unknown = 'tief';
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { a: value };
  return value;
}

/** Every path to a value inside `data` (objects and arrays), the root included. */
function pathsOf(data: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(data)) data.forEach((item, index) => pathsOf(item, [...prefix, index], out));
  else if (data !== null && typeof data === 'object') for (const [key, value] of Object.entries(data)) pathsOf(value, [...prefix, key], out);
  return out;
}

type Mutation =
  | { kind: 'replace'; value: unknown }
  | { kind: 'delete' }
  | { kind: 'add-key'; key: string; value: unknown }
  | { kind: 'duplicate' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  oddValue.map((value) => ({ kind: 'replace', value }) as const),
  fc.constant({ kind: 'delete' } as const),
  fc
    .tuple(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'schema', 'id', 'de', 'en', 'he', '')), oddValue)
    .map(([key, value]) => ({ kind: 'add-key', key, value }) as const),
  fc.constant({ kind: 'duplicate' } as const),
);

/** Applies one mutation at path number `at` (modulo the path count) of a deep copy of `data`. */
function mutate(data: unknown, at: number, change: Mutation): unknown {
  const copy: unknown = structuredClone(data);
  const paths = pathsOf(copy);
  const target = paths[at % paths.length] ?? [];
  if (target.length === 0) return change.kind === 'replace' ? change.value : copy;
  const parent = target.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as
    | Record<string | number, unknown>
    | unknown[];
  const key = target[target.length - 1] as string | number;
  if (change.kind === 'replace') (parent as Record<string | number, unknown>)[key] = change.value;
  else if (change.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (change.kind === 'duplicate') {
    if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
    else (parent as Record<string, unknown>)[`${String(key)}_2`] = parent[key];
  } else {
    const node = (parent as Record<string | number, unknown>)[key];
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      Object.defineProperty(node, change.key, { value: change.value, enumerable: true, configurable: true, writable: true });
    } else (parent as Record<string | number, unknown>)[key] = change.value;
  }
  return copy;
}

/** Text damage applied after serializing: what a crashed editor, a bad copy or a wrong encoding does. */
type TextDamage =
  | { kind: 'none' }
  | { kind: 'cut'; at: number }
  | { kind: 'splice'; at: number; text: string }
  | { kind: 'bytes'; at: number; bytes: number[] }
  | { kind: 'latin1' }
  | { kind: 'utf16' };

const yamlTokens = fc.constantFrom(
  '&a ', '*a', '<<: *a', '!!binary ', '!!js/function ', '!!python/object ', '? ', '- ', ': ', '|', '>', '---\n', '...\n', '%YAML 1.1\n',
  '\t', '{', '}', '[', ']', '"', "'", '#', '\r', '\n  ', '\u2028', '\ufeff', 'schema: 2\n', 'id: a\nid: b\n', '~',
  '&x [*x, *x, *x, *x, *x, *x, *x, *x, *x]\n',
);

const damage: fc.Arbitrary<TextDamage> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'none' } as const) },
  fc.nat().map((at) => ({ kind: 'cut', at }) as const),
  fc
    .tuple(fc.nat(), fc.oneof(yamlTokens, fc.string({ unit: 'binary', maxLength: 8 })))
    .map(([at, text]) => ({ kind: 'splice', at, text }) as const),
  fc.tuple(fc.nat(), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 6 })).map(([at, bytes]) => ({ kind: 'bytes', at, bytes }) as const),
  fc.constant({ kind: 'latin1' } as const),
  fc.constant({ kind: 'utf16' } as const),
);

function damageText(text: string, change: TextDamage): Buffer {
  switch (change.kind) {
    case 'none':
      return Buffer.from(text, 'utf8');
    case 'cut':
      return Buffer.from(text.slice(0, change.at % (text.length + 1)), 'utf8');
    case 'splice': {
      const at = change.at % (text.length + 1);
      return Buffer.from(text.slice(0, at) + change.text + text.slice(at), 'utf8');
    }
    case 'bytes': {
      const bytes = Buffer.from(text, 'utf8');
      const at = change.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(change.bytes), bytes.subarray(at)]);
    }
    case 'latin1':
      return Buffer.from(text, 'latin1');
    case 'utf16':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  }
}

/** One manifest file to check: its name and bytes. */
export interface ManifestCase {
  name: 'bundle.yaml' | 'bundle.json';
  bytes: Buffer;
  /** How it was made, for the failure report. */
  recipe: string;
}

/** Gives a case a short description for fast-check's failure report (not its 20 kB of bytes). */
function described(manifestCase: Omit<ManifestCase, typeof fc.toStringMethod>): ManifestCase {
  return Object.assign(manifestCase, { [fc.toStringMethod]: () => `${manifestCase.name}: ${manifestCase.recipe}` });
}

/**
 * Manifests derived from `base` (the parsed data of a real manifest): up to three mutations, then written as YAML
 * or JSON, then possibly damaged as text; plus wholly random documents and texts.
 */
export function manifestCases(base: unknown): fc.Arbitrary<ManifestCase> {
  const mutated = fc
    .tuple(fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }), fc.boolean(), damage)
    .map(([changes, asJson, textDamage]): ManifestCase => {
      const data = changes.reduce((current, [at, change]) => mutate(current, at, change), base);
      const text = asJson ? (JSON.stringify(data, null, 1) ?? 'undefined') : safeYaml(data);
      return described({
        name: asJson ? 'bundle.json' : 'bundle.yaml',
        bytes: damageText(text, textDamage),
        recipe: `${JSON.stringify(changes).slice(0, 300)} as ${asJson ? 'JSON' : 'YAML'}, ${JSON.stringify(textDamage).slice(0, 100)}`,
      });
    });
  const randomDocument = fc.tuple(oddValue, fc.boolean()).map(([data, asJson]): ManifestCase =>
    described({
      name: asJson ? 'bundle.json' : 'bundle.yaml',
      bytes: Buffer.from(asJson ? (JSON.stringify(data) ?? '') : safeYaml(data), 'utf8'),
      recipe: `random document ${JSON.stringify(data)?.slice(0, 200)}`,
    }),
  );
  const randomText = fc
    .array(fc.oneof(yamlTokens, fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 40 })
    .map((parts): ManifestCase =>
      described({ name: 'bundle.yaml', bytes: Buffer.from(parts.join(''), 'utf8'), recipe: `random text ${JSON.stringify(parts.join('')).slice(0, 200)}` }),
    );
  return fc.oneof({ weight: 6, arbitrary: mutated }, { weight: 2, arbitrary: randomDocument }, { weight: 2, arbitrary: randomText });
}

/** YAML text of `data`; values yaml cannot write (none expected) fall back to JSON, which YAML also reads. */
function safeYaml(data: unknown): string {
  try {
    return toYaml(data, { aliasDuplicateObjects: false });
  } catch {
    return JSON.stringify(data) ?? '';
  }
}
