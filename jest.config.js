// Four projects: fast unit tests, integration tests against DynamoDB Local, the mini-program's
// component tests (jsdom), and end-to-end tests against the whole local stack (Chromium and the
// WeChat build). `--selectProjects` picks some of them.
const swc = [
  '@swc/jest',
  { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } },
];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/shared/test/**/*.test.ts',
        '<rootDir>/functions/test/unit/**/*.test.ts',
        '<rootDir>/sandbox/test/**/*.test.js',
        '<rootDir>/scripts/test/**/*.test.ts',
      ],
      // .mjs too: the scripts' own modules are tested as they run.
      transform: { '^.+\\.m?[tj]s$': swc },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/functions/test/integration/**/*.test.ts'],
      transform: { '^.+\\.[tj]s$': swc },
      globalSetup: '<rootDir>/functions/test/integration/global-setup.mjs',
      globalTeardown: '<rootDir>/functions/test/integration/global-teardown.mjs',
    },
    '<rootDir>/miniapp',
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/e2e/**/*.test.ts'],
      transform: { '^.+\\.[tj]s$': swc },
      globalSetup: '<rootDir>/e2e/global-setup.mjs',
      globalTeardown: '<rootDir>/e2e/global-teardown.mjs',
      setupFilesAfterEnv: ['<rootDir>/e2e/support/timeout.ts'],
    },
  ],
};
