#!/usr/bin/env node
// Entry of the `quota-guard` bin (bundled to dist/cli/index.js).
import { main } from './main.js';
import { awsLive } from '../live.js';
import { awsIncreases } from '../aws/increases.js';

const log = (line: string): void => void process.stderr.write(`${line}\n`);

process.exitCode = await main(
  process.argv.slice(2),
  { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), env: process.env },
  (region, settings) => awsLive(region, log, settings),
  { api: () => awsIncreases({ log }) },
);
