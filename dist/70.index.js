export const id = 70;
export const ids = [70];
export const modules = {

/***/ 70070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ScanSetupError: () => (/* binding */ ScanSetupError),
  runScan: () => (/* binding */ runScan)
});

// EXTERNAL MODULE: ./src/aws/assume-role.ts
var assume_role = __webpack_require__(78860);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var dist_cjs = __webpack_require__(92503);
// EXTERNAL MODULE: ./src/aws/scan-http.ts
var scan_http = __webpack_require__(6769);
// EXTERNAL MODULE: ./src/aws/paging.ts
var paging = __webpack_require__(26433);
// EXTERNAL MODULE: ./src/aws/common.ts + 2 modules
var common = __webpack_require__(11768);
;// CONCATENATED MODULE: ./src/aws/organizations.ts
// The accounts of an AWS Organization, for the org-wide scan: ListAccounts (or, with an OU filter, a walk of
// ListAccountsForParent / ListOrganizationalUnitsForParent under each OU) and, when the policy maps environments by
// tag, ListTagsForResource per account. Called with the scanner's own credentials (the management account or a
// delegated administrator: "You can only call this operation from the management account or a member account that
// is a delegated administrator", [BC organizations] ListAccounts).
//
// Organizations is a global service served from us-east-1 (https://docs.aws.amazon.com/general/latest/gr/ao.html).
// Every call of a run goes through one limiter (SCAN_RATES.Organizations); AWS publishes no rate for it.




