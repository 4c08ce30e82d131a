import { describe, expect, it } from 'vitest';
import { bootDocument } from '../../../../../src-main/content/bootDocument';
import {
  parseBootSnapshot,
  takeBootSnapshot,
  type BootSnapshotSource,
} from '../../../../../src-renderer/lib/api/bootSnapshot';
import { bundleManifest } from '../../../../../src-shared/bundleSchema';
import { BOOT_SNAPSHOT_ELEMENT_ID, type ActiveBundle } from '../../../../../src-shared/kioskApi';

const BUNDLE: ActiveBundle = {
  manifest: bundleManifest.parse({
    schema: 1,
    id: 'probe',
    title: { de: 'Probe </script><!--', en: 'Probe' },
    home: { name: 'Kreis Probe', location: { lat: 50.9, lon: 8.0 } },
    events: [{ id: 'e1', date: '1973', title: 'Erstes Treffen' }],
  }),
  baseUrl: '/bundle/',
  version: 'built-in',
  revision: 7,
};
const VALID = JSON.stringify(BUNDLE);

/** `BUNDLE` with one field changed, as JSON text. */
function changed(edit: (copy: Record<string, unknown>, manifest: Record<string, unknown>) => void): string {
  const copy = JSON.parse(VALID) as Record<string, unknown>;
  edit(copy, copy.manifest as Record<string, unknown>);
  return JSON.stringify(copy);
}

/** A document holding at most one element, the way `document.getElementById` sees it. */
function fakeDocument(text: string | null | undefined): BootSnapshotSource & { removed: boolean } {
  const fake = {
    removed: false,
    getElementById(id: string) {
      if (id !== BOOT_SNAPSHOT_ELEMENT_ID || text === undefined || fake.removed) return null;
      return { textContent: text, remove: () => void (fake.removed = true) };
    },
  };
  return fake;
}

describe('parseBootSnapshot', () => {
  it('reads a valid snapshot back to the bundle', () => {
    expect(parseBootSnapshot(VALID)).toEqual(BUNDLE);
  });

  it('reads what the kiosk handler writes, escaping included', () => {
    const html = bootDocument('<head></head>', { fontPaths: [], snapshot: BUNDLE });
    const open = `id="${BOOT_SNAPSHOT_ELEMENT_ID}">`;
    const from = html.indexOf(open) + open.length;
    expect(parseBootSnapshot(html.slice(from, html.indexOf('</script>', from)))).toEqual(BUNDLE);
  });

  const corrupt = [
    { name: 'missing text', text: null },
    { name: 'empty text', text: '' },
    { name: 'not JSON', text: '{"manifest": ' },
    { name: 'JSON null', text: 'null' },
    { name: 'an array', text: '[]' },
    { name: 'a string', text: '"bundle"' },
    { name: 'no manifest', text: changed((copy) => delete copy.manifest) },
    { name: 'a manifest array', text: changed((copy) => (copy.manifest = [])) },
    { name: 'a relative base URL', text: changed((copy) => (copy.baseUrl = 'bundle/')) },
    { name: 'a base URL without the closing slash', text: changed((copy) => (copy.baseUrl = '/bundle')) },
    { name: 'a numeric version', text: changed((copy) => (copy.version = 3)) },
    { name: 'a revision as text', text: changed((copy) => (copy.revision = '7')) },
    { name: 'a fractional revision', text: changed((copy) => (copy.revision = 7.5)) },
    { name: 'no events list', text: changed((_copy, manifest) => delete manifest.events) },
    { name: 'partners as an object', text: changed((_copy, manifest) => (manifest.partners = {})) },
    { name: 'no home district', text: changed((_copy, manifest) => delete manifest.home) },
    { name: 'a numeric title', text: changed((_copy, manifest) => (manifest.title = 1973)) },
    { name: 'a numeric id', text: changed((_copy, manifest) => (manifest.id = 1)) },
  ];
  for (const { name, text } of corrupt) {
    it(`gives nothing for ${name}, so the API is asked instead`, () => {
      expect(parseBootSnapshot(text)).toBeUndefined();
    });
  }
});

describe('takeBootSnapshot', () => {
  it('takes a valid snapshot once and removes its element', () => {
    const document = fakeDocument(VALID);
    expect(takeBootSnapshot(document)).toEqual(BUNDLE);
    expect(document.removed).toBe(true);
    // A later load (new revision, activation) must ask the API, not show the stale snapshot again.
    expect(takeBootSnapshot(document)).toBeUndefined();
  });

  it('gives nothing without the element', () => {
    expect(takeBootSnapshot(fakeDocument(undefined))).toBeUndefined();
  });

  it('removes a corrupt snapshot and gives nothing', () => {
    const document = fakeDocument('{ kaputt');
    expect(takeBootSnapshot(document)).toBeUndefined();
    expect(document.removed).toBe(true);
  });
});
