import { describe, expect, it } from 'vitest';
import {
  bootDocument,
  fontPreloadPaths,
  jsonForScriptElement,
  stylesheetHrefs,
} from '../../../../src-main/content/bootDocument';
import { bundleManifest } from '../../../../src-shared/bundleSchema';
import { BOOT_SNAPSHOT_ELEMENT_ID, type ActiveBundle } from '../../../../src-shared/kioskApi';

/** Text that would end or change a `<script>` element, or a JavaScript string, if written as it is. */
const HOSTILE = 'Ende </script><script>alert(1)</script> <!-- <SCRIPT> \u2028\u2029 & > "zitat"';

const BUILT_HTML = `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <title>Partnerschaftskiosk</title>
    <script type="module" crossorigin src="./assets/index-IZ6rOCko.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-kzJtSatQ.css">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>`;

function activeBundle(title: string): ActiveBundle {
  const manifest = bundleManifest.parse({
    schema: 1,
    id: 'probe',
    title,
    home: { name: 'Kreis Probe', location: { lat: 50.9, lon: 8.0 } },
  });
  return { manifest, baseUrl: '/bundle/', version: 'built-in', revision: 3 };
}

/** The raw text of the snapshot element as an HTML parser would take it: up to the first `</script`. */
function snapshotText(html: string): string | undefined {
  const open = `<script type="application/json" id="${BOOT_SNAPSHOT_ELEMENT_ID}">`;
  const start = html.indexOf(open);
  if (start < 0) return undefined;
  const from = start + open.length;
  return html.slice(from, html.toLowerCase().indexOf('</script', from));
}

describe('jsonForScriptElement', () => {
  const cases = [
    { name: 'plain text', value: { a: 'Siegen' } },
    { name: 'a closing script tag', value: { a: '</script>' } },
    { name: 'an upper-case closing tag', value: ['</SCRIPT >'] },
    { name: 'an HTML comment opener', value: '<!-- <script>' },
    { name: 'line and paragraph separators', value: 'a\u2028b\u2029c' },
    { name: 'ampersands and angle brackets', value: '&lt; <b> &amp;' },
    { name: 'the hostile mix', value: { title: HOSTILE, nested: [HOSTILE] } },
  ];
  for (const { name, value } of cases) {
    it(`keeps ${name} inside the element and parses back to the same value`, () => {
      const text = jsonForScriptElement(value);
      expect(text).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(text)).toEqual(value);
    });
  }

  it('refuses a value without a JSON form', () => {
    expect(() => jsonForScriptElement(undefined)).toThrow(TypeError);
  });
});

describe('stylesheetHrefs', () => {
  const cases = [
    { name: 'the Vite output', html: BUILT_HTML, expected: ['./assets/index-kzJtSatQ.css'] },
    { name: 'single quotes, href first', html: `<link href='/a.css' rel='stylesheet'>`, expected: ['/a.css'] },
    { name: 'unquoted attributes', html: '<LINK REL=stylesheet HREF=b.css>', expected: ['b.css'] },
    { name: 'other link types', html: '<link rel="icon" href="x.png"><link rel="preload" href="y.css">', expected: [] },
    { name: 'two stylesheets', html: '<link rel="stylesheet" href="1.css"><link rel="stylesheet" href="2.css">', expected: ['1.css', '2.css'] },
  ];
  for (const { name, html, expected } of cases) {
    it(`finds ${name}`, () => expect(stylesheetHrefs(html)).toEqual(expected));
  }
});

