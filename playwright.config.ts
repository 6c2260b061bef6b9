import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: '.test-results/playwright-artifacts',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 1,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '.test-results/playwright.json' }]],
  // The Electron app's suite (e2e/electron) drives its own binary, not Debian's Chromium.
  projects: [
    { name: 'web', testIgnore: '**/e2e/electron/**' },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
