// Builds dist/: the action entry (dist/index.js) and the CLI (dist/cli/index.js), with @vercel/ncc.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const ncc = (entry, out) =>
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--no-source-map-register'], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
ncc('src/action/index.ts', 'dist');
ncc('src/cli/index.ts', 'dist/cli');
// Both bundles are ES modules; Node needs to be told so next to them.
writeFileSync('dist/package.json', '{ "type": "module" }\n');
const cli = 'dist/cli/index.js';
const body = readFileSync(cli, 'utf8');
if (!body.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${body}`);
chmodSync(cli, 0o755);