/** Organizations answers only in us-east-1 (aws partition). */
const ORGANIZATIONS_REGION = 'us-east-1';
/** ListAccounts and the other List* calls take at most 20 results per page ([BC organizations] MaxResults 1–20). */
const PAGE = 20;
class OrganizationsError extends Error {
}
class OrganizationsReader {
    http;
    client;
    limiters = new common/* Limiters */.ek(scan_http/* SCAN_RATES */.Yd);
    constructor(http, credentials) {
        this.http = http;
        this.client = new dist_cjs/* OrganizationsClient */.gnq(http.config(ORGANIZATIONS_REGION, credentials));
    }
    call(operation, fn) {
        return this.limiters.schedule(ORGANIZATIONS_REGION, 'Organizations', () => {
            this.http.count(operation);
            return fn();
        });
    }
    /**
     * ACTIVE accounts of the organization, or of the given OUs and roots (nested OUs included). Suspended, closed and
     * pending accounts are left out: a role cannot be assumed in them. Throws OrganizationsError with the IAM action
     * to grant when the organization cannot be listed — without accounts there is nothing to scan.
     */
    async listAccounts(parents = [], onAccount) {
        const found = new Map();
        const out = [];
        // Each ACTIVE account is handed on as soon as its page arrives, so a scan starts while the listing goes on.
        const take = (list) => {
            for (const a of list) {
                if (!a.Id || found.has(a.Id))
                    continue;
                found.set(a.Id, a);
                if (!isActive(a))
                    continue;
                const account = { id: a.Id, ...(a.Name ? { name: a.Name } : {}), ...partitionOf(a.Arn) };
                out.push(account);
                onAccount?.(account);
            }
        };
        if (!parents.length) {
            await this.pages('ListAccounts', 'organizations:ListAccounts', (NextToken) => this.client.send(new dist_cjs/* ListAccountsCommand */.Q0l({ MaxResults: PAGE, NextToken })), (r) => r.Accounts, take);
        }
        else {
            const queue = [...parents];
            const visited = new Set();
            while (queue.length) {
                const parent = queue.shift();
                if (visited.has(parent))
                    continue;
                visited.add(parent);
                const [, ous] = await Promise.all([
                    this.pages('ListAccountsForParent', 'organizations:ListAccountsForParent', (NextToken) => this.client.send(new dist_cjs/* ListAccountsForParentCommand */.Jgz({ ParentId: parent, MaxResults: PAGE, NextToken })), (r) => r.Accounts, take),
                    this.pages('ListOrganizationalUnitsForParent', 'organizations:ListOrganizationalUnitsForParent', (NextToken) => this.client.send(new dist_cjs/* ListOrganizationalUnitsForParentCommand */.sUM({ ParentId: parent, MaxResults: PAGE, NextToken })), (r) => r.OrganizationalUnits),
                ]);
                for (const ou of ous)
                    if (ou.Id)
                        queue.push(ou.Id);
            }
        }
        return out.sort((a, b) => a.id.localeCompare(b.id));
    }
    /** Tags of one account; a failure is returned as a reason (the account is still scanned, just without a tag match). */
    async tags(account) {
        try {
            const list = await this.pages('ListTagsForResource', 'organizations:ListTagsForResource', (NextToken) => this.client.send(new dist_cjs/* ListTagsForResourceCommand */.a_e({ ResourceId: account, NextToken })), (r) => r.Tags);
            return { tags: Object.fromEntries(list.filter((t) => t.Key !== undefined).map((t) => [t.Key, t.Value ?? ''])) };
        }
        catch (e) {
            return { reason: e.message };
        }
    }
    /**
     * Every page of a List* call. Organizations "can occasionally return an empty set of results even when more
     * results are available", so the loop follows NextToken until it is null ([BC organizations] ListAccounts).
     */
    async pages(operation, action, send, items, onPage) {
        const out = [];
        try {
            // Empty pages with a token are allowed (see above), so the cap is generous: 1,000 pages of 20 accounts.
            for await (const page of (0,paging/* pages */.Bd)((token) => this.call(operation, () => send(token)), (p) => p.NextToken, { operation, maxPages: 1000 })) {
                const got = items(page) ?? [];
                out.push(...got);
                onPage?.(got);
            }
        }
        catch (e) {
            if (e.name === 'AWSOrganizationsNotInUseException') {
                throw new OrganizationsError(`${action}: the credentials' account is not in an organization (AWSOrganizationsNotInUseException); list the accounts to scan explicitly instead`);
            }
            throw new OrganizationsError((0,scan_http/* describeFault */.Qx)(e, action, 'the organization').message);
        }
        return out;
    }
}
/** `State` replaces `Status`, which Organizations retires on 2026-09-09 ([BC organizations] Account); read both. */
function isActive(a) {
    const state = a.State ?? a.Status;
    return state === 'ACTIVE';
}
function partitionOf(arn) {
    const p = /^arn:([^:]+):/.exec(arn ?? '')?.[1];
    return p ? { partition: p } : {};
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(35193);
;// CONCATENATED MODULE: ./src/aws/regions.ts
// The regions an account has enabled, with its own (assumed) credentials: EC2 DescribeRegions with AllRegions=true,
// which returns every region with its OptInStatus — `opt-in-not-required` (always on), `opted-in` or `not-opted-in`
// (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRegions.html). Chosen over Account
// Management's account:ListRegions because it answers in the member account with the member's own credentials
// (no management-account call per account), its client is already part of quota-guard, and EC2's non-mutating
// bucket (20/s refill) is looser than ListRegions' 5/s (https://docs.aws.amazon.com/accounts/latest/reference/quotas.html).


async function describeRegions(http, region, credentials) {
    const client = new client_ec2_dist_cjs.EC2Client(http.config(region, credentials));
    http.count('DescribeRegions');
    try {
        const r = await client.send(new client_ec2_dist_cjs.DescribeRegionsCommand({ AllRegions: true }));
        const enabled = [];
        const disabled = [];
        for (const x of r.Regions ?? []) {
            if (!x.RegionName)
                continue;
            (x.OptInStatus === 'not-opted-in' ? disabled : enabled).push(x.RegionName);
        }
        return { enabled: enabled.sort(), disabled: disabled.sort() };
    }
    catch (e) {
        return (0,scan_http/* describeFault */.Qx)(e, 'ec2:DescribeRegions', region);
    }
}

// EXTERNAL MODULE: ./src/quotas/catalog.ts
var catalog = __webpack_require__(84650);
// EXTERNAL MODULE: ./src/scan/policy.ts + 1 modules
var scan_policy = __webpack_require__(32780);
// EXTERNAL MODULE: ./src/scan/report.ts
var report = __webpack_require__(51595);
// EXTERNAL MODULE: ./src/scan/targets.ts
var scan_targets = __webpack_require__(88047);
// EXTERNAL MODULE: ./src/scan/usage.ts
var usage = __webpack_require__(98102);
// EXTERNAL MODULE: ./src/scan/workers.ts + 2 modules
var workers = __webpack_require__(52892);
;// CONCATENATED MODULE: ./src/scan/run.ts
// The org-wide scan, end to end: accounts (Organizations or a list) → include/exclude/OU filter → this shard's
// accounts → per account one AssumeRole and one DescribeRegions → per account-region the quota walks and one
// GetMetricData → findings → report. Account-regions run concurrently (`concurrency` at once), spread over worker
// threads when the entry point enables them (src/scan/workers.ts); each one's APIs are held under their own
// published rates (Limiters, src/aws/common.ts), so adding accounts adds parallel work, not throttling. Every failure is recorded and the scan goes on; only an organization that cannot be listed at all
// stops it (ScanSetupError), since then there is nothing to scan.










class ScanSetupError extends Error {
}
const DEFAULT_CONCURRENCY = 128;
/** At most `n` tasks at once, in the order they asked. */
class Slots {
    n;
    active = 0;
    waiting = [];
    constructor(n) {
        this.n = n;
    }
    async run(fn) {
        if (this.active >= this.n)
            await new Promise((resolve) => this.waiting.push(resolve));
        else
            this.active++;
        try {
            return await fn();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.active--;
        }
    }
}
function duration(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
async function runScan(options = {}) {
    const policy = options.policy ?? (0,scan_policy/* defaultPolicy */.G4)();
    const settings = { ...policy.scan, ...options.overrides };
    const forecast = options.forecast ?? policy.forecast.enabled;
    const effective = { ...policy, scan: settings, forecast: { ...policy.forecast, enabled: forecast } };
    const now = options.now?.() ?? new Date();
    const log = options.log ?? (() => { });
    const group = options.group ?? ((_, fn) => fn());
    const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
    const http = new scan_http/* ScanHttp */.Yz({ maxAttempts: options.maxAttempts, log });
    const errors = [];
    const observations = [];
    const local = new workers.AccountRegionReads(http);
    const reads = options.workers && options.workers.count > 0 ? new workers.WorkerReads(options.workers.count, options.workers.entry, local, { maxAttempts: options.maxAttempts, log }) : local;
    if (reads !== local)
        log(`quota-guard: reading account-regions on ${options.workers.count} worker threads`);
    try {
        // ---- Reads -------------------------------------------------------------------------------------------------
        const regional = effective.quotas.filter((q) => !q.global);
        const global = effective.quotas.filter((q) => q.global);
        const window = (0,usage/* usageWindow */.o)(now, forecast ? effective.forecast.historyDays : 1);
        // Daily series for the usage charts: only of quotas near their value (the lowest INFO tier) or heading for it.
        const keepHistory = forecast
            ? { minPercent: Math.min(effective.thresholds.info, ...effective.quotas.map((q) => q.thresholds?.info ?? effective.thresholds.info)), withinDays: effective.forecast.withinDays }
            : undefined;
        const assumer = new assume_role/* RoleAssumer */.dD(http, { roleName: settings.roleName, externalId: options.externalId, region: settings.homeRegion, credentials: options.credentials });
        const slots = new Slots(concurrency);
        const scanned = new Map();
        const perAccount = settings.regions === 'enabled' ? 17 : Math.max(1, settings.regions.length);
        // Enough accounts open at once to keep `concurrency` account-regions busy while the next accounts' AssumeRole
        // and DescribeRegions (each a round trip, AssumeRole under one run-wide rate) are under way, and no more: each
        // open account holds live credentials. With too few, the reads of the open accounts pace AssumeRole, which
        // then cannot keep its rate — the floor of a large scan.
        const accountSlots = new Slots(Math.min(256, Math.max(4, Math.ceil((4 * concurrency) / perAccount))));
        const progress = { accounts: 0, accountRegions: 0, regionsSeen: 0, listed: false, started: Date.now() };
        const readOne = async (account, credentials, region, label, quotas) => {
            const r = await slots.run(() => reads.read({ account, region, label, quotas, window, ...(keepHistory ? { keepHistory } : {}) }, credentials));
            observations.push(r.observation);
            errors.push(...r.errors);
            if (label !== 'global')
                progress.accountRegions++;
        };
        const scanAccount = async (a) => {
            let credentials;
            try {
                credentials = assumer.provider(a.id, await assumer.assume(a.id, a.partition), a.partition);
            }
            catch (e) {
                errors.push({ kind: 'assume-role', account: a.id, region: '*', message: e instanceof assume_role/* AssumeRoleError */.vU ? e.message : `cannot assume the role: ${e.message}` });
                scanned.set(a.id, []);
                progress.accounts++;
                return;
            }
            const r = await describeRegions(http, settings.homeRegion, credentials);
            let regions;
            if ('message' in r) {
                if (settings.regions === 'enabled') {
                    errors.push({ kind: 'regions', account: a.id, region: '*', message: `${r.message}; the account's enabled regions are unknown, so none was scanned (grant ec2:DescribeRegions or list the regions)` });
                    scanned.set(a.id, []);
                    progress.accounts++;
                    return;
                }
                errors.push({ kind: 'regions', account: a.id, region: settings.homeRegion, message: `${r.message}; whether the listed regions are enabled is unknown, they are read anyway` });
                regions = [...settings.regions];
            }
            else if (settings.regions === 'enabled') {
                regions = r.enabled;
            }
            else {
                regions = settings.regions.filter((x) => r.enabled.includes(x));
                for (const x of settings.regions.filter((y) => !r.enabled.includes(y))) {
                    errors.push({
                        kind: 'region-disabled',
                        account: a.id,
                        region: x,
                        message: r.disabled.includes(x) ? `${x} is not enabled in this account (an opt-in region it has not opted in to); not scanned` : `${x} is not a region of this account's partition; not scanned`,
                    });
                }
            }
            scanned.set(a.id, regions);
            progress.regionsSeen += regions.length;
            const reads = regional.length ? regions.map((region) => readOne(a.id, credentials, region, region, regional)) : [];
            // Global quotas answer only through us-east-1 ([TFSQ]); they are read once per account, reported as `global`.
            if (global.length)
                reads.push(readOne(a.id, credentials, catalog/* GLOBAL_QUOTA_REGION */.go, 'global', global));
            await Promise.all(reads);
            progress.accounts++;
        };
        // ---- Accounts: each one is scanned as soon as it is listed ---------------------------------------------------
        const accounts = [];
        const work = [];
        const tags = new Map();
        const wantTags = (0,scan_targets/* needsTags */.BL)(effective);
        const keep = (0,scan_targets/* accountFilter */.iJ)(settings, options.shard);
        const start = (a) => {
            if (!keep(a.id))
                return;
            accounts.push(a);
            work.push(accountSlots.run(() => scanAccount(a)));
            // Tags only matter for the environment mapping, which is applied after the reads: fetched alongside.
            if (wantTags && org) {
                work.push(org.tags(a.id).then((r) => {
                    if ('tags' in r)
                        tags.set(a.id, r.tags);
                    else
                        errors.push({ kind: 'tags', account: a.id, region: '*', message: `account tags unknown, so no tag-based environment applies: ${r.reason}` });
                }));
            }
        };
        const org = settings.accounts === 'organization' || settings.organizationalUnits.length || wantTags ? new OrganizationsReader(http, options.credentials) : undefined;
        const status = () => {
            const elapsed = Date.now() - progress.started;
            const total = progress.listed ? `${accounts.length}` : `${accounts.length}+`;
            const rate = progress.accounts / Math.max(1, elapsed);
            const eta = progress.listed && progress.accounts ? duration((accounts.length - progress.accounts) / rate) : '?';
            const expected = progress.accounts && progress.listed ? Math.round((progress.regionsSeen / Math.max(1, scanned.size)) * accounts.length) : 0;
            log(`quota-guard: scanned ${progress.accounts}/${total} accounts, ${progress.accountRegions}${expected ? `/~${expected}` : ''} account-regions, ${errors.length} error(s), ${duration(elapsed)} elapsed, ETA ${eta}`);
        };
        await group('quota-guard: scanning', async () => {
            const timer = setInterval(status, options.progressEvery ?? 10_000);
            timer.unref?.();
            try {
                let listed;
                if (settings.accounts === 'organization') {
                    listed = (await org.listAccounts(settings.organizationalUnits, start)).length;
                }
                else {
                    let list = settings.accounts.map((id) => ({ id }));
                    if (settings.organizationalUnits.length) {
                        const under = new Set((await org.listAccounts(settings.organizationalUnits)).map((a) => a.id));
                        list = list.filter((a) => under.has(a.id));
                    }
                    listed = list.length;
                    list.forEach(start);
                }
                progress.listed = true;
                log(`quota-guard: ${listed} account(s)${settings.accounts === 'organization' ? ' ACTIVE in the organization' : ' listed'}${settings.organizationalUnits.length ? ` under ${settings.organizationalUnits.join(', ')}` : ''}, ${accounts.length} to scan` +
                    (settings.include.length || settings.exclude.length ? ' after include/exclude' : '') +
                    (options.shard && options.shard.count > 1 ? ` in shard ${options.shard.index}/${options.shard.count}` : ''));
            }
            catch (e) {
                // Accounts already started finish (their work is not wasted), but a listing that failed is fatal.
                await Promise.allSettled(work);
                if (e instanceof OrganizationsError)
                    throw new ScanSetupError(`cannot list the accounts to scan: ${e.message}`);
                throw e;
            }
            finally {
                await Promise.all(work).finally(() => clearInterval(timer));
            }
            status();
        });
        const targets = accounts.map((a) => {
            const environment = (0,scan_targets/* environmentOf */.p7)({ id: a.id, ...(a.name ? { name: a.name } : {}), ...(tags.has(a.id) ? { tags: tags.get(a.id) } : {}) }, effective.environments);
            return { account: a.id, ...(a.name ? { name: a.name } : {}), ...(environment ? { environment } : {}), regions: scanned.get(a.id) ?? [] };
        });
        for (const [op, n] of Object.entries(await reads.close()))
            http.calls[op] = (http.calls[op] ?? 0) + n;
        log(`quota-guard: AWS calls: ${Object.entries(http.calls).map(([op, n]) => `${op} ${n}`).join(', ') || 'none'}`);
        return (0,report/* buildScanReport */.G0)({
            policy: effective,
            ...(options.policyFile ? { policyFile: options.policyFile } : {}),
            shards: options.shard && options.shard.count > 1 ? [options.shard] : [],
            ...(options.partial ? { partial: true } : {}),
            targets,
            observations,
            errors,
            failOn: options.failOn ?? 'critical',
            now,
            calls: { ...http.calls },
        });
    }
    finally {
        await reads.close();
        http.close();
    }
}


/***/ })

};
