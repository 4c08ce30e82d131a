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
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
