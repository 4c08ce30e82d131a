/**
 * Draws the app icon (build/icon.png, 1024 × 1024) from an SVG with sharp: two overlapping circles for two
 * partners and a timeline bar. Run with `npx tsx scripts/make-icon.ts` after changing the design.
 */
import path from 'node:path';
import sharp from 'sharp';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">
  <rect width="1024" height="1024" rx="200" fill="#10161d"/>
  <circle cx="400" cy="430" r="220" fill="none" stroke="#ffd166" stroke-width="56"/>
  <circle cx="624" cy="430" r="220" fill="none" stroke="#5ec8f2" stroke-width="56"/>
  <rect x="180" y="760" width="664" height="40" rx="20" fill="#f3f5f7"/>
  <circle cx="330" cy="780" r="44" fill="#ffd166"/>
  <circle cx="694" cy="780" r="44" fill="#5ec8f2"/>
</svg>`;

const target = path.resolve(import.meta.dirname ?? '.', '..', 'build', 'icon.png');
await sharp(Buffer.from(svg)).png().toFile(target);
console.log(`wrote ${target}`);
