import {
  INSTANCE_CLASSES,
  P5_SPOT_QUOTA,
  instanceClass,
  offlineVcpus,
  vcpuLookup,
  vcpuQuotaCode,
  type InstanceClass,
} from '../../src/quotas/instance-types.js';

describe('instanceClass', () => {
  const cases: Array<[string, InstanceClass | undefined]> = [
    ['t3.micro', 'Standard'],
    ['m7g.medium', 'Standard'],
    ['c5.large', 'Standard'],
    ['c7i-flex.large', 'Standard'],
    ['im4gn.large', 'Standard'],
    ['is4gen.medium', 'Standard'],
    ['z1d.metal', 'Standard'],
    ['g4dn.xlarge', 'G'],
    ['gr6.4xlarge', 'G'],
    ['vt1.3xlarge', 'G'],
    ['inf2.xlarge', 'Inf'],
    ['p5.48xlarge', 'P'],
    ['p3.2xlarge', 'P'],
    ['p6-b200.48xlarge', 'P'],
    ['x2idn.16xlarge', 'X'],
    ['dl1.24xlarge', 'DL'],
    ['trn1.32xlarge', 'Trn'],
    ['hpc7a.96xlarge', 'HPC'],
    ['hpc7g.16xlarge', 'HPC'],
    ['u7i-12tb.224xlarge', 'HighMemory'],
    ['u-6tb1.112xlarge', 'HighMemory'],
    ['f1.2xlarge', 'F'],
    ['mac1.metal', undefined],
    ['mac2-m2pro.metal', undefined],
  ];
  it.each(cases)('%s → %s', (type, cls) => {
    expect(instanceClass(type)).toBe(cls);
  });

  it('is case-insensitive and trims', () => {
    expect(instanceClass('  M5.Large \n')).toBe('Standard');
    expect(instanceClass('P5.48XLARGE')).toBe('P');
  });

  it.each(['', ' ', 'm5', 'm5.', '.large', 'm5.huge', 'm5.1xlarge', 'm5.large.x', 'hello.large', 'q5.large', 'u5.large', 'm5 .large', 'm5.metal-xl'])(
    'rejects malformed %j',
    (type) => {
      expect(instanceClass(type)).toBeUndefined();
      expect(offlineVcpus(type)).toBeUndefined();
      expect(vcpuQuotaCode(type, 'on-demand')).toBeUndefined();
    },
  );
});

describe('INSTANCE_CLASSES', () => {
  it('has one entry per class, Standard first with the documented codes', () => {
    expect(INSTANCE_CLASSES.map((c) => c.cls)).toEqual(['Standard', 'F', 'G', 'Inf', 'P', 'X', 'DL', 'Trn', 'HPC', 'HighMemory']);
    const std = INSTANCE_CLASSES[0]!;
    expect(std.label).toBe('Standard (A, C, D, H, I, M, R, T, Z)');
    expect(std.onDemand).toEqual({ quotaCode: 'L-1216C47A', name: 'Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances', defaultValue: 5 });
    expect(std.spot?.quotaCode).toBe('L-34B43A08');
    expect(std.spot?.defaultValue).toBe(5);
  });

  it('has no spot quota for HPC and High Memory', () => {
    const byCls = new Map(INSTANCE_CLASSES.map((c) => [c.cls, c]));
    expect(byCls.get('HPC')!.spot).toBeUndefined();
    expect(byCls.get('HighMemory')!.spot).toBeUndefined();
    expect(byCls.get('HighMemory')!.label).toBe('High Memory');
    expect(byCls.get('G')!.label).toBe('G and VT');
  });

  it('uses distinct codes', () => {
    const codes = INSTANCE_CLASSES.flatMap((c) => [c.onDemand.quotaCode, ...(c.spot ? [c.spot.quotaCode] : [])]);
    codes.push(P5_SPOT_QUOTA.quotaCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^L-[0-9A-F]{8}$/);
  });
});

