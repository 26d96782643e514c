import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
const CORPUS = path.resolve(process.cwd(), '../shared/corpus');
test('dump', async () => {
  for (const dir of ['tfplan', 'tfplan_edge', 'cfn', 'cfn_changeset']) {
    for (const f of readdirSync(path.join(CORPUS, dir))) {
      const file = path.join(CORPUS, dir, f);
      const flag = dir.startsWith('tfplan') ? '--plan' : dir === 'cfn' ? '--template' : '--changeset';
      let out = '', err = '';
      const code = await main(['check', '--offline', flag, file, '--region', 'us-east-1', '--format', 'json', '--fail-on', 'never'], { stdout: (t) => (out += t), stderr: (t) => (err += t), env: {} });
      writeFileSync(`/tmp/qg-dump/${f}.out`, `code=${code}\nerr=${err}\n${out}`);
    }
  }
}, 120000);
