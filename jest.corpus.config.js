// The corpus suite: real third-party plans and templates from ../shared/corpus. Run by .ci/run only.
import base from './jest.config.js';
export default { ...base, testMatch: ['<rootDir>/test/corpus/**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/'] };
