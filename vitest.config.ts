import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The tests share no state; loading mathjs once per worker, not once per file, saves
    // most of the run.
    isolate: false,
  },
});
