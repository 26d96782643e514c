// Offline knowledge of EC2 instance types: which vCPU quota class a type counts against, the quota codes of that
// class, and how many vCPUs a type has by default. Pure: no I/O, no imports.

export type InstanceClass = 'Standard' | 'F' | 'G' | 'Inf' | 'P' | 'X' | 'DL' | 'Trn' | 'HPC' | 'HighMemory';

export interface InstanceClassQuotas {
  cls: InstanceClass;
  label: string;
  onDemand: { quotaCode: string; name: string; defaultValue: number };
  /** Absent for HPC and High Memory: those classes have no Spot quota. */
  spot?: { quotaCode: string; name: string; defaultValue: number };
}

// Codes, names and new-account defaults (vCPUs) from AWS's "Amazon EC2 instance type quotas" page,
// https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-instance-quotas.html. Codes are stable; names have been
// renamed over time (e.g. "Running On-Demand G instances"), so match on codes, never on names.
export const INSTANCE_CLASSES: readonly InstanceClassQuotas[] = [
  {
    cls: 'Standard',
    label: 'Standard (A, C, D, H, I, M, R, T, Z)',
    onDemand: { quotaCode: 'L-1216C47A', name: 'Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances', defaultValue: 5 },
    spot: { quotaCode: 'L-34B43A08', name: 'All Standard (A, C, D, H, I, M, R, T, Z) Spot Instance Requests', defaultValue: 5 },
  },
  {
    cls: 'F',
    label: 'F',
    onDemand: { quotaCode: 'L-74FC7D96', name: 'Running On-Demand F instances', defaultValue: 0 },
    spot: { quotaCode: 'L-88CF9481', name: 'All F Spot Instance Requests', defaultValue: 0 },
  },
  {
    cls: 'G',
    label: 'G and VT',
    onDemand: { quotaCode: 'L-DB2E81BA', name: 'Running On-Demand G and VT instances', defaultValue: 0 },
    spot: { quotaCode: 'L-3819A6DF', name: 'All G and VT Spot Instance Requests', defaultValue: 0 },
  },
  {
    cls: 'Inf',
    label: 'Inf',
    onDemand: { quotaCode: 'L-1945791B', name: 'Running On-Demand Inf instances', defaultValue: 0 },
    spot: { quotaCode: 'L-B5D1601B', name: 'All Inf Spot Instance Requests', defaultValue: 0 },
  },
  {
    cls: 'P',
    label: 'P',
    onDemand: { quotaCode: 'L-417A185B', name: 'Running On-Demand P instances', defaultValue: 0 },
    // P5 has its own Spot quota (P5_SPOT below); every other P family counts here.
    spot: { quotaCode: 'L-7212CCBC', name: 'All P4, P3 and P2 Spot Instance Requests', defaultValue: 0 },
  },
  {
    cls: 'X',
    label: 'X',
    onDemand: { quotaCode: 'L-7295265B', name: 'Running On-Demand X instances', defaultValue: 0 },
    spot: { quotaCode: 'L-E3A00192', name: 'All X Spot Instance Requests', defaultValue: 0 },
  },
  {
    cls: 'DL',
    label: 'DL',
    onDemand: { quotaCode: 'L-6E869C2A', name: 'Running On-Demand DL instances', defaultValue: 0 },
    spot: { quotaCode: 'L-85EED4F7', name: 'All DL Spot Instance Requests', defaultValue: 0 },
  },
  {
    cls: 'Trn',
    label: 'Trn',
    onDemand: { quotaCode: 'L-2C3B7624', name: 'Running On-Demand Trn instances', defaultValue: 0 },
    spot: { quotaCode: 'L-6B0D517C', name: 'All Trn Spot Instance Requests', defaultValue: 0 },
  },
  {
    cls: 'HPC',
    label: 'HPC',
    onDemand: { quotaCode: 'L-F7808C92', name: 'Running On-Demand HPC instances', defaultValue: 0 },
  },
  {
    cls: 'HighMemory',
    label: 'High Memory',
    onDemand: { quotaCode: 'L-43DA4232', name: 'Running On-Demand High Memory instances', defaultValue: 0 },
  },
];

/** The separate Spot quota of the p5 families (p5, p5e, p5en), from the same AWS page. */
export const P5_SPOT_QUOTA = { quotaCode: 'L-C4BD4855', name: 'All P5 Spot Instance Requests', defaultValue: 0 } as const;

const BY_CLASS = new Map<InstanceClass, InstanceClassQuotas>(INSTANCE_CLASSES.map((q) => [q.cls, q]));

/** The quota entry of a class. */
export function classQuotas(cls: InstanceClass): InstanceClassQuotas {
  return BY_CLASS.get(cls)!;
}

// ---- Parsing ------------------------------------------------------------------------------------------------

interface ParsedType {
  family: string;
  size: string;
}

