import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // A real browser on a loaded 2-core runner can miss a timing once; one retry absorbs that, and
    // scripts/test-all.mjs names every test that needed it so a real flake is still seen.
    retry: 1,
    // What the page shows settles over a second or two (the sentence layer's weights arrive at idle and the
    // marks grow from the pattern's words to the whole sentence): polls wait up to 5 s, not vitest's 1 s.
    expect: { poll: { timeout: 5_000 } },
  },
});
