// Renders the README's inputs and outputs tables from action.yml (the single source), between the
// `<!-- inputs:start -->`/`<!-- inputs:end -->` and outputs markers. `--check` fails when README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const action = parse(readFileSync('action.yml', 'utf8'));
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();

export function tables() {
  const inputs = ['| Input | Default | Description |', '|---|---|---|'];
  for (const [name, i] of Object.entries(action.inputs)) inputs.push(`| \`${name}\` | ${i.default === '' ? '' : `\`${cell(i.default)}\``} | ${cell(i.description)} |`);
  const outputs = ['| Output | Description |', '|---|---|'];
  for (const [name, o] of Object.entries(action.outputs)) outputs.push(`| \`${name}\` | ${cell(o.description)} |`);
  return { inputs: inputs.join('\n'), outputs: outputs.join('\n') };
}

export function render(readme) {
  const t = tables();
  let out = readme;
  for (const key of ['inputs', 'outputs']) {
    const re = new RegExp(`(<!-- ${key}:start -->)[\\s\\S]*?(<!-- ${key}:end -->)`);
    if (!re.test(out)) throw new Error(`README.md has no <!-- ${key}:start --> … <!-- ${key}:end --> markers`);
    out = out.replace(re, (_m, start, end) => `${start}\n${t[key]}\n${end}`);
  }
  return out;
}

if (process.argv[1] === import.meta.filename) {
  const readme = readFileSync('README.md', 'utf8');
  const next = render(readme);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md inputs/outputs tables differ from action.yml: run node scripts/readme-tables.mjs');
      process.exit(1);
    }
  } else writeFileSync('README.md', next);
}