// Families look like m5, c7i-flex, u-6tb1, u7in-16tb, mac-m4pro, p6-b200: lower-case letters and digits, with
// optional dash-separated parts, and at least one digit somewhere (so "hello.large" is not a type).
const FAMILY_RE = /^[a-z]+[a-z0-9]*(?:-[a-z0-9]+)*$/;
// Sizes: the fixed words, Nxlarge (N >= 2, no leading zero), metal, metal-Nxl.
const SIZE_RE = /^(?:nano|micro|small|medium|large|xlarge|([2-9]|[1-9]\d+)xlarge|metal|metal-([1-9]\d*)xl)$/;

/** Splits `family.size` after trimming and lower-casing; undefined when malformed. */
export function parseInstanceType(instanceType: string): ParsedType | undefined {
  if (typeof instanceType !== 'string') return undefined;
  const s = instanceType.trim().toLowerCase();
  const dot = s.indexOf('.');
  if (dot <= 0 || dot !== s.lastIndexOf('.')) return undefined;
  const family = s.slice(0, dot);
  const size = s.slice(dot + 1);
  if (!FAMILY_RE.test(family) || !/\d/.test(family) || !SIZE_RE.test(size)) return undefined;
  return { family, size };
}

// ---- Classes ------------------------------------------------------------------------------------------------

// Family prefix → class, per the AWS quota page's class table
// (https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-instance-quotas.html). Order matters: longer prefixes
// first, so hpc6a is HPC (not Standard "h"), inf2 Inf (not "i"), trn1 Trn (not "t"), dl1 DL (not "d"), and mac*
// is caught before "m". `null` = no vCPU quota: mac types run on Dedicated Hosts and count hosts instead.
const CLASS_PREFIXES: ReadonlyArray<readonly [RegExp, InstanceClass | null]> = [
  [/^u-/, 'HighMemory'],
  [/^u7/, 'HighMemory'],
  [/^hpc\d/, 'HPC'],
  [/^inf\d/, 'Inf'],
  [/^trn\d/, 'Trn'],
  [/^dl\d/, 'DL'],
  [/^mac/, null],
  [/^vt\d/, 'G'],
  [/^gr\d/, 'G'],
  [/^g\d/, 'G'],
  [/^p\d/, 'P'],
  [/^f\d/, 'F'],
  [/^x\d/, 'X'],
  [/^[acdhimrtz]/, 'Standard'],
];

function familyClass(family: string): InstanceClass | null | undefined {
  for (const [re, cls] of CLASS_PREFIXES) if (re.test(family)) return cls;
  return undefined;
}

function isMacFamily(family: string): boolean {
  return family.startsWith('mac');
}

/** The class an instance type's vCPUs count against, or undefined (mac* dedicated-host types, unrecognised strings). */
export function instanceClass(instanceType: string): InstanceClass | undefined {
  const parsed = parseInstanceType(instanceType);
  if (!parsed) return undefined;
  return familyClass(parsed.family) ?? undefined;
}

/** Quota code for running instances of this type: on-demand or spot. P5 spot uses L-C4BD4855 ("All P5 Spot Instance Requests"), other P spot L-7212CCBC. undefined when the type has no class or the class has no spot quota. */
export function vcpuQuotaCode(instanceType: string, market: 'on-demand' | 'spot'): string | undefined {
  const parsed = parseInstanceType(instanceType);
  if (!parsed) return undefined;
  const cls = familyClass(parsed.family);
  if (!cls) return undefined;
  const q = classQuotas(cls);
  if (market === 'on-demand') return q.onDemand.quotaCode;
  // p5, p5e, p5en have their own Spot quota since P5 launched ([EC2DOC] "All P5 Spot Instance Requests").
  if (cls === 'P' && /^p5(?:[a-z]|$)/.test(parsed.family)) return P5_SPOT_QUOTA.quotaCode;
  return q.spot?.quotaCode;
}

// ---- vCPUs --------------------------------------------------------------------------------------------------
// All values are DescribeInstanceTypes InstanceTypes[].VCpuInfo.DefaultVCpus: the default count, which CPU options
// can only lower, so it is the conservative number to charge against a vCPU quota.

// Burstable and first-generation families that have sizes below medium: 1 vCPU for t1/t2/m1, 2 for the newer
// burstables (which keep 2 vCPUs and scale the CPU credit instead). No other family has these sizes.
const SUB_MEDIUM_VCPUS: Readonly<Record<string, number>> = { t1: 1, t2: 1, m1: 1, t3: 2, t3a: 2, t4g: 2 };

// medium: 2 vCPUs for these; 1 for every other family that has a medium (Graviton, a1, AMD 7th gen+, m1, m3, …).
const MEDIUM_TWO_VCPUS: ReadonlySet<string> = new Set(['t2', 't3', 't3a', 't4g', 'c1']);

