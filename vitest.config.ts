import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The renderer's rune classes (*.svelte.ts) are compiled for the client and run on Svelte's client runtime, so
  // their state (deriveds cached, effects) behaves in unit tests as in the kiosk, without a DOM.
  plugins: [svelte({ dynamicCompileOptions: () => ({ generate: 'client' }) })],
  resolve: {
    alias: [{ find: /^svelte$/, replacement: fileURLToPath(new URL('node_modules/svelte/src/index-client.js', import.meta.url)) }],
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Tests create real files, archives and servers; two cores, so keep the pool small and the timeouts honest.
    // Two workers even on two cores (Vitest's default would be one there): the suite spends much of its time
    // waiting on child processes and the disk, and it takes ≈ 185 s instead of ≈ 270 s. The few tests that wait
    // on real crashes or builds carry their own, longer time-outs.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
