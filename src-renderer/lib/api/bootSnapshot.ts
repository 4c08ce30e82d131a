import { BOOT_SNAPSHOT_ELEMENT_ID, type ActiveBundle } from '../../../src-shared/kioskApi';

/** The part of `Document` the snapshot reader needs; a structural type so that tests run without a DOM. */
export interface BootSnapshotSource {
  getElementById(id: string): { readonly textContent: string | null; remove(): void } | null;
}

/** Manifest lists that always exist once the schema's defaults are applied; the renderer iterates them unguarded. */
const MANIFEST_LISTS = [
  'languages',
  'partners',
  'events',
  'images',
  'collections',
  'eras',
  'sources',
  'notes',
] as const;

/**
 * Parses the text of the boot snapshot the kiosk handler puts into the document. The main process wrote it, so
 * this checks only the shape the renderer relies on at once, not every field: anything else, or text that is not
 * JSON, gives `undefined`, and the caller asks the API instead.
 */
export function parseBootSnapshot(text: string | null | undefined): ActiveBundle | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return isActiveBundle(value) ? value : undefined;
}

/**
 * Reads the boot snapshot once and removes its element: the snapshot describes the bundle at the moment the
 * document was served, so every later load (a new revision, an activation) must ask the API, and the possibly
 * large text need not stay in the DOM.
 *
 * @param source Usually `document`.
 */
export function takeBootSnapshot(source: BootSnapshotSource): ActiveBundle | undefined {
  const element = source.getElementById(BOOT_SNAPSHOT_ELEMENT_ID);
  if (!element) return undefined;
  const text = element.textContent;
  element.remove();
  return parseBootSnapshot(text);
}

function isActiveBundle(value: unknown): value is ActiveBundle {
  if (!isRecord(value)) return false;
  const { manifest, baseUrl, version, revision } = value;
  if (typeof baseUrl !== 'string' || !baseUrl.startsWith('/') || !baseUrl.endsWith('/')) return false;
  if (typeof version !== 'string' || typeof revision !== 'number' || !Number.isInteger(revision)) return false;
  if (!isRecord(manifest) || typeof manifest.id !== 'string' || !isRecord(manifest.home)) return false;
  if (typeof manifest.title !== 'string' && !isRecord(manifest.title)) return false;
  return MANIFEST_LISTS.every((key) => Array.isArray(manifest[key]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
