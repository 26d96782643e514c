// The corpus suite: real third-party plans and templates from ../shared/corpus. Run by .ci/run only.
import { common } from './jest.config.js';
export default { ...common, testMatch: ['<rootDir>/test/corpus/**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/'] };
