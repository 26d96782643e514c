import { cdkLocator, parseFrame } from '../../src/github/cdk-locations.js';
import type { Source } from '../../src/model.js';

const template = {
  Resources: {
    WorkersASG8E9F0A1B: { Type: 'AWS::AutoScaling::AutoScalingGroup', Metadata: { 'aws:cdk:path': 'AppStack/Workers/ASG' } },
    ApiFn12AB: { Type: 'AWS::Lambda::Function', Metadata: { 'aws:cdk:path': 'AppStack/Api/Resource' } },
    NoMeta: { Type: 'AWS::EC2::EIP' },
  },
};
// cdk.out/manifest.json as `cdk synth --debug` writes it: the logical-id entry of each construct carries a stack trace.
const manifest = {
  version: '36.0.0',
  artifacts: {
    AppStack: {
      type: 'aws:cloudformation:stack',
      properties: { templateFile: 'AppStack.template.json' },
      metadata: {
        '/AppStack/Workers/ASG': [
          {
            type: 'aws:cdk:logicalId',
            data: 'WorkersASG8E9F0A1B',
            trace: [
              'new CfnAutoScalingGroup (/repo/node_modules/aws-cdk-lib/aws-autoscaling/lib/autoscaling.generated.js:1:2)',
              'new AutoScalingGroup (/repo/node_modules/aws-cdk-lib/aws-autoscaling/lib/auto-scaling-group.js:1:2)',
              'new AppStack (/repo/infra/lib/app-stack.ts:27:21)',
              'Object.<anonymous> (/repo/infra/bin/app.ts:7:1)',
            ],
          },
        ],
        '/AppStack/Api/Resource': [{ type: 'aws:cdk:logicalId', data: 'ApiFn12AB' }],
        '/AppStack/Db/Resource': [
          { type: 'aws:cdk:logicalId', data: 'Db99' },
          { type: 'aws:cdk:trace', data: ['at file:///repo/infra/lib/db.mjs:4:9'] },
        ],
      },
    },
  },
};
const files: Record<string, string> = {
  '/repo/infra/cdk.out/AppStack.template.json': JSON.stringify(template),
  '/repo/infra/cdk.out/manifest.json': JSON.stringify(manifest),
  '/repo/other/stack.template.json': JSON.stringify({ Resources: { Plain: { Type: 'AWS::SQS::Queue' } } }),
};
const readFile = (f: string): string => {
  if (!(f in files)) throw new Error(`ENOENT ${f}`);
  return files[f];
};
const src = (address: string, file = 'infra/cdk.out/AppStack.template.json'): Source => ({ file, address, amount: 1, line: 3 });

describe('cdkLocator', () => {
  const locate = cdkLocator({ repoRoot: '/repo', readFile });
  test('with a stack trace: the line of the app that made the construct (not node_modules), with the construct path', () => {
    expect(locate(src('WorkersASG8E9F0A1B'))).toEqual({ file: 'infra/lib/app-stack.ts', line: 27, label: 'AppStack/Workers/ASG' });
  });
  test('an aws:cdk:trace entry and ESM file:// frames work too; the path can come from the manifest alone', () => {
    expect(locate(src('Db99'))).toEqual({ file: 'infra/lib/db.mjs', line: 4, label: 'AppStack/Db' });
  });
  test('without a trace: the template place, labelled with the construct path', () => {
    expect(locate(src('ApiFn12AB'))).toEqual({ file: 'infra/cdk.out/AppStack.template.json', line: 3, label: 'AppStack/Api' });
  });
  test('templates CDK did not write, resources without metadata and YAML are left alone', () => {
    expect(locate(src('NoMeta'))).toBeUndefined();
    expect(locate(src('Plain', 'other/stack.template.json'))).toBeUndefined();
    expect(locate(src('X', 'missing.template.json'))).toBeUndefined();
    expect(locate(src('X', 'stack.yaml'))).toBeUndefined();
  });
});

test('parseFrame', () => {
  expect(parseFrame('new AppStack (/repo/lib/a.ts:27:21)')).toEqual({ file: '/repo/lib/a.ts', line: 27 });
  expect(parseFrame('    at /repo/bin/app.ts:7:1')).toEqual({ file: '/repo/bin/app.ts', line: 7 });
  expect(parseFrame('at file:///repo/lib/db.mjs:4:9')).toEqual({ file: '/repo/lib/db.mjs', line: 4 });
  expect(parseFrame('node:internal/modules/cjs/loader:1:1')).toEqual({ file: 'node:internal/modules/cjs/loader', line: 1 });
  expect(parseFrame('no frame here')).toBeUndefined();
});
