// Unit and end-to-end tests. They never read ../shared (a user's clone has none): see jest.corpus.config.js.
// Timeouts fit a loaded 2-core machine: suites that start the fake AWS or the bundled action as a process take
// seconds each there, far past jest's default 5 s. The end-to-end project runs on its own and in band
// (`npm test` runs it after the unit project) so its processes never compete with each other.
export const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
};

export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/corpus/', '<rootDir>/test/e2e/'],
      testTimeout: 30_000,
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      testTimeout: 120_000,
    },
  ],
};