describe('fontPreloadPaths', () => {
  // As Vite writes @fontsource's CSS: every subset and weight, woff2 first, woff as fallback.
  const css = [
    '@font-face{font-family:Atkinson Hyperlegible;font-weight:400;src:url(./atkinson-hyperlegible-latin-ext-400-normal-DRk46D-x.woff2) format("woff2"),url(./atkinson-hyperlegible-latin-ext-400-normal-Bbz-b3yf.woff) format("woff")}',
    '@font-face{font-family:Atkinson Hyperlegible;font-weight:400;src:url(./atkinson-hyperlegible-latin-400-normal-BrHNak5F.woff2) format("woff2"),url(./atkinson-hyperlegible-latin-400-normal-BbWidj28.woff) format("woff")}',
    '@font-face{font-family:Atkinson Hyperlegible;font-weight:700;src:url("./atkinson-hyperlegible-latin-700-normal-GZI4o3u0.woff2") format("woff2")}',
    '@font-face{font-family:Noto Sans Hebrew;src:url(./noto-sans-hebrew-hebrew-700-normal-D9plwkIl.woff2) format("woff2")}',
    '.again{src:url(./atkinson-hyperlegible-latin-400-normal-BrHNak5F.woff2)}',
  ].join('\n');
  const cases = [
    {
      name: 'the Latin 400 and 700 woff2 files, relative to the stylesheet, each once',
      css,
      cssHref: './assets/index-kzJtSatQ.css',
      expected: [
        '/assets/atkinson-hyperlegible-latin-400-normal-BrHNak5F.woff2',
        '/assets/atkinson-hyperlegible-latin-700-normal-GZI4o3u0.woff2',
      ],
    },
    {
      name: 'absolute references',
      css: "a{src:url('/fonts/atkinson-hyperlegible-latin-700-normal-A_b-9.woff2')}",
      cssHref: './assets/x.css',
      expected: ['/fonts/atkinson-hyperlegible-latin-700-normal-A_b-9.woff2'],
    },
    {
      name: 'nothing from another origin or a data: URL',
      css: 'a{src:url(https://cdn.example/atkinson-hyperlegible-latin-400-normal-X.woff2),url(data:font/woff2;base64,AAAA)}',
      cssHref: './assets/x.css',
      expected: [],
    },
    { name: 'nothing in a stylesheet without fonts', css: 'body{margin:0}', cssHref: './assets/x.css', expected: [] },
  ];
  for (const { name, css: text, cssHref, expected } of cases) {
    it(`finds ${name}`, () => expect(fontPreloadPaths(text, cssHref)).toEqual(expected));
  }
});

describe('bootDocument', () => {
  const fontPaths = ['/assets/atkinson-hyperlegible-latin-400-normal-BrHNak5F.woff2'];

  it('puts the font preloads and the snapshot into <head>, before </head>', () => {
    const html = bootDocument(BUILT_HTML, { fontPaths, snapshot: activeBundle('Titel') });
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(
      '<link rel="preload" as="font" type="font/woff2" crossorigin href="/assets/atkinson-hyperlegible-latin-400-normal-BrHNak5F.woff2">',
    );
    expect(head).toContain(`<script type="application/json" id="${BOOT_SNAPSHOT_ELEMENT_ID}">`);
    // The rest of the built document is untouched.
    expect(html.replace(/\s*<link rel="preload"[^>]*>|\s*<script type="application\/json"[^]*?<\/script>/g, '')).toBe(
      BUILT_HTML,
    );
  });

  it('keeps hostile bundle text inside the snapshot element, which parses back to the bundle', () => {
    const bundle = activeBundle(HOSTILE);
    const html = bootDocument(BUILT_HTML, { fontPaths: [], snapshot: bundle });
    const text = snapshotText(html);
    expect(text).toBeDefined();
    expect(JSON.parse(text as string)).toEqual(bundle);
    expect(text).not.toMatch(/<!--|<script/i);
    // Exactly one injected element: the built one plus the snapshot, no script smuggled in by the title.
    expect(html.match(/<script\b/gi)).toHaveLength(2);
  });

  it('adds no snapshot when there is no bundle, but still the font preloads', () => {
    const html = bootDocument(BUILT_HTML, { fontPaths, snapshot: undefined });
    expect(html).not.toContain(BOOT_SNAPSHOT_ELEMENT_ID);
    expect(html).toContain('rel="preload"');
  });

  it('leaves a document without </head> unchanged', () => {
    const html = '<!doctype html><title>x</title><p>kein Kopf';
    expect(bootDocument(html, { fontPaths, snapshot: activeBundle('Titel') })).toBe(html);
  });

  it('escapes a font path for its attribute', () => {
    const html = bootDocument(BUILT_HTML, { fontPaths: ['/a"b<c>&.woff2'], snapshot: undefined });
    expect(html).toContain('href="/a&#34;b&#60;c&#62;&#38;.woff2"');
  });
});
