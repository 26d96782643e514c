// The layering rule (README "Architecture"): data flows down from the entry points through the flows and adapters
// to the pure core, never back up. `.ci/run` runs `npm run depcruise`, which fails on any import that breaks it.
//   core      src/model.ts, src/parsers, src/quotas, src/requirements, src/verdict, src/report, src/ports — no I/O
//   adapters  src/aws (AWS SDK), src/github (GitHub API / files) — speak to the outside, depend on the core's types
//             and implement its ports (src/ports: ReadQuotas, IncreaseApi, SupportApi, the scan's readings)
//   flows     src/check (the check), src/inputs, src/increase, src/scan — orchestrate core and adapters
//   entry     src/action, src/cli, src/live.ts — read inputs and wire
const CORE = '^src/(model\\.ts|parsers/|quotas/|requirements/|verdict/|report/|ports/)';
const ADAPTERS = '^src/(aws|github)/';
const FLOWS = '^src/(check|inputs|increase|scan)/';
const ENTRY = '^src/(action/|cli/|live\\.ts)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'The pure core (parsing, requirement math, evaluation, rendering) imports no adapter, flow or entry point.',
      severity: 'error',
      from: { path: CORE },
      to: { path: `${ADAPTERS}|${ENTRY}|${FLOWS}` },
    },
    {
      name: 'core-has-no-io',
      comment: 'The core reads no files, network, processes, AWS SDK or GitHub toolkit: I/O lives in adapters.',
      severity: 'error',
      from: { path: CORE },
      // Every npm dependency kind, not only 'npm': the SDKs and @actions packages are devDependencies (the published
      // action bundles them), so a rule on 'npm' alone would let a core import of @aws-sdk/client-ec2 through.
      to: {
        dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'],
        path: [
          '^(node:)?(fs|fs/promises|http|https|http2|net|tls|dgram|dns|dns/promises|child_process|worker_threads|cluster)$',
          '(^|/)node_modules/(@aws-sdk|@smithy|@actions|@octokit)/',
        ],
      },
    },
    {
      name: 'adapters-below-flows',
      comment: 'Adapters depend on the core and on each other, never on the flows or entry points that use them.',
      severity: 'error',
      from: { path: ADAPTERS },
      // Type-only imports too: the ports an adapter implements, and the data it shares with a flow, are in src/ports.
      to: { path: `${FLOWS}|${ENTRY}` },
    },
    {
      name: 'flows-below-entry',
      comment: 'Flows never import an entry point.',
      severity: 'error',
      from: { path: FLOWS },
      to: { path: ENTRY },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    // Between layers the rules above already make a cycle impossible: each layer may import only those below it.
    // This one catches a cycle between two folders of one layer (src/check ↔ src/increase, src/aws ↔ src/github).
    // dependency-cruiser leaves a folder's imports of its own subfolders out of the folder graph, so src/aws ↔
    // src/aws/usage is one unit here (no-circular still checks the modules).
    {
      name: 'no-circular-folders',
      comment: 'No import cycles between folders.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
