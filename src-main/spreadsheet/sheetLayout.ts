/**
 * The workbook's layout: one sheet per part of the bundle with German names and column headers. Sheets and columns
 * come from the bundle schema ({@link leafFields}); this module only adds the German words. A field the schema
 * gains later appears with its own key as the header until a label is added here.
 */
import type { z } from 'zod';
import { bundleManifest } from '../../src-shared/bundleSchema';
import { arrayItem, isObjectSchema, kindOf, leafFields, leafFieldsOfShape, shapeOf, unwrapOptional, type FieldKind, type LeafField } from './fieldKinds';

/** One column's field: a leaf field with its German header (without the language suffix). */
export interface ColumnField extends LeafField {
  /** Header as written in the workbook, e.g. `Datum`; text fields get ` (de)`, ` (en)` … appended. */
  label: string;
  /** Field path joined with dots, e.g. `location.lat`: accepted as a header too (English, and stable). */
  key: string;
  /** The bundle list whose ids this field names, for drop-downs and checks. */
  references?: ListKey;
}

/** A top-level list of the manifest that has its own sheet. */
export type ListKey = string;

/** One sheet of the workbook. */
export interface SheetSpec {
  /** `''` for the exhibition's own fields (one row), else the manifest's list key (`events`). */
  key: string;
  /** German sheet name, e.g. `Ereignisse`. */
  name: string;
  /** The exhibition sheet holds one row; every other sheet one row per list item. */
  single: boolean;
  /** For a list of plain texts (`notes`): the items are the texts themselves, not objects. */
  primitive: boolean;
  fields: ColumnField[];
}

/** German sheet names per manifest list; unknown lists keep their key as the name. */
export const SHEET_NAMES: Readonly<Record<string, string>> = {
  '': 'Ausstellung',
  partners: 'Partner',
  events: 'Ereignisse',
  images: 'Bilder',
  collections: 'Galerie',
  eras: 'Abschnitte',
  themes: 'Themen',
  sources: 'Quellen',
  notes: 'Anmerkungen',
};

/** Lists of plain texts that get a sheet of their own (long texts); other plain lists fit in one cell. */
const PRIMITIVE_SHEETS = new Set(['notes']);

/** German headers: by `sheet:path`, then by path, then by the last key; nested paths are composed. */
const LABELS: Readonly<Record<string, string>> = {
  id: 'Kennung',
  version: 'Version',
  title: 'Titel',
  subtitle: 'Untertitel',
  intro: 'Einführung',
  home: 'Heimatkreis',
  'home.name': 'Heimatkreis',
  languages: 'Sprachen',
  asOf: 'Stand',
  name: 'Name',
  country: 'Land',
  region: 'Region',
  'location.lat': 'Breite',
  'location.lon': 'Länge',
  lat: 'Breite',
  lon: 'Länge',
  since: 'seit',
  until: 'bis',
  kind: 'Art',
  summary: 'Kurzprofil',
  facts: 'Eckdaten',
  color: 'Farbe',
  parent: 'gehört zu',
  holder: 'Städtepartnerschaft von',
  website: 'Internetseite',
  source: 'Quelle',
  date: 'Datum',
  end: 'Ende',
  partners: 'Partner',
  text: 'Text',
  themes: 'Themen',
  images: 'Bilder',
  highlight: 'Hervorheben',
  file: 'Datei',
  caption: 'Bildunterschrift',
  credit: 'Urheber',
  alt: 'Alternativtext',
  partner: 'Partner',
  placeholder: 'Platzhalter',
  label: 'Beschriftung',
  from: 'von',
  to: 'bis',
  reference: 'Fundstelle',
  publisher: 'Herausgeber',
  url: 'Adresse',
  retrieved: 'abgerufen am',
  notes: 'Anmerkung',
  'images:date': 'Aufnahmedatum',
};

/** Which list a reference field's ids belong to. */
const REFERENCES: Readonly<Record<string, ListKey>> = {
  partners: 'partners',
  partner: 'partners',
  parent: 'partners',
  images: 'images',
  source: 'sources',
  themes: 'themes',
};

function labelFor(sheetKey: string, path: readonly string[]): string {
  const joined = path.join('.');
  const direct = LABELS[`${sheetKey}:${joined}`] ?? LABELS[joined];
  if (direct !== undefined) return direct;
  if (path.length === 1) return path[0]!;
  // The longest known tail names the leaf (`location.lat` → Breite), the rest is the prefix (Heimatkreis Breite).
  for (let start = 1; start < path.length; start += 1) {
    const tail = LABELS[path.slice(start).join('.')];
    if (tail !== undefined) return `${labelFor(sheetKey, path.slice(0, start))} ${tail}`;
  }
  return joined;
}

function columnFields(sheetKey: string, fields: LeafField[]): ColumnField[] {
  const seen = new Set<string>();
  return fields.map((field) => {
    const key = field.path.join('.');
    let label = labelFor(sheetKey, field.path);
    if (seen.has(label.toLowerCase())) label = `${label} (${key})`;
    seen.add(label.toLowerCase());
    const last = field.path[field.path.length - 1]!;
    const references = field.kind.kind === 'id' || field.kind.kind === 'idList' || field.kind.kind === 'plainList' ? REFERENCES[last] : undefined;
    // `id` names the row itself; `themes` of an event are free words unless a theme list exists (drop-down only).
    return { ...field, label, key, ...(references !== undefined && last !== 'id' ? { references } : {}) };
  });
}

/** The workbook layout of a manifest schema (default: the bundle format this build understands). */
export function workbookLayout(schema: z.ZodType = bundleManifest): SheetSpec[] {
  const shape = shapeOf(schema);
  const top: Record<string, z.ZodType> = {};
  const sheets: SheetSpec[] = [];
  for (const [key, fieldSchema] of Object.entries(shape)) {
    const item = arrayItem(fieldSchema);
    if (item !== undefined && isObjectSchema(item)) {
      sheets.push({ key, name: SHEET_NAMES[key] ?? key, single: false, primitive: false, fields: columnFields(key, leafFields(item)) });
    } else if (item !== undefined && PRIMITIVE_SHEETS.has(key)) {
      const kind = kindOf(item);
      const leaf: LeafField = { path: [key], kind: typeof kind === 'object' ? kind : ({ kind: 'plain' } as FieldKind), required: true, schema: item };
      sheets.push({ key, name: SHEET_NAMES[key] ?? key, single: false, primitive: true, fields: columnFields(key, [leaf]) });
    } else {
      top[key] = fieldSchema;
    }
  }
  const topFields = leafFieldsOfShape(top);
  sheets.unshift({ key: '', name: SHEET_NAMES[''] ?? 'Ausstellung', single: true, primitive: false, fields: columnFields('', topFields) });
  return sheets;
}

/** The value kind of a field, unwrapping a schema first (used by the TimelineJS import for single fields). */
export function fieldKindOf(schema: z.ZodType): FieldKind | undefined {
  const kind = kindOf(unwrapOptional(schema).inner);
  return typeof kind === 'object' ? kind : undefined;
}
