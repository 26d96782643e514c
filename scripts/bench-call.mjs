// Benchmark: the CPU one Service Quotas ListServiceQuotas call costs the scanner — the call that makes up 84 % of an
// org-wide scan (npm run bench:scan) — read three ways against a local server (in its own process, so its CPU is not
// counted) answering a page of 100 EC2 quotas as Service Quotas does:
//   sdk    the AWS SDK client with the SDK's own reader (the scan's settings otherwise: keep-alive agent, adaptive
//          retry, a quiet logger, cached middleware, the endpoint looked up once, a new client per account-region of
//          7 calls);
//   scan   the same client with the scan's protocol (src/aws/plain-json.ts: the list answer read with JSON.parse);
//   bare   what any client must do at least: SigV4-sign (the SDK's own signer), send over the same keep-alive agent,
//          JSON.parse the answer — no middleware, retries, endpoint rules or client per account-region.
// Rounds are interleaved; prints the median CPU per call (user + system, this process) of each, and what the calls of
// the 1,000-account scan cost at that rate.
// Usage: npm run bench:call [-- --calls N --rounds R --no-build]
import { execFileSync, fork } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { calls: { type: 'string', default: '7000' }, rounds: { type: 'string', default: '5' }, child: { type: 'boolean' }, 'no-build': { type: 'boolean' } } });
const ROOT = path.resolve(import.meta.dirname, '..');

if (values.child) {
  // ~27 KB, like a real first page of EC2 quotas.
  const quota = (i) => ({
    ServiceCode: 'ec2',
    ServiceName: 'Amazon Elastic Compute Cloud (Amazon EC2)',
    QuotaArn: `arn:aws:servicequotas:eu-west-1:123456789012:ec2/L-${String(i).padStart(8, '0')}`,
    QuotaCode: `L-${String(i).padStart(8, '0')}`,
    QuotaName: `Running On-Demand instances, class ${i}`,
    Value: 1000,
    Unit: 'None',
    Adjustable: true,
    GlobalQuota: false,
    UsageMetric: { MetricNamespace: 'AWS/Usage', MetricName: 'ResourceCount', MetricDimensions: { Class: 'Standard/OnDemand', Resource: 'vCPU', Service: 'EC2', Type: 'Resource' }, MetricStatisticRecommendation: 'Maximum' },
    QuotaAppliedAtLevel: 'ACCOUNT',
  });
  const body = JSON.stringify({ Quotas: Array.from({ length: 100 }, (_, i) => quota(i)) });
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'bench' });
      res.end(body);
    });
  });
  server.listen(0, '127.0.0.1', () => process.send(server.address().port));
} else {
  await main();
}

async function main() {
  if (!values['no-build']) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  const require = createRequire(path.join(ROOT, 'package.json'));
  const { ServiceQuotasClient, ListServiceQuotasCommand } = require('@aws-sdk/client-service-quotas');
  const { SignatureV4 } = require('@smithy/signature-v4');
  // The same hash the SDK's Node runtime signs with (node:crypto).
  const { Sha256 } = require('@smithy/core/checksum');
  const { ServiceQuotasListsProtocol } = await import(path.join(ROOT, 'build/src/aws/plain-json.js'));
  const { ScanHttp } = await import(path.join(ROOT, 'build/src/aws/scan-http.js'));

  const child = fork(import.meta.filename, ['--child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const [port] = await once(child, 'message');
  const url = `http://127.0.0.1:${port}`;
  Object.assign(process.env, { AWS_ENDPOINT_URL: url, AWS_EC2_METADATA_DISABLED: 'true', AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' });
  const scanHttp = new ScanHttp({});
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const credentials = { accessKeyId: 'ASIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', sessionToken: 'x'.repeat(600), expiration: new Date(Date.now() + 3_600_000) };
  const PER_CLIENT = 7;
  const endpoint = await scanHttp.endpointOf(ServiceQuotasClient);
  const CONCURRENCY = 64;

  const sdkCalls = (protocol) => () => {
    let client;
    let used = PER_CLIENT;
    return async () => {
      if (used++ >= PER_CLIENT) {
        client = new ServiceQuotasClient({ ...scanHttp.config('eu-west-1', async () => credentials), ...endpoint, ...(protocol ? { protocol } : {}) });
        used = 1;
      }
      const out = await client.send(new ListServiceQuotasCommand({ ServiceCode: 'ec2', MaxResults: 100 }));
      if (out.Quotas.length !== 100) throw new Error('short page');
    };
  };
  const bare = () => {
    const signer = new SignatureV4({ service: 'servicequotas', region: 'eu-west-1', credentials, sha256: Sha256 });
    return async () => {
      const body = JSON.stringify({ ServiceCode: 'ec2', MaxResults: 100 });
      const signed = await signer.sign({
        method: 'POST',
        protocol: 'http:',
        hostname: '127.0.0.1',
        port,
        path: '/',
        query: {},
        headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'ServiceQuotasV20190624.ListServiceQuotas', 'content-length': String(Buffer.byteLength(body)) },
        body,
      });
      const out = await new Promise((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/', agent, headers: signed.headers }, (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end(body);
      });
      if (out.Quotas.length !== 100) throw new Error('short page');
    };
  };
  const variants = { sdk: sdkCalls(undefined), scan: sdkCalls(ServiceQuotasListsProtocol), bare };

  const run = async (make, calls) => {
    let next = 0;
    const t0 = process.cpuUsage();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        const call = make();
        while (next++ < calls) await call();
      }),
    );
    const u = process.cpuUsage(t0);
    return (u.user + u.system) / 1000 / calls;
  };
  const calls = Number(values.calls);
  for (const make of Object.values(variants)) await run(make, 500); // warm-up
  const results = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let r = 0; r < Number(values.rounds); r++) for (const [k, make] of Object.entries(variants)) results[k].push(await run(make, calls));
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const SCAN_LISTS = 102_000;
  console.log(`CPU per ListServiceQuotas call of 100 quotas (median of ${values.rounds} interleaved rounds of ${calls} calls, ${CONCURRENCY} at once):`);
  for (const [k, xs] of Object.entries(results)) {
    const ms = median(xs);
    console.log(`  ${k.padEnd(5)} ${ms.toFixed(3)} ms  (× ${SCAN_LISTS.toLocaleString('en')} list calls of the 1,000-account scan: ${((ms * SCAN_LISTS) / 1000).toFixed(0)} s of CPU)`);
  }
  console.log(`  scan/bare ${(median(results.scan) / median(results.bare)).toFixed(2)}, sdk/bare ${(median(results.sdk) / median(results.bare)).toFixed(2)}`);
  scanHttp.close();
  agent.destroy();
  child.kill();
}
