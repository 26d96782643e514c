// SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html) for GitHub code scanning
// (github/codeql-action/upload-sarif): one rule per quota, one result per finding and place — the `.tf` line or the
// CDK app line the annotations use — shortfalls as errors, unknowns as warnings, waived findings suppressed with
// their reason. Unlike annotations, nothing is capped. Pure.
import type { Report, Result } from '../model.js';
import { findingGroups, findingMessage } from './annotations.js';
import type { Locate, Place } from './annotations.js';
import { oneLine, placeText, scopeLabel, waived } from './format.js';

export interface SarifOptions {
  locate?: Locate;
  /** quota-guard's version, for the tool record. */
  version?: string;
  /** quota-guard's home page, for the tool record; default the repository (package.json `homepage`). */
  informationUri?: string;
}

export const HOME_PAGE = 'https://github.com/quota-guard/quota-guard';

type Json = Record<string, unknown>;

function ruleId(r: Result): string {
  return `${r.serviceCode}/${r.quotaCode}`;
}

function rule(r: Result): Json {
  const name = oneLine(r.quotaName);
  return {
    id: ruleId(r),
    name: `${r.serviceCode}-${r.quotaCode}`,
    shortDescription: { text: `Service quota "${name}" (${r.serviceCode} ${r.quotaCode})` },
    fullDescription: { text: `The change needs more of the AWS service quota "${name}" (${r.serviceCode} ${r.quotaCode}) than is free, or how much could not be told.` },
    help: {
      text: 'Request an increase of the quota in the Service Quotas console (or with quota-guard request), or make the change need less. See the pull-request comment or the job summary for the value to request.',
    },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['aws', 'service-quotas', r.serviceCode] },
  };
}

/** A repository-relative path as a SARIF URI (forward slashes, each segment percent-encoded); absolute paths as file:// URIs. */
function artifactUri(file: string): string {
  const clean = file.replace(/\\/g, '/');
  const encoded = clean.split('/').map(encodeURIComponent).join('/');
  return clean.startsWith('/') ? `file://${encoded}` : encoded.replace(/^\.\//, '');
}

function location(place: Place): Json {
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(place.file) },
      ...(place.line ? { region: { startLine: place.line } } : {}),
    },
  };
}

export function renderSarif(report: Report, options: SarifOptions = {}): string {
  const findings = report.results.filter((r) => r.status !== 'ok');
  const rules: Json[] = [];
  const index = new Map<string, number>();
  for (const r of findings) {
    if (index.has(ruleId(r))) continue;
    index.set(ruleId(r), rules.length);
    rules.push(rule(r));
  }
  const results = findingGroups(findings, options.locate, report.inputs[0]).map((g) => {
    const r = g.result;
    const where = `${r.account ?? 'current'}/${scopeLabel(r)}`;
    const result: Json = {
      ruleId: ruleId(r),
      ruleIndex: index.get(ruleId(r)),
      level: r.status === 'shortfall' ? 'error' : 'warning',
      message: { text: findingMessage(g) },
      locations: [location(g.place)],
      // Stable across edits that move lines: the quota, where it is counted, and what needs it.
      partialFingerprints: { 'quotaGuardFinding/v1': oneLine(`${ruleId(r)}|${where}|${g.sources.map((s) => s.address).join(',') || placeText(g.place)}`) },
      properties: { status: r.status, scope: oneLine(scopeLabel(r)), account: r.account ?? 'current', required: r.required, usage: r.usage, quota: r.quota, buffer: r.buffer },
    };
    if (r.waiver) {
      result.suppressions = [{ kind: 'external', status: waived(r) ? 'accepted' : 'rejected', justification: oneLine(`${r.waiver.reason} (until ${r.waiver.expires}${r.waiver.expired ? ', expired' : ''})`) }];
    }
    return result;
  });
  const driver: Json = { name: 'quota-guard', rules };
  if (options.version) driver.version = options.version;
  driver.informationUri = options.informationUri ?? HOME_PAGE;
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver }, results, columnKind: 'utf16CodeUnits' }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