describe('vcpuQuotaCode', () => {
  const cases: Array<[string, 'on-demand' | 'spot', string | undefined]> = [
    ['t3.micro', 'on-demand', 'L-1216C47A'],
    ['t3.micro', 'spot', 'L-34B43A08'],
    ['f1.2xlarge', 'on-demand', 'L-74FC7D96'],
    ['f2.6xlarge', 'spot', 'L-88CF9481'],
    ['g5.xlarge', 'on-demand', 'L-DB2E81BA'],
    ['vt1.3xlarge', 'spot', 'L-3819A6DF'],
    ['inf2.xlarge', 'on-demand', 'L-1945791B'],
    ['inf1.xlarge', 'spot', 'L-B5D1601B'],
    ['p5.48xlarge', 'on-demand', 'L-417A185B'],
    ['p5.48xlarge', 'spot', 'L-C4BD4855'],
    ['p5e.48xlarge', 'spot', 'L-C4BD4855'],
    ['p5en.48xlarge', 'spot', 'L-C4BD4855'],
    ['p3.2xlarge', 'spot', 'L-7212CCBC'],
    ['p4d.24xlarge', 'spot', 'L-7212CCBC'],
    ['x2idn.16xlarge', 'on-demand', 'L-7295265B'],
    ['x1e.xlarge', 'spot', 'L-E3A00192'],
    ['dl1.24xlarge', 'on-demand', 'L-6E869C2A'],
    ['dl2q.24xlarge', 'spot', 'L-85EED4F7'],
    ['trn1.32xlarge', 'on-demand', 'L-2C3B7624'],
    ['trn2.48xlarge', 'spot', 'L-6B0D517C'],
    ['hpc7a.96xlarge', 'on-demand', 'L-F7808C92'],
    ['hpc7a.96xlarge', 'spot', undefined],
    ['u7i-12tb.224xlarge', 'on-demand', 'L-43DA4232'],
    ['u7i-12tb.224xlarge', 'spot', undefined],
    ['mac1.metal', 'on-demand', undefined],
    ['mac1.metal', 'spot', undefined],
  ];
  it.each(cases)('%s %s → %s', (type, market, code) => {
    expect(vcpuQuotaCode(type, market)).toBe(code);
  });
});

describe('offlineVcpus', () => {
  const sanity: Array<[string, number]> = [
    ['u7i-12tb.224xlarge', 896],
    ['p5.48xlarge', 192],
    ['hpc7a.96xlarge', 192],
    ['t3.micro', 2],
    ['t2.micro', 1],
    ['c4.8xlarge', 36],
    ['m7a.medium', 1],
    ['c7i.metal-48xl', 192],
    ['g4dn.metal', 96],
    // sub-medium and medium rules
    ['t2.nano', 1],
    ['t3a.nano', 2],
    ['t4g.small', 2],
    ['m1.small', 1],
    ['t2.medium', 2],
    ['c1.medium', 2],
    ['m6g.medium', 1],
    ['a1.medium', 1],
    // plain sizes
    ['m5.large', 2],
    ['m5.xlarge', 4],
    ['m5.24xlarge', 96],
    ['hpc7g.16xlarge', 64],
    ['r7iz.metal-16xl', 64],
    ['m8azn.metal-12xl', 48],
    ['m5.metal', 96],
    ['a1.metal', 16],
    ['c5n.metal', 72],
    ['i3en.metal', 96],
    // mac dedicated hosts
    ['mac1.metal', 12],
    ['mac2.metal', 8],
    ['mac2-m2.metal', 8],
    ['mac2-m2pro.metal', 12],
    ['mac2-m1ultra.metal', 20],
    ['mac-m4.metal', 10],
    ['mac-m4pro.metal', 14],
    ['mac-m4max.metal', 16],
    ['mac-m3ultra.metal', 28],
  ];
  it.each(sanity)('%s = %d', (type, vcpus) => {
    expect(offlineVcpus(type)).toBe(vcpus);
  });

  // The 13 (N)xlarge exceptions from DescribeInstanceTypes.
  const exceptions: Array<[string, number]> = [
    ['c1.xlarge', 8],
    ['m2.xlarge', 2],
    ['c4.8xlarge', 36],
    ['d2.8xlarge', 36],
    ['m2.2xlarge', 4],
    ['m2.4xlarge', 8],
    ['hpc6a.48xlarge', 96],
    ['hpc6id.32xlarge', 64],
    ['hpc7a.12xlarge', 24],
    ['hpc7a.24xlarge', 48],
    ['hpc7a.48xlarge', 96],
    ['hpc7a.96xlarge', 192],
    ['hpc8a.96xlarge', 192],
  ];
  it.each(exceptions)('exception %s = %d', (type, vcpus) => {
    expect(offlineVcpus(type)).toBe(vcpus);
  });

  it('is case-insensitive and trims', () => {
    expect(offlineVcpus(' C7I.METAL-48XL ')).toBe(192);
  });

  it.each(['c5.nano', 'm5.micro', 'c7i.metal', 'zz9.metal', 'mac1.large', 'mac9.metal'])('does not guess %s', (type) => {
    expect(offlineVcpus(type)).toBeUndefined();
  });
});

describe('vcpuLookup', () => {
  it('prefers the known map and falls back to the offline rule', () => {
    const lookup = vcpuLookup(new Map([['m5.large', 99], ['c4.8xlarge', 36], ['new9.large', 3]]));
    expect(lookup('m5.large')).toBe(99);
    expect(lookup(' M5.Large ')).toBe(99);
    expect(lookup('new9.large')).toBe(3);
    expect(lookup('m5.xlarge')).toBe(4);
    expect(lookup('nonsense')).toBeUndefined();
  });

  it('works without a map', () => {
    const lookup = vcpuLookup();
    expect(lookup('t2.micro')).toBe(1);
    expect(lookup('mac1.metal')).toBe(12);
    expect(lookup('m5')).toBeUndefined();
  });
});
