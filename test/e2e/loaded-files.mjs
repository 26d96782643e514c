// Preload (`node --import`) that records which files of dist/ a run loads: the entry and the chunks ncc emitted for
// its dynamic imports. At exit they go, one a line, to the file QG_LOADED names. Needs Node ≥ 23.5
// (module.registerHooks); the e2e tests run on the runner's Node 24.
import { registerHooks } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const loaded = [];
registerHooks({
  load(url, context, next) {
    if (url.startsWith('file:') && url.includes('/dist/')) loaded.push(fileURLToPath(url));
    return next(url, context);
  },
});
process.on('exit', () => writeFileSync(process.env.QG_LOADED, loaded.join('\n')));