// The (N)xlarge sizes that break "xlarge = 4, Nxlarge = 4N" (DefaultVCpus). Old generations with odd core counts,
// and HPC x86 families that ship with SMT off (one thread per core, so half the vCPUs of the size name).
const XLARGE_EXCEPTIONS: Readonly<Record<string, number>> = {
  'c1.xlarge': 8,
  'm2.xlarge': 2,
  'm2.2xlarge': 4,
  'm2.4xlarge': 8,
  'c4.8xlarge': 36,
  'd2.8xlarge': 36,
  'hpc6a.48xlarge': 96,
  'hpc6id.32xlarge': 64,
  'hpc7a.12xlarge': 24,
  'hpc7a.24xlarge': 48,
  'hpc7a.48xlarge': 96,
  'hpc7a.96xlarge': 192,
  'hpc8a.96xlarge': 192,
};

// HPC x86 families run with SMT off, so a size not in the table above still gets 2 × N (hpc7g is Graviton: 4 × N).
const SMT_OFF_FAMILIES: ReadonlySet<string> = new Set(['hpc6a', 'hpc6id', 'hpc7a', 'hpc8a']);

// `.metal` equals the family's largest virtualised size except g4dn (96 vs 64 for 16xlarge); the name says
// nothing about it, so list it per family. mac*.metal have no virtualised sibling at all (Dedicated Host only).
const METAL_VCPUS: Readonly<Record<string, number>> = {
  a1: 16,
  c5: 96, c5d: 96, c5n: 72,
  c6a: 192, c6g: 64, c6gd: 64, c6i: 128, c6id: 128, c6in: 128,
  c7g: 64, c7gd: 64, c7gn: 64,
  g4dn: 96, g5g: 64,
  i3en: 96, i4i: 128,
  m5: 96, m5d: 96, m5dn: 96, m5n: 96, m5zn: 48,
  m6a: 192, m6g: 64, m6gd: 64, m6i: 128, m6id: 128, m6idn: 128, m6in: 128,
  m7g: 64, m7gd: 64,
  r5: 96, r5b: 96, r5d: 96, r5dn: 96, r5n: 96,
  r6a: 192, r6g: 64, r6gd: 64, r6i: 128, r6id: 128, r6idn: 128, r6in: 128,
  r7g: 64, r7gd: 64,
  x2gd: 64, x2idn: 128, x2iedn: 128, x2iezn: 48,
  z1d: 48,
  mac1: 12, mac2: 8, 'mac2-m2': 8, 'mac2-m2pro': 12, 'mac2-m1ultra': 20,
  'mac-m4': 10, 'mac-m4pro': 14, 'mac-m4max': 16, 'mac-m3ultra': 28,
};

/** Offline rule: DefaultVCpus of a type from its family and size, or undefined if the type is not recognised. */
export function offlineVcpus(instanceType: string): number | undefined {
  const parsed = parseInstanceType(instanceType);
  if (!parsed) return undefined;
  const { family, size } = parsed;
  const mac = isMacFamily(family);
  if (!mac && !familyClass(family)) return undefined;
  // mac types exist only as .metal (Dedicated Hosts).
  if (mac) return size === 'metal' ? METAL_VCPUS[family] : undefined;

  const exception = XLARGE_EXCEPTIONS[`${family}.${size}`];
  if (exception !== undefined) return exception;

  switch (size) {
    case 'nano':
    case 'micro':
    case 'small':
      return SUB_MEDIUM_VCPUS[family];
    case 'medium':
      return MEDIUM_TWO_VCPUS.has(family) ? 2 : 1;
    case 'large':
      return 2;
    case 'metal':
      return METAL_VCPUS[family];
  }
  // metal-Nxl names the vCPU-equivalent size: 4 × N (c7i.metal-48xl = 192).
  const metalN = /^metal-(\d+)xl$/.exec(size);
  if (metalN) return 4 * Number(metalN[1]);
  const xl = /^(\d*)xlarge$/.exec(size);
  if (xl) {
    const n = xl[1] ? Number(xl[1]) : 1;
    return (SMT_OFF_FAMILIES.has(family) ? 2 : 4) * n;
  }
  return undefined;
}

/** The seam for live DescribeInstanceTypes values: a lookup that falls back to the offline rule. */
export type VcpuLookup = (instanceType: string) => number | undefined;

/** A lookup that prefers `known` (e.g. DescribeInstanceTypes results, keyed by type) over the offline rule. */
export function vcpuLookup(known?: ReadonlyMap<string, number>): VcpuLookup {
  return (instanceType: string) => {
    if (known && typeof instanceType === 'string') {
      const exact = known.get(instanceType);
      if (exact !== undefined) return exact;
      const normalised = known.get(instanceType.trim().toLowerCase());
      if (normalised !== undefined) return normalised;
    }
    return offlineVcpus(instanceType);
  };
}
