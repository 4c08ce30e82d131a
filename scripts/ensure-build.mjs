// Builds main, preload and renderer with electron-vite when out/ is missing or older than any source file.
// Used by `npm start`, `npm run preview` and the tests, so that a fresh clone needs no separate build step.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outputs = ['out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html'].map((file) =>
  path.join(root, file),
);
const sources = ['src-main', 'src-renderer', 'src-shared', 'electron.vite.config.ts', 'svelte.config.js', 'package.json'];

function newestMtime(entry) {
  const info = statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), 0);
}

export function buildIsCurrent() {
  if (!outputs.every((file) => existsSync(file))) return false;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return sources.every((source) => newestMtime(path.join(root, source)) <= built);
}

export function ensureBuild() {
  if (buildIsCurrent()) return true;
  console.log('Baue die Anwendung … / building the app …');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  return result.status === 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(ensureBuild() ? 0 : 1);
}
