// The regions an account has enabled, with its own (assumed) credentials: EC2 DescribeRegions with AllRegions=true,
// which returns every region with its OptInStatus — `opt-in-not-required` (always on), `opted-in` or `not-opted-in`
// (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRegions.html). Chosen over Account
// Management's account:ListRegions because it answers in the member account with the member's own credentials
// (no management-account call per account), its client is already part of quota-guard, and EC2's non-mutating
// bucket (20/s refill) is looser than ListRegions' 5/s (https://docs.aws.amazon.com/accounts/latest/reference/quotas.html).
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { describeFault, type ScanHttp } from './scan-http.js';
import type { CredentialProvider } from './assume-role.js';

export interface AccountRegions {
  enabled: string[];
  disabled: string[];
}

export async function describeRegions(http: ScanHttp, region: string, credentials: CredentialProvider): Promise<AccountRegions | { kind: 'denied' | 'throttled' | 'read'; message: string }> {
  const client = new EC2Client(http.config(region, credentials));
  http.count('DescribeRegions');
  try {
    const r = await client.send(new DescribeRegionsCommand({ AllRegions: true }));
    const enabled: string[] = [];
    const disabled: string[] = [];
    for (const x of r.Regions ?? []) {
      if (!x.RegionName) continue;
      (x.OptInStatus === 'not-opted-in' ? disabled : enabled).push(x.RegionName);
    }
    return { enabled: enabled.sort(), disabled: disabled.sort() };
  } catch (e) {
    return describeFault(e, 'ec2:DescribeRegions', region);
  }
}
