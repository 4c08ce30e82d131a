/**
 * The app document as the kiosk serves it: the built `index.html` with, in its `<head>`, preload links for the
 * fonts the first frame waits for and a snapshot of the active bundle. Both cut a serial step from start-up: the
 * fonts download alongside the script instead of after it, and the renderer needs no API round trip before it
 * can build the timeline. Pure string work; the kiosk handler does the file reading.
 */
import { BOOT_SNAPSHOT_ELEMENT_ID, type ActiveBundle } from '../../src-shared/kioskApi';

/**
 * The font files worth preloading: Atkinson Hyperlegible, Latin subset, regular and bold, as woff2 — what the
 * timeline's label measurement waits for. Other subsets load on demand through `unicode-range`.
 */
const PRELOAD_FONT_FILE = /^atkinson-hyperlegible-latin-(?:400|700)-normal-[\w-]+\.woff2$/;

/** Any base works for resolving paths against each other; only the path part of the result is used. */
const RESOLVE_BASE = 'http://document.invalid/';

/**
 * JSON text that is safe inside a `<script>` element of an HTML document: `<`, `>` and `&` are written as
 * `\u003c` etc., so neither `</script>` nor `<!--` can end or change the element, and U+2028/U+2029 are escaped
 * for older JavaScript parsers. `JSON.parse` reads it back to the same value.
 */
export function jsonForScriptElement(value: unknown): string {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError('value has no JSON form');
  return json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The `href`s of the stylesheets a document links, in document order, as written. */
export function stylesheetHrefs(html: string): string[] {
  const hrefs: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?stylesheet\b/i.test(tag)) continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = href?.[1] ?? href?.[2] ?? href?.[3];
    if (value) hrefs.push(value);
  }
  return hrefs;
}

/**
 * The fonts to preload that a stylesheet references, as paths from the site root (e.g.
 * `/assets/atkinson-hyperlegible-latin-700-normal-GZI4o3u0.woff2`), each once, in stylesheet order.
 *
 * @param css The stylesheet's text.
 * @param cssHref Where the document links the stylesheet; its `url(…)`s are relative to that.
 */
export function fontPreloadPaths(css: string, cssHref: string): string[] {
  const cssUrl = new URL(cssHref, RESOLVE_BASE);
  const paths = new Set<string>();
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]+))\s*\)/g)) {
    const reference = match[1] ?? match[2] ?? match[3] ?? '';
    let resolved: URL;
    try {
      resolved = new URL(reference, cssUrl);
    } catch {
      continue;
    }
    if (resolved.origin !== cssUrl.origin) continue;
    const fileName = resolved.pathname.slice(resolved.pathname.lastIndexOf('/') + 1);
    if (PRELOAD_FONT_FILE.test(fileName)) paths.add(resolved.pathname);
  }
  return [...paths];
}

/** What {@link bootDocument} puts into the document. */
export interface BootParts {
  /** Font paths from the site root, see {@link fontPreloadPaths}. */
  fontPaths: readonly string[];
  /** The active bundle as `getActiveBundle()` answers; absent, the renderer asks the API as before. */
  snapshot: ActiveBundle | undefined;
}

/**
 * The built document with font preload links and the bundle snapshot inserted just before `</head>`. A document
 * without `</head>` is returned unchanged: the renderer then simply takes the slower path.
 */
export function bootDocument(html: string, parts: BootParts): string {
  const headEnd = html.search(/<\/head\s*>/i);
  if (headEnd < 0) return html;
  // `crossorigin` because fonts are always fetched in CORS mode: without it the preload would not be reused.
  const links = parts.fontPaths.map(
    (fontPath) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${escapeAttribute(fontPath)}">`,
  );
  const openTag = `<script type="application/json" id="${BOOT_SNAPSHOT_ELEMENT_ID}">`;
  const snapshot = parts.snapshot ? [`${openTag}${jsonForScriptElement(parts.snapshot)}</script>`] : [];
  // Before `</head>` sits its indentation: each line keeps it and passes it on to the next.
  const inserted = [...links, ...snapshot].map((line) => `${line}\n  `).join('');
  return `${html.slice(0, headEnd)}${inserted}${html.slice(headEnd)}`;
}

function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (char) => `&#${char.charCodeAt(0)};`);
}
