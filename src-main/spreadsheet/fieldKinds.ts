/**
 * What kind of cell each bundle field needs, read from the zod schema itself rather than written down a second
 * time: a field added to `src-shared/bundleSchema.ts` gets a column without a change here. Localised text, ids and
 * coordinates are recognised by identity; dates and codes by asking the field's own schema what it accepts.
 */
import type { z } from 'zod';
import { identifier, localizedText } from '../../src-shared/bundleSchema';

/** How a field is written into and read from cells. */
export type FieldKind =
  /** A stable identifier; a number typed into the cell is taken as its digits. */
  | { kind: 'id' }
  /** Visitor text: one column per language, `Titel (de)`, `Titel (en)`. */
  | { kind: 'text' }
  /** A list of visitor texts: one column per language, one item per line. */
  | { kind: 'textList' }
  /** Plain text, the same in every language. */
  | { kind: 'plain' }
  /** A list of plain texts or ids in one cell, separated by commas (or `;` when an item holds a comma). */
  | { kind: 'plainList' }
  | { kind: 'idList' }
  /** A partial date (`1973`, `1973-05`, `1973-05-12`, and whatever else the field's schema accepts). */
  | { kind: 'date' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  /** An upper-case code such as a country `IL`: typed lower case, it is raised. */
  | { kind: 'code' }
  /** Anything the sheet has no better form for: the value as JSON text, so no field is ever lost. */
  | { kind: 'json' };

/** One leaf field of a bundle part, with its path below the list item (e.g. `['location', 'lat']`). */
export interface LeafField {
  path: string[];
  kind: FieldKind;
  /** True when the schema has neither an optional wrapper nor a default. */
  required: boolean;
  /** The leaf's own schema (optional wrappers removed), for probing dates and checking values. */
  schema: z.ZodType;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema without `.optional()` / `.default()` wrappers, and whether there were any. */
export function unwrapOptional(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (let def = defOf(inner); ['optional', 'default', 'prefault', 'nullable', 'readonly'].includes(def.type) && def.innerType; def = defOf(inner)) {
    optional = true;
    inner = def.innerType;
  }
  return { inner, optional };
}

const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

/** The kind of one (unwrapped) leaf schema; `object` for nested objects, `skip` for literals such as `schema: 1`. */
export function kindOf(schema: z.ZodType): FieldKind | 'object' | 'skip' {
  if (schema === localizedText) return { kind: 'text' };
  if (schema === identifier) return { kind: 'id' };
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return 'object';
    case 'literal':
      return 'skip';
    case 'boolean':
      return { kind: 'boolean' };
    case 'number':
      return { kind: 'number' };
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries ?? {}) };
    case 'array': {
      const element = unwrapOptional(def.element as z.ZodType).inner;
      if (element === localizedText) return { kind: 'textList' };
      if (element === identifier) return { kind: 'idList' };
      const elementKind = kindOf(element);
      if (typeof elementKind === 'object' && (elementKind.kind === 'plain' || elementKind.kind === 'code' || elementKind.kind === 'id')) return { kind: 'plainList' };
      return { kind: 'json' };
    }
    case 'string':
      // A string with a pattern of its own (colour, URL, language code) stays plain text; the schema checks it.
      return probeText(schema) ?? { kind: 'plain' };
    case 'pipe':
    case 'union':
      return probeText(schema) ?? { kind: 'json' };
    default:
      return { kind: 'json' };
  }
}

/** Tells dates, codes and ids from free text by what the schema accepts. */
function probeText(schema: z.ZodType): FieldKind | undefined {
  if (accepts(schema, '1973') && accepts(schema, '1973-05-12') && !accepts(schema, 'kein Datum')) return { kind: 'date' };
  if (accepts(schema, 'DE') && !accepts(schema, 'de') && !accepts(schema, 'DEU')) return { kind: 'code' };
  if (accepts(schema, 'ab-1') && !accepts(schema, 'Ab 1')) return { kind: 'id' };
  if (accepts(schema, 'Text') || accepts(schema, 1)) return { kind: 'plain' };
  return undefined;
}

/** The leaf fields of an object schema in the schema's own order, nested objects flattened (`location.lat`). */
export function leafFields(objectSchema: z.ZodType, prefix: string[] = [], parentOptional = false): LeafField[] {
  return leafFieldsOfShape(defOf(objectSchema).shape ?? {}, prefix, parentOptional);
}

/** {@link leafFields} for a record of field schemas. */
export function leafFieldsOfShape(shape: Record<string, z.ZodType>, prefix: string[] = [], parentOptional = false): LeafField[] {
  const fields: LeafField[] = [];
  for (const [key, fieldSchema] of Object.entries(shape)) {
    const { inner, optional } = unwrapOptional(fieldSchema);
    const kind = kindOf(inner);
    if (kind === 'skip') continue;
    if (kind === 'object') fields.push(...leafFields(inner, [...prefix, key], parentOptional || optional));
    else fields.push({ path: [...prefix, key], kind, required: !optional && !parentOptional, schema: inner });
  }
  return fields;
}

/** The item schema of a top-level array field (`partners` → the partner schema), or undefined. */
export function arrayItem(schema: z.ZodType): z.ZodType | undefined {
  const { inner } = unwrapOptional(schema);
  const def = defOf(inner);
  return def.type === 'array' ? unwrapOptional(def.element as z.ZodType).inner : undefined;
}

/** True for an object schema. */
export function isObjectSchema(schema: z.ZodType): boolean {
  return defOf(schema).type === 'object';
}

/** The field schemas of an object schema. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  return defOf(schema).shape ?? {};
}
