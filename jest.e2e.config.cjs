// Browser tests: the playground in Debian's Chromium through playwright-core (npm run test:e2e).
// globalSetup builds once and starts the static server; the tests only drive the page.

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: { "^.+\\.(t|j|mj|cj)sx?$": "babel-jest" },
  globalSetup: "<rootDir>/test/e2e/global-setup.ts",
  globalTeardown: "<rootDir>/test/e2e/global-teardown.ts",
  // One browser at a time: a 2-core machine runs webpack's output and Chromium, nothing else.
  maxWorkers: 1,
  testTimeout: 120_000,
};
