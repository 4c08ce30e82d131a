/**
 * The content bundle format, version 1: the single source of truth.
 *
 * Every TypeScript type of a bundle is inferred from these schemas; the curator CLI, the main process and the
 * preview host validate with them, the renderer imports the types only. This module imports nothing from DOM,
 * Node, Electron or Svelte so that every side can use it.
 */
import { z } from 'zod';
import { isCalendarDate, isPartialDate, OPEN_END } from './partialDate';

/** The manifest schema versions this build understands. */
export const SUPPORTED_SCHEMA_VERSIONS = [1] as const;

/** An ISO 639-1 language code such as `de`, `en`, `he`. */
export const languageCode = z.string().regex(/^[a-z]{2}$/, { error: 'language-code' });
export type LanguageCode = z.infer<typeof languageCode>;

/**
 * Text shown to visitors: a plain string (German) or a map language → string with German required.
 * Plain text; a paragraph break is a blank line, `*emphasis*` is the only markup (see content/FORMAT.md).
 */
export const localizedText = z.union([
  z.string().trim().min(1, { error: 'empty-text' }),
  z
    .record(languageCode, z.string().trim().min(1, { error: 'empty-text' }))
    .refine((map) => typeof map.de === 'string', { error: 'german-required' }),
]);
export type LocalizedText = z.infer<typeof localizedText>;

/**
 * A date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. YAML reads a bare `1973` as a number, so whole numbers are
 * accepted and turned into the string form.
 */
export const partialDate = z
  .union([z.string(), z.number().int()])
  .transform((value) => String(value))
  .refine((value) => isCalendarDate(value), { error: 'invalid-date' });
export type PartialDateString = z.infer<typeof partialDate>;

/**
 * A partial date that may be approximate: `1966~` is shown „um 1966“ (content/FORMAT.md). Used where the sources
 * often give no exact year: event dates, eras and the bundle's „Stand“.
 */
export const approximableDate = z
  .union([z.string(), z.number().int()])
  .transform((value) => String(value))
  .refine((value) => isPartialDate(value), { error: 'invalid-date' });

/** The end of an event: a date as {@link approximableDate}, or `..` for „bis heute“ (still going on). */
export const rangeEnd = z
  .union([z.string(), z.number().int()])
  .transform((value) => String(value))
  .refine((value) => value === OPEN_END || isPartialDate(value), { error: 'invalid-date' });

/** A stable identifier used for references inside the bundle: lower case letters, digits and dashes. */
export const identifier = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'invalid-id' });

/** A point on the globe in decimal degrees. */
export const geoLocation = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type GeoLocation = z.infer<typeof geoLocation>;

/** A path inside the bundle, always with forward slashes, relative to the manifest. */
export const bundlePath = z.string().min(1);

/** The kinds of relationship a partner can have with the home district. */
export const partnerKinds = [
  'Partnerschaft',
  'Freundschaft',
  'Kooperation',
  'Städtepartnerschaft',
  'Landespartnerschaft',
] as const;

export const partner = z.strictObject({
  id: identifier,
  name: localizedText,
  /** ISO 3166-1 alpha-2, upper case, e.g. `IL`. */
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'country-code' }),
  region: localizedText.optional(),
  location: geoLocation.optional(),
  since: partialDate.optional(),
  until: partialDate.optional(),
  kind: z.enum(partnerKinds),
  summary: localizedText.optional(),
  facts: z.array(localizedText).optional(),
  /** CSS hex colour such as `#1f6feb`. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'color' }).optional(),
  /** For a town partnership: the id of the partner (or home town) it belongs to. */
  parent: identifier.optional(),
  /** For a town partnership: the home town that holds it, e.g. „Stadt Thale“. */
  holder: localizedText.optional(),
  website: z.string().optional(),
  /** Id of the entry in `sources` this partner's texts come from; shown to visitors as a short source line. */
  source: identifier.optional(),
});
export type Partner = z.infer<typeof partner>;

export const event = z.strictObject({
  id: identifier,
  date: approximableDate,
  /** Last date of a span; `..` when it still goes on („bis heute“). */
  end: rangeEnd.optional(),
  partners: z.array(identifier).default([]),
  title: localizedText,
  text: localizedText.optional(),
  themes: z.array(z.string().min(1)).default([]),
  images: z.array(identifier).default([]),
  highlight: z.boolean().default(false),
  /** Id of the entry in `sources` this event comes from; shown to visitors as a short source line. */
  source: identifier.optional(),
});
export type TimelineEvent = z.infer<typeof event>;

