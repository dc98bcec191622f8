import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __PROFILE_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
