/**
 * The derived-image URL contract between the main side (which serves the display sizes it makes once per photo,
 * `src-main/content/derivatives/`) and the renderer (which asks for the size a view needs):
 * `/derived/<bundle|candidate>/<size>/<image file>`. Asking for the right size keeps decoded images small: a 24 MP
 * camera photo would take ~96 MB of memory as a thumbnail. Imports nothing from DOM, Node, Electron or Svelte.
 */

/** The URL path prefix of every derivative. */
export const DERIVED_URL_PREFIX = '/derived/';

/**
 * The names of the derived sizes, smallest first: `thumb` fits 320 px (timeline marks), `screen` 1920 px (panels,
 * gallery, attract), `full` 3840 px (zoomable viewer).
 */
export const DERIVATIVE_SIZES = ['thumb', 'screen', 'full'] as const;
/** One derived size. */
export type DerivativeSize = (typeof DERIVATIVE_SIZES)[number];

/** True when `name` is one of {@link DERIVATIVE_SIZES}. */
export function isDerivativeSize(name: string): name is DerivativeSize {
  return (DERIVATIVE_SIZES as readonly string[]).includes(name);
}

/**
 * The URL of `file` (an `images[].file` of the manifest) in `size`. Each path segment is percent-encoded as in
 * `/bundle/` URLs (`encodeURI` of the path is enough).
 * @param baseUrl The bundle's `ActiveBundle.baseUrl`, `/bundle/` or `/candidate/`.
 */
export function derivedImageUrl(baseUrl: string, file: string, size: DerivativeSize): string {
  return `${DERIVED_URL_PREFIX}${baseUrl.replace(/^\//, '')}${size}/${encodeURI(file)}`;
}
