import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Tests create real files, archives and servers; two cores, so keep the pool small and the timeouts honest.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
