// The version `quota-guard --version` prints: package.json's, bundled into dist/ at build time.
import pkg from '../../package.json' with { type: 'json' };

export const version: string = pkg.version;