export const image = z.strictObject({
  id: identifier,
  file: bundlePath,
  caption: localizedText,
  credit: z.string().min(1).optional(),
  alt: localizedText.optional(),
  date: partialDate.optional(),
  partner: identifier.optional(),
  /** True for a generated stand-in that waits for the curator's photo. */
  placeholder: z.boolean().default(false),
});
export type BundleImage = z.infer<typeof image>;

export const collection = z.strictObject({
  id: identifier,
  title: localizedText,
  intro: localizedText.optional(),
  images: z.array(identifier).min(1),
});
export type Collection = z.infer<typeof collection>;

export const era = z.strictObject({
  id: identifier,
  label: localizedText,
  from: approximableDate,
  to: approximableDate.optional(),
});
export type Era = z.infer<typeof era>;

export const homeDistrict = z.strictObject({
  name: localizedText,
  location: geoLocation,
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'country-code' }).default('DE'),
});
export type HomeDistrict = z.infer<typeof homeDistrict>;

/**
 * A source the content was written from. Visitors see `title`, `publisher`, `url`, `asOf` and `retrieved` in the
 * „Quellen und Stand“ panel; events and partners name it by `id` in their `source` field.
 */
export const source = z.strictObject({
  /** What events and partners write in `source`. */
  id: identifier.optional(),
  /** Short name of the source for visitors, e.g. „Webseite des Landkreises Kassel: Kreispartnerschaften“. */
  title: localizedText,
  /** Who published it, e.g. „Landkreis Kassel“. */
  publisher: localizedText.optional(),
  /** Where it can be read, when the source names an address. */
  url: z.string().regex(/^https?:\/\/\S+$/, { error: 'url' }).optional(),
  /** When it was read or copied (exact), e.g. `2023-11-02`. */
  retrieved: partialDate.optional(),
  /** The state of knowledge it reflects („Stand“), may be approximate: `2012~`. */
  asOf: approximableDate.optional(),
  /** A copy of the source inside the bundle, e.g. `quellen/kreis-kassel.txt`; the validator checks it exists. */
  file: bundlePath.optional(),
  /** Internal free-text reference (archive signature, file name); not shown to visitors. */
  reference: z.string().optional(),
});
export type BundleSource = z.infer<typeof source>;

/** A theme events can carry, with its label in each language; `id` is what events write in `themes`. */
export const theme = z.strictObject({
  id: z.string().trim().min(1),
  label: localizedText,
});
export type Theme = z.infer<typeof theme>;

/**
 * The views a bundle can open with: the timeline, the partners (cards by level: Land, Kreis, towns – for bundles
 * thin on dates), the pictures (needs a collection) or the map.
 */
export const startViews = ['timeline', 'partners', 'gallery', 'map'] as const;
export type StartView = (typeof startViews)[number];

export const bundleManifest = z.strictObject({
  schema: z.literal(SUPPORTED_SCHEMA_VERSIONS, { error: 'schema-version' }),
  id: identifier,
  version: z.union([z.string(), z.number()]).transform(String).optional(),
  title: localizedText,
  subtitle: localizedText.optional(),
  intro: localizedText.optional(),
  /** The view the kiosk opens with and returns to after idle; `timeline` when absent (content/FORMAT.md). */
  startView: z.enum(startViews).optional(),
  home: homeDistrict,
  languages: z.array(languageCode).min(1).default(['de']),
  partners: z.array(partner).default([]),
  events: z.array(event).default([]),
  images: z.array(image).default([]),
  collections: z.array(collection).default([]),
  eras: z.array(era).default([]),
  /** Labels of the themes in `events[].themes`, so they can be translated; themes not listed show as written. */
  themes: z.array(theme).default([]),
  sources: z.array(source).default([]),
  /** The state of knowledge of the whole bundle („Stand“), shown to visitors; may be approximate: `2014~`. */
  asOf: approximableDate.optional(),
  /** Editorial notes: corrections made to the sources, open questions. Not shown to visitors. */
  notes: z.array(z.string()).default([]),
});

/** A manifest as written by a curator (before defaults are applied). */
export type BundleManifestInput = z.input<typeof bundleManifest>;
/** A validated manifest with defaults applied: what the kiosk works with. */
export type BundleManifest = z.infer<typeof bundleManifest>;
