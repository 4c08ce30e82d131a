/**
 * Lays screenshots out as one contact sheet per bundle: a landscape section (one row per language, one column per
 * view) above a portrait section (all languages in one row), each tile labelled. Pure layout plus one sharp call,
 * so the layout is unit-tested without a browser.
 */
import sharp from 'sharp';

/** One screenshot on the sheet. */
export interface SheetShot {
  orientation: 'landscape' | 'portrait';
  language: string;
  /** The view shown, e.g. `timeline`, `gallery`, `map`, `partners`, `attract`. */
  mode: string;
  /** The PNG as the browser took it. */
  png: Buffer;
}

/** A tile's place on the sheet, px. */
export interface TilePlacement {
  shot: number;
  left: number;
  top: number;
  width: number;
  height: number;
  label: string;
}

/** Size of a landscape tile, px: a third of 1920 × 1080. */
export const LANDSCAPE_TILE = { width: 640, height: 360 } as const;
/** Size of a portrait tile, px: 0.3 × 1080 × 1920. */
export const PORTRAIT_TILE = { width: 324, height: 576 } as const;
/** Gap between tiles and the label band above each, px. */
const GAP = 12;
const LABEL = 30;
const HEADER = 72;

/**
 * Where each shot goes. Landscape: rows by language in the order first seen, columns by mode; portrait: one row,
 * languages one after another. Returns the placements and the sheet size in px.
 */
export function layoutSheet(shots: readonly Pick<SheetShot, 'orientation' | 'language' | 'mode'>[]): {
  tiles: TilePlacement[];
  width: number;
  height: number;
} {
  const tiles: TilePlacement[] = [];
  const languages = [...new Set(shots.map((shot) => shot.language))];
  const modes = [...new Set(shots.map((shot) => shot.mode))];
  let top = HEADER;
  let width = 0;
  for (const language of languages) {
    let left = GAP;
    for (const mode of modes) {
      const index = shots.findIndex((shot) => shot.orientation === 'landscape' && shot.language === language && shot.mode === mode);
      if (index < 0) continue;
      tiles.push({ shot: index, left, top: top + LABEL, ...LANDSCAPE_TILE, label: `1920×1080 · ${language} · ${mode}` });
      left += LANDSCAPE_TILE.width + GAP;
    }
    if (left > GAP) top += LABEL + LANDSCAPE_TILE.height + GAP;
    width = Math.max(width, left);
  }
  let left = GAP;
  for (const language of languages) {
    for (const mode of modes) {
      const index = shots.findIndex((shot) => shot.orientation === 'portrait' && shot.language === language && shot.mode === mode);
      if (index < 0) continue;
      tiles.push({ shot: index, left, top: top + LABEL, ...PORTRAIT_TILE, label: `1080×1920 · ${language} · ${mode}` });
      left += PORTRAIT_TILE.width + GAP;
    }
  }
  if (left > GAP) top += LABEL + PORTRAIT_TILE.height + GAP;
  return { tiles, width: Math.max(width, left, 800), height: top };
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The labels and the title as one SVG overlay the size of the sheet. */
function labelsSvg(title: string, tiles: readonly TilePlacement[], width: number, height: number): string {
  const labels = tiles.map(
    (tile) => `<text x="${tile.left}" y="${tile.top - 9}" font-size="18">${escapeXml(tile.label)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">`,
    `<g font-family="DejaVu Sans" fill="#e8e8e8">`,
    `<text x="${GAP}" y="46" font-size="32" font-weight="bold">${escapeXml(title)}</text>`,
    ...labels,
    `</g></svg>`,
  ].join('');
}

/**
 * Renders the sheet as a JPEG (quality 74, mozjpeg): small enough to commit, sharp enough to judge pictures,
 * empty space and the size of the text.
 */
export async function renderContactSheet(title: string, shots: readonly SheetShot[]): Promise<Buffer> {
  const { tiles, width, height } = layoutSheet(shots);
  const layers = await Promise.all(
    tiles.map(async (tile) => ({
      input: await sharp(shots[tile.shot]!.png).resize(tile.width, tile.height, { fit: 'fill' }).toBuffer(),
      left: tile.left,
      top: tile.top,
    })),
  );
  return sharp({ create: { width, height, channels: 3, background: '#202020' } })
    .composite([...layers, { input: Buffer.from(labelsSvg(title, tiles, width, height)), left: 0, top: 0 }])
    .jpeg({ quality: 74, mozjpeg: true })
    .toBuffer();
}
