/**
 * Finds what could make an SVG run script or load something from elsewhere. The kiosk shows images only through
 * `<img>` under a strict Content-Security-Policy, where SVG script never runs; this check refuses such files anyway,
 * so that a bundle stays safe wherever else it is opened (a browser tab, a future renderer).
 *
 * It is deliberately a refusing scan, not a sanitiser: it errs towards reporting (a harmless SVG mentioning
 * `onclick=` in a text node is refused too), which for exhibition artwork costs nothing.
 */

/** Data URLs an SVG may embed: raster images only (an embedded SVG could carry script itself). */
const SAFE_DATA_URL = /^data:image\/(?:png|jpeg|gif|webp|avif);/i;

const RULES: readonly { name: string; pattern: RegExp }[] = [
  { name: '<script>', pattern: /<script[\s>/]/i },
  { name: 'on…= (event handler)', pattern: /[\s"'/]on[a-z]+\s*=/i },
  { name: 'javascript:', pattern: /(?:java|vb)script\s*:/i },
  { name: '<foreignObject>', pattern: /<foreignObject[\s>/]/i },
  { name: '<iframe>/<embed>/<object>', pattern: /<(?:iframe|embed|object)[\s>/]/i },
  { name: '<!ENTITY>', pattern: /<!ENTITY/i },
  { name: '@import', pattern: /@import/i },
  { name: '<set>/<animate> on href', pattern: /<(?:set|animate)\b[^>]*attributeName\s*=\s*["'](?:xlink:)?href["']/i },
];

/**
 * The hazards found in an SVG's text, as short names for messages (`<script>`, `external reference: http://x`);
 * `[]` when none were found.
 */
export function svgHazards(svgText: string): string[] {
  const found = RULES.filter(({ pattern }) => pattern.test(svgText)).map(({ name }) => name);
  for (const reference of references(svgText)) {
    if (reference.startsWith('#') || SAFE_DATA_URL.test(reference)) continue;
    // Decoded, an entity-encoded `&#106;avascript:` is caught here even when the raw text hid it.
    if (/^(?:java|vb)script\s*:/i.test(reference)) found.push('javascript:');
    else found.push(`external reference: ${reference.length > 60 ? `${reference.slice(0, 57)}…` : reference}`);
  }
  return [...new Set(found)];
}

/** Values of href/xlink:href/src attributes and of CSS `url(…)`, entity-decoded enough to see a scheme. */
function references(svgText: string): string[] {
  const values: string[] = [];
  for (const match of svgText.matchAll(/\s(?:xlink:)?(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    values.push((match[1] ?? match[2] ?? '').trim());
  }
  for (const match of svgText.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)/gi)) {
    values.push((match[1] ?? match[2] ?? match[3] ?? '').trim());
  }
  return values.map((value) => value.replace(/&#x?[0-9a-f]+;?|&[a-z]+;/gi, (entity) => decodeEntity(entity)));
}

function decodeEntity(entity: string): string {
  const numeric = /^&#(x?)([0-9a-f]+);?$/i.exec(entity);
  if (numeric) return String.fromCodePoint(parseInt(numeric[2]!, numeric[1] ? 16 : 10));
  return entity;
}

/** True when the start of a file's text is an SVG document (after an optional XML declaration, comments, doctype). */
export function looksLikeSvg(head: string): boolean {
  return /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head);
}
