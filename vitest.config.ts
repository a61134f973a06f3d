import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { matchmailRules } from './scripts/vite-rules-plugin';

export default defineConfig({
  plugins: [WxtVitest(), matchmailRules()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
