export const id = 712;
export const ids = [712,143];
export const modules = {

/***/ 81712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runScanAction: () => (/* binding */ runScanAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(42377);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/github/comment.ts
var comment = __webpack_require__(47318);
// EXTERNAL MODULE: ./src/github/pages.ts
var pages = __webpack_require__(21511);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
;// CONCATENATED MODULE: ./src/github/scan-issue.ts



const ISSUE_LABEL = 'quota-guard';
const ISSUE_TITLE = 'quota-guard: AWS service quota findings';
/** GitHub rejects issue bodies over 65,536 characters; the marker and a margin fit in the rest. */
const MAX_BODY = 64_000;
/** Lines listed in a notification comment; the body has them all. */
const MAX_COMMENT_LINES = 50;
function issueMarker(id) {
    const clean = (id ?? '').trim().replace(/[^A-Za-z0-9._/-]+/g, '-').replace(/-{2,}/g, '-');
    return `<!-- quota-guard-scan${clean ? `:${clean}` : ''} -->`;
}
/** 403 anywhere, 404/410 on a write: the token may not write issues (or they are off); skip with a reason. */
function notAllowed(error, write) {
    const s = (0,comment/* status */.h5)(error);
    const message = error instanceof Error ? error.message : String(error);
    if (s === 403 || (write && (s === 404 || s === 410))) {
        return { action: 'skipped', newLines: 0, reason: `the token cannot write issues (GitHub said ${s}: ${message}); give the job \`issues: write\`, or check that issues are enabled. The findings are in the job summary` };
    }
    return undefined;
}
function commentText(fresh, reopened) {
    const { shown, more } = (0,format/* firstN */.XP)(fresh, MAX_COMMENT_LINES, (n) => `\n- … and ${n} more in the issue body`);
    const head = reopened ? `Reopened: ${fresh.length} finding(s) came back.` : `${fresh.length} new or worse finding(s) since the last scan:`;
    return `${head}\n\n${shown.map((l) => `- ${l}`).join('\n')}${more}\n`;
}
async function syncStickyIssue(args) {
    const { octokit, owner, repo } = args;
    const marker = issueMarker(args.id);
    let existing;
    try {
        const all = await (0,pages/* listCapped */.G)(octokit.paginate.iterator(octokit.rest.issues.listForRepo, { owner, repo, state: 'all', labels: ISSUE_LABEL, per_page: 100 }), `issues labelled ${ISSUE_LABEL}`, 'an issue of this scan after them is not found, so a new one may be opened', args.warn);
        existing = all
            .filter((i) => !i.pull_request && typeof i.body === 'string' && i.body.includes(marker))
            .sort((a, b) => a.number - b.number)[0];
    }
    catch (error) {
        const skip = notAllowed(error, false);
        if (skip)
            return skip;
        throw error;
    }
    const open = existing?.state === 'open';
    const content = args.text(open ? (existing.body ?? '') : undefined, MAX_BODY - marker.length - 1);
    const body = `${marker}\n${content.body}`;
    try {
        if (!existing) {
            if (!content.lines)
                return { action: 'skipped', newLines: 0, reason: 'all clear and there is no issue to update' };
            const { data } = await octokit.rest.issues.create({ owner, repo, title: args.title ?? ISSUE_TITLE, body, labels: [ISSUE_LABEL] });
            return { action: 'created', number: data.number, url: data.html_url, newLines: content.lines };
        }
        const number = existing.number;
        const url = existing.html_url;
        if (!content.lines) {
            if (!open)
                return { action: 'unchanged', number, url, newLines: 0 };
            await octokit.rest.issues.update({ owner, repo, issue_number: number, body, state: 'closed', state_reason: 'completed' });
            return { action: 'closed', number, url, newLines: 0 };
        }
        const notify = content.notify;
        await octokit.rest.issues.update({ owner, repo, issue_number: number, body, ...(open ? {} : { state: 'open' }) });
        if (notify.length)
            await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: commentText(notify, !open) });
        return { action: open ? 'updated' : 'reopened', number, url, newLines: notify.length };
    }
    catch (error) {
        const skip = notAllowed(error, true);
        if (skip)
            return skip;
        throw error;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/verdict/evaluate.ts
var evaluate = __webpack_require__(55734);
// EXTERNAL MODULE: ./src/increase/plan.ts
var plan = __webpack_require__(51937);
// EXTERNAL MODULE: ./src/scan/prewarm-text.ts
var prewarm_text = __webpack_require__(60829);
// EXTERNAL MODULE: ./src/scan/findings.ts
var findings = __webpack_require__(66411);
// EXTERNAL MODULE: ./src/scan/automation.ts
var automation = __webpack_require__(49070);
// EXTERNAL MODULE: ./src/scan/model.ts
var model = __webpack_require__(40764);
;// CONCATENATED MODULE: ./src/scan/chart.ts
// Usage charts of the quotas closest to exhaustion, for the scan's job summary and sticky issue: the last days of
// daily peaks against the quota value and the forecast (the Theil–Sen trend of ./forecast.ts, carried on into the
// days ahead until it reaches the value), as Mermaid `xychart-beta` blocks, which GitHub renders in markdown
// (https://mermaid.js.org/syntax/xyChart.html). Pure. Bounded: a few charts, so the issue stays readable.
//
// Lines, in order: usage (daily peak; a day without a datapoint is 0, as AWS/Usage publishes nothing while nothing
// is counted), the quota value, the forecast. The usage line has only the past days, so it is shorter than the
// others; Mermaid draws a shorter series over the first categories.



/** Charts in the job summary, and in the sticky issue. */
const MAX_SUMMARY_CHARTS = 5;
const MAX_ISSUE_CHARTS = 3;
/** Days ahead the forecast line is drawn at most. */
const MAX_AHEAD = 14;
const DAY = 86_400_000;
/** Quotas with a kept history, closest to exhaustion first: forecast days, then utilisation. */
function chartCandidates(report) {
    const forecasts = new Map();
    for (const f of report.findings)
        if (f.kind === 'forecast' && f.exhaustion)
            forecasts.set(f.key, f);
    const out = [];
    for (const o of report.observations) {
        for (const q of o.quotas) {
            if (!q.history || q.history.length < 2 || q.value === null || !(q.value > 0))
                continue;
            const f = forecasts.get(`${o.account}|${o.region}|${q.serviceCode}/${q.quotaCode}`);
            out.push({ account: o.account, region: o.region, q: q, days: f?.exhaustion?.days ?? Infinity, percent: ((q.usage ?? 0) / q.value) * 100 });
        }
    }
    return out.sort((a, b) => a.days - b.days || b.percent - a.percent || a.account.localeCompare(b.account) || a.region.localeCompare(b.region));
}
/** Mermaid-safe label text: no quotes, brackets or line breaks. */
function label(s) {
    return s.replace(/["[\]\n\r`]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
}
const round = (n) => Math.round(n * 100) / 100;
/** One chart block (markdown lines) for a candidate, dated from `generatedAt`. */
function chartBlock(c, generatedAt) {
    const now = Date.parse(generatedAt);
    const past = c.q.history.length;
    const trend = c.q.trend;
    const ahead = trend && trend.slopePerDay > 0 && Number.isFinite(c.days) ? Math.min(MAX_AHEAD, Math.ceil(c.days) + 1) : 0;
    const dates = Array.from({ length: past + ahead }, (_, i) => new Date(now + (i - past + 1) * DAY).toISOString().slice(5, 10));
    const forecast = trend ? dates.map((_, i) => round(Math.max(0, trend.level + trend.slopePerDay * ((now - Date.parse(trend.asOf)) / DAY + (i - past + 1))))) : [];
    const top = Math.max(c.q.value, ...c.q.history, ...forecast);
    const name = c.q.name ? `${c.q.name} ` : '';
    const when = Number.isFinite(c.days) ? `, runs out in ~${(0,evaluate/* fmt */.Sc)(Math.ceil(c.days))} d` : '';
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${label(`${c.account} ${c.region} ${c.q.serviceCode}/${c.q.quotaCode}: ${(0,evaluate/* fmt */.Sc)(Math.round(c.percent))} %${when}`)}"`,
        `    x-axis [${dates.map((d) => `"${d}"`).join(', ')}]`,
        `    y-axis "${label(`${name}${c.q.unit && c.q.unit !== 'None' ? ` (${c.q.unit})` : ''}`) || 'value'}" 0 --> ${(0,evaluate/* fmt */.Sc)(Math.ceil(top * 1.1))}`,
        `    line [${c.q.history.map(round).join(', ')}]`,
        `    line [${dates.map(() => c.q.value).join(', ')}]`,
        ...(forecast.length ? [`    line [${forecast.join(', ')}]`] : []),
        '```',
    ];
}
/**
 * The charts of the `max` quotas closest to exhaustion, each after a one-line caption saying what the lines are
 * (xychart has no legend). Empty when no quota kept a history (no forecast, or nothing near its value).
 */
function usageCharts(report, max, minLevel) {
    let candidates = chartCandidates(report);
    if (minLevel) {
        // The issue charts only quotas it lists.
        const listed = new Set(report.findings.filter((f) => (0,findings/* levelRank */.Le)(f.level) <= (0,findings/* levelRank */.Le)(minLevel)).map((f) => f.key));
        candidates = candidates.filter((c) => listed.has(`${c.account}|${c.region}|${c.q.serviceCode}/${c.q.quotaCode}`));
    }
    const out = [];
    for (const c of candidates.slice(0, Math.max(0, max))) {
        out.push(`_${(0,markdown/* escapeMarkdown */.FV)(`${c.account} ${c.region} ${c.q.serviceCode}/${c.q.quotaCode}`)}: daily peak usage (${c.q.history.length} days), quota value ${(0,evaluate/* fmt */.Sc)(c.q.value)}${c.q.trend ? ', forecast' : ''}._`, '', ...chartBlock(c, report.generatedAt), '');
    }
    return out;
}

// EXTERNAL MODULE: ./src/scan/report.ts
var scan_report = __webpack_require__(51595);
;// CONCATENATED MODULE: ./src/scan/markdown.ts
// Renderers of a scan report: the job summary (markdown), the sticky issue's body (one line per (account, region,
// quota) finding, each with a hidden stable key) and the terminal text. Text that comes from AWS or the policy
// (account names, quota names, messages) is escaped so it cannot inject markdown or HTML.










/** A request's line in the sticky issue: where, the values, the status and the link (request or console). */
function requestIssueLine(r) {
    const what = `${r.account ?? ''} ${r.region} ${r.serviceCode}/${r.quotaCode}${r.trigger ? ` (${r.trigger})` : ''}: ${(0,format/* num */.bu)(r.currentValue)} → ${(0,format/* num */.bu)(r.desiredValue)}`;
    const status = r.requestId ? `request ${r.requestId} **${r.status ?? 'status unknown'}**` : r.outcome === 'planned' ? '**awaiting approval**' : `**not filed (${r.outcome})**`;
    return `${(0,markdown/* escapeMarkdown */.FV)(what.trim())} — ${status} ([console](${r.consoleUrl}))`;
}

const ICON = { critical: ':red_circle:', forecast: ':hourglass_flowing_sand:', error: ':x:', warning: ':orange_circle:', info: ':large_blue_circle:' };
function scanHeadline(report) {
    const f = report.totals.findings;
    const parts = model/* LEVELS */.A.filter((l) => f[l]).map((l) => `${f[l]} ${l === 'error' ? `error${f[l] > 1 ? 's' : ''}` : l}`);
    const verdict = report.passed ? (parts.length ? 'passed with findings' : 'all clear') : 'failed';
    return `quota-guard scan ${verdict}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}
function totalsLine(report) {
    const t = report.totals;
    const shards = report.shards.length ? `; shards ${report.shards.map((s) => s.index).join(', ')} of ${report.shards[0].count}` : '';
    return `${t.accounts} account${t.accounts === 1 ? '' : 's'}${t.accountsFailed ? ` (${t.accountsFailed} not readable)` : ''}, ${t.regions} region${t.regions === 1 ? '' : 's'}, ${t.accountRegions} account-region${t.accountRegions === 1 ? '' : 's'}, ${t.quotasChecked} quota value${t.quotasChecked === 1 ? '' : 's'} checked, ${t.errors} error${t.errors === 1 ? '' : 's'}${shards}`;
}
function accountCell(f) {
    if (f.account === '*')
        return 'all';
    return `${f.account}${f.accountName ? ` ${f.accountName}` : ''}${f.environment ? ` (${f.environment})` : ''}`;
}
function quotaCell(f) {
    if (!f.serviceCode)
        return '';
    return `${f.quotaName ? `${f.quotaName} ` : ''}${f.serviceCode}${f.quotaCode ? `/${f.quotaCode}` : ''}`;
}
/** One line per automated increase: where, the values, what fired, and what happened (status and link). */
function automationLine(p, r) {
    const what = `${p.account} ${p.region} ${p.serviceCode}/${p.quotaCode}: ${(0,evaluate/* fmt */.Sc)(p.currentValue)} → ${(0,evaluate/* fmt */.Sc)(p.desiredValue)} (${p.level}, ${p.trigger}: ${p.reason})`;
    if (!r)
        return `${(0,markdown/* escapeMarkdown */.FV)(what)} — **listed only, not filed**`;
    const link = r.requestId ? '' : ` ([console](${r.consoleUrl}))`;
    return `${(0,markdown/* escapeMarkdown */.FV)(what)} — **${(0,markdown/* escapeMarkdown */.FV)((0,prewarm_text/* prewarmOutcome */.X)(r))}**${link}`;
}
/** The job summary: headline, totals, the findings table worst first, prewarm requests, coverage. */
function renderScanMarkdown(report, options = {}) {
    const maxRows = options.maxRows ?? 1000;
    const failing = (0,scan_report/* failingLevels */.Qr)(report.failOn);
    const worst = report.findings[0]?.level;
    const icon = !report.passed ? ':x:' : worst && (0,findings/* levelRank */.Le)(worst) <= (0,findings/* levelRank */.Le)('warning') ? ':warning:' : ':white_check_mark:';
    const out = [`### ${icon} ${(0,markdown/* escapeMarkdown */.FV)(scanHeadline(report))}`, '', `**Scanned:** ${(0,markdown/* escapeMarkdown */.FV)(totalsLine(report))}. **fail-on:** \`${report.failOn}\``, ''];
    if (report.findings.length) {
        const head = ['Level', 'Account', 'Region', 'Quota', 'Value', 'Usage', 'Finding'];
        const { shown, more } = (0,format/* firstN */.XP)(report.findings, maxRows, (n) => `_${n} more finding(s) are in the JSON report artifact._`);
        const rows = shown.map((f) => {
            const level = `${ICON[f.level]} ${f.level.toUpperCase()}${failing.has(f.level) ? ' (fails)' : ''}`;
            return [level, (0,markdown/* escapeMarkdown */.FV)(accountCell(f)), (0,markdown/* escapeMarkdown */.FV)(f.region === '*' ? 'all' : f.region), (0,markdown/* escapeMarkdown */.FV)(quotaCell(f)), (0,format/* num */.bu)(f.value), (0,format/* num */.bu)(f.usage), (0,markdown/* escapeMarkdown */.FV)(f.message)];
        });
        out.push(...(0,markdown/* markdownTable */.Qj)(head, rows));
        if (more)
            out.push('', more);
        out.push('');
    }
    else {
        out.push('Every watched quota is below its thresholds, and nothing failed to read.', '');
    }
    if (report.prewarm.length) {
        const records = prewarmRecords(report);
        // Open when prewarm did something or something needs a hand: the outcome is not hidden behind a click.
        const open = report.requests?.length ? ' open' : '';
        const own = report.prewarm.map((p) => records.get((0,plan/* targetKey */.hD)(p.account, p))).filter((r) => !!r);
        out.push(`<details${open}><summary>${report.prewarm.length} DR prewarm increase request(s)${own.length ? `: ${(0,markdown/* escapeMarkdown */.FV)((0,prewarm_text/* prewarmSummary */.$)(own).replace(/^DR prewarm: /, ''))}` : ''}</summary>`, '');
        for (const p of report.prewarm) {
            const r = records.get((0,plan/* targetKey */.hD)(p.account, p));
            const what = `${p.account} ${p.region} ${p.serviceCode}/${p.quotaCode}: ${(0,evaluate/* fmt */.Sc)(p.currentValue)} → ${(0,evaluate/* fmt */.Sc)(p.desiredValue)} (${p.reason})`;
            out.push(`- ${(0,markdown/* escapeMarkdown */.FV)(what)}${r ? ` — **${(0,markdown/* escapeMarkdown */.FV)((0,prewarm_text/* prewarmOutcome */.X)(r))}**${!r.requestId && r.outcome !== 'reused' ? ` ([console](${r.consoleUrl}))` : ''}` : ''}`);
        }
        out.push('', '</details>', '');
    }
    if (report.automation?.length) {
        const records = prewarmRecords(report);
        const own = report.automation.map((p) => records.get((0,plan/* targetKey */.hD)(p.account, p))).filter((r) => !!r);
        out.push(`#### Increase requests (automation rules)`, '', (0,markdown/* escapeMarkdown */.FV)(own.length ? (0,prewarm_text/* prewarmSummary */.$)(own, 'Increase requests') : 'Increase requests: listed only, not filed.'), '');
        for (const p of report.automation)
            out.push(`- ${automationLine(p, records.get((0,plan/* targetKey */.hD)(p.account, p)))}`);
        out.push('');
    }
    const charts = usageCharts(report, options.maxCharts ?? MAX_SUMMARY_CHARTS);
    if (charts.length)
        out.push(`#### Closest to exhaustion`, '', ...charts, '');
    if (report.coverage.length) {
        out.push(`<details><summary>Coverage: ${report.coverage.length} quota(s) whose usage cannot be compared</summary>`, '');
        for (const c of report.coverage)
            out.push(`- ${(0,markdown/* escapeMarkdown */.FV)(`${c.serviceCode}/${c.quotaCode}: ${c.note} (${c.targets} account-region${c.targets === 1 ? '' : 's'})`)}`);
        out.push('', '</details>', '');
    }
    for (const note of options.notes ?? [])
        out.push(note, '');
    return `${out.join('\n').trimEnd()}\n`;
}
/** What prewarm did per (account, region, quota) key (targetKey), from the report's `requests`. */
function prewarmRecords(report) {
    return new Map((report.requests ?? []).map((r) => [(0,plan/* targetKey */.hD)(r.account, r), r]));
}
/** Plain text for the terminal (`--format table`). */
function renderScanText(report) {
    const out = [scanHeadline(report), totalsLine(report), ''];
    const rows = report.findings.map((f) => [f.level.toUpperCase(), f.account, f.region, f.serviceCode ? `${f.serviceCode}/${f.quotaCode ?? ''}` : '-', f.message]);
    if (rows.length) {
        const head = ['LEVEL', 'ACCOUNT', 'REGION', 'QUOTA', 'FINDING'];
        const widths = head.map((h, i) => (i === head.length - 1 ? 0 : Math.max(h.length, ...rows.map((r) => r[i].length))));
        const line = (cells) => cells.map((c, i) => (widths[i] ? c.padEnd(widths[i]) : c)).join('  ');
        out.push(line(head), ...rows.map(line), '');
    }
    if (report.prewarm.length) {
        const records = prewarmRecords(report);
        for (const p of report.prewarm) {
            const r = records.get(targetKey(p.account, p));
            out.push(`prewarm: ${p.account} ${p.region} ${p.serviceCode}/${p.quotaCode}: ${fmt(p.currentValue)} → ${fmt(p.desiredValue)}: ${r ? prewarmOutcome(r) : 'not filed (listed only)'}`);
        }
        const own = report.prewarm.map((p) => records.get(targetKey(p.account, p))).filter((r) => !!r);
        if (own.length)
            out.push(prewarmSummary(own));
        out.push('');
    }
    if (report.automation?.length) {
        const records = prewarmRecords(report);
        for (const p of report.automation) {
            const r = records.get(targetKey(p.account, p));
            out.push(`increase (${p.level}, ${p.trigger}): ${p.account} ${p.region} ${p.serviceCode}/${p.quotaCode}: ${fmt(p.currentValue)} → ${fmt(p.desiredValue)}: ${r ? prewarmOutcome(r) : 'not filed (listed only)'}`);
        }
        out.push('');
    }
    for (const c of report.coverage)
        out.push(`coverage: ${c.serviceCode}/${c.quotaCode}: ${c.note} (${c.targets})`);
    return `${out.join('\n').trimEnd()}\n`;
}
function lineId(key) {
    return (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex').slice(0, 12);
}
/** Findings at `minLevel` or worse, grouped by key, worst first. */
function issueLines(report, minLevel = 'warning') {
    const groups = new Map();
    for (const f of report.findings) {
        if ((0,findings/* levelRank */.Le)(f.level) > (0,findings/* levelRank */.Le)(minLevel))
            continue;
        // Automation level `report`: findings only, never in the issue.
        if (f.quotaCode && (0,automation/* levelOf */.I)(report.policy, f.quotaCode) === 'report')
            continue;
        groups.set(f.key, [...(groups.get(f.key) ?? []), f]);
    }
    const lines = [];
    for (const [key, fs] of groups) {
        const level = fs.map((f) => f.level).sort((a, b) => (0,findings/* levelRank */.Le)(a) - (0,findings/* levelRank */.Le)(b))[0];
        const f = fs[0];
        const where = [accountCell(f), f.region === '*' ? 'all regions' : f.region, quotaCell(f)].filter(Boolean).join(' · ');
        const what = fs.map((x) => x.message).join('; ');
        lines.push({ key, id: lineId(key), level, account: f.account, region: f.region, text: `${ICON[level]} **${level.toUpperCase()}** ${(0,markdown/* escapeMarkdown */.FV)(where)} — ${(0,markdown/* escapeMarkdown */.FV)(what)}` });
    }
    return lines.sort((a, b) => (0,findings/* levelRank */.Le)(a.level) - (0,findings/* levelRank */.Le)(b.level));
}
const LINE_STATE = /<!-- qg:([0-9a-f]{12}):([a-z]+)(?::([^:\s]*):([^:\s]*))? -->/g;
const BODY_LINE = /^- (.*) <!-- qg:([0-9a-f]{12}):([a-z]+):([^:\s]*):([^:\s]*) -->$/;
/**
 * The issue body: a headline, the totals and one line per key; each line ends with
 * `<!-- qg:ID:LEVEL:ACCOUNT:REGION -->`, which the next run reads back (new-or-worse detection, partial updates).
 */
function renderIssueBody(report, lines, options = {}) {
    const head = [`**${(0,markdown/* escapeMarkdown */.FV)(scanHeadline(report))}**`, '', `Last scan ${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC: ${(0,markdown/* escapeMarkdown */.FV)(totalsLine(report))}.${options.runUrl ? ` [Run](${options.runUrl})` : ''}`, ''];
    if (!lines.length)
        head.push(':white_check_mark: All clear: no finding at the level this issue tracks. quota-guard closes the issue and reopens it when a finding comes back.');
    const max = options.maxLength ?? 60_000;
    const tail = (n) => `\n_${n} more line(s) did not fit; see the job summary or the JSON report artifact._\n`;
    let body = `${head.join('\n')}\n`;
    for (let i = 0; i < lines.length; i++) {
        const l = `- ${lines[i].text} <!-- qg:${lines[i].id}:${lines[i].level}:${lines[i].account}:${lines[i].region} -->\n`;
        if (body.length + l.length + tail(lines.length - i).length > max)
            return body + tail(lines.length - i);
        body += l;
    }
    // What was asked of AWS, one line per request (status and link), then the charts: each only while it fits.
    const extra = [];
    const requests = report.requests ?? [];
    if (requests.length)
        extra.push('', '**Increase requests**', '', ...requests.map((r) => `- ${requestIssueLine(r)}`));
    const charts = usageCharts(report, MAX_ISSUE_CHARTS, options.level);
    if (charts.length)
        extra.push('', '**Closest to exhaustion**', '', ...charts);
    for (const l of extra) {
        if (body.length + l.length + 1 > max)
            break;
        body += `${l}\n`;
    }
    return body;
}
/** The line ids and levels a previous body carried (see renderIssueBody). */
function parseIssueState(body) {
    const out = new Map();
    for (const m of body.matchAll(LINE_STATE))
        if (model/* LEVELS */.A.includes(m[2]))
            out.set(m[1], m[2]);
    return out;
}
/** The lines of a previous body, as they were rendered (for a partial update, which keeps the ones it did not scan). */
function parseIssueLines(body) {
    const out = [];
    for (const line of body.split('\n')) {
        const m = BODY_LINE.exec(line);
        if (m && model/* LEVELS */.A.includes(m[3]))
            out.push({ key: '', id: m[2], level: m[3], account: m[4], region: m[5], text: m[1] });
    }
    return out;
}
/** For a partial run: the previous lines outside what `report` scanned, to keep. */
function keptLines(report, previous) {
    const scanned = new Map(report.targets.map((t) => [t.account, new Set([...t.regions, '*', 'global'])]));
    return parseIssueLines(previous).filter((l) => !scanned.get(l.account)?.has(l.region));
}
/**
 * What the sticky issue (src/github/scan-issue.ts) says after `report`: its lines at `level` or worse (default
 * `warning`: critical, forecast, error, warning), and a notification for those new or worse than in the open issue.
 * `partial`: the run scanned only some accounts or regions (e.g. one account-region named by an AWS Health event), so
 * it replaces the lines of the account-regions it scanned and keeps every other line of the open issue.
 */
function issueText(report, options = {}) {
    const level = options.level ?? 'warning';
    return (openBody, maxLength) => {
        const fresh = issueLines(report, level);
        const lines = options.partial && openBody !== undefined ? [...fresh, ...keptLines(report, openBody)].sort((a, b) => (0,findings/* levelRank */.Le)(a.level) - (0,findings/* levelRank */.Le)(b.level)) : fresh;
        return {
            body: renderIssueBody(report, lines, { runUrl: options.runUrl, maxLength, level }),
            lines: lines.length,
            notify: newOrWorse(fresh, parseIssueState(openBody ?? '')).map((l) => l.text),
        };
    };
}
/** Lines that are new since `previous`, or worse than they were: what is worth a notification. */
function newOrWorse(lines, previous) {
    return lines.filter((l) => {
        const was = previous.get(l.id);
        return was === undefined || (0,findings/* levelRank */.Le)(l.level) < (0,findings/* levelRank */.Le)(was);
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/model.ts
var src_model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/inputs/value-error.ts
var value_error = __webpack_require__(29579);
// EXTERNAL MODULE: ./src/scan/policy.ts + 1 modules
var scan_policy = __webpack_require__(32780);
// EXTERNAL MODULE: ./src/scan/targets.ts
var targets = __webpack_require__(88047);
;// CONCATENATED MODULE: ./src/scan/options.ts
// Turns the scan's raw settings — CLI flags or action inputs, as text — into ScanOptions, with one wording for bad
// values: the flag or input name, the value, and what is accepted. Shared by the scan's CLI (src/cli/scan.ts) and
// action (src/action/scan.ts).








/** Newline-, comma- or space-separated list, blanks dropped (ids and names hold no spaces). */
function splitWords(value) {
    return (value ?? '')
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
}
function bad(name, value, accepted) {
    throw new value_error/* InputValueError */.u(`${name} has the value '${value}'; ${accepted}`);
}
function accounts(name, value) {
    const list = splitWords(value);
    if (!list.length)
        return undefined;
    for (const a of list)
        if (!src_model/* ACCOUNT_RE */.cd.test(a))
            bad(name, a, 'accepted values are 12-digit AWS account ids');
    return list;
}
/** The policy file: `file` when given (it must exist), else quota-guard.yml in `dir` when present, else defaults. */
async function loadPolicy(file, dir, name) {
    // action.yml's default is the default file name itself: absent, it means "no policy" like an empty input.
    const explicit = file?.trim() === scan_policy/* POLICY_FILE */.CX ? undefined : file?.trim();
    const p = external_node_path_default().resolve(dir, explicit || scan_policy/* POLICY_FILE */.CX);
    if (!(0,external_node_fs_.existsSync)(p)) {
        if (explicit)
            throw new value_error/* InputValueError */.u(`${name}: file '${explicit}' not found`);
        return { policy: (0,scan_policy/* defaultPolicy */.G4)() };
    }
    const shown = external_node_path_default().relative(process.cwd(), p) || scan_policy/* POLICY_FILE */.CX;
    let text;
    try {
        text = await (0,promises_.readFile)(p, 'utf8');
    }
    catch (e) {
        throw new src_model/* InputError */.dz(shown, `cannot read: ${e.message}`);
    }
    return { policy: (0,scan_policy/* parsePolicy */.ON)(text, shown), file: shown };
}
async function resolveScanOptions(raw, names, dir = '.') {
    const { policy, file } = await loadPolicy(raw.policy, dir, names.policy);
    const overrides = {};
    const acc = raw.accounts?.trim();
    if (acc)
        overrides.accounts = acc === 'organization' ? 'organization' : (accounts(names.accounts, acc) ?? []);
    const include = accounts(names.include, raw.include);
    if (include)
        overrides.include = include;
    const exclude = accounts(names.exclude, raw.exclude);
    if (exclude)
        overrides.exclude = exclude;
    const ous = splitWords(raw.organizationalUnits);
    if (ous.length) {
        for (const o of ous)
            if (!scan_policy/* PARENT_RE */.FB.test(o))
                bad(names.organizationalUnits, o, 'accepted values are OU ids (ou-…) and root ids (r-…)');
        overrides.organizationalUnits = ous;
    }
    const regions = raw.regions?.trim();
    if (regions) {
        if (regions === 'enabled')
            overrides.regions = 'enabled';
        else {
            const list = splitWords(regions);
            for (const r of list)
                if (!src_model/* REGION_RE */.tn.test(r))
                    bad(names.regions, r, 'accepted values are "enabled" or AWS regions such as eu-west-1');
            overrides.regions = list;
        }
    }
    const role = raw.roleName?.trim();
    if (role) {
        if (!scan_policy/* ROLE_RE */.jE.test(role))
            bad(names.roleName, role, 'accepted values are IAM role names such as QuotaGuardReadOnly');
        overrides.roleName = role;
    }
    const externalId = raw.externalId?.trim() || undefined;
    if (externalId && !/^[\w+=,.@:/-]{2,1224}$/.test(externalId))
        throw new value_error/* InputValueError */.u(`${names.externalId} is not a valid external id (2–1224 of letters, digits and +=,.@:/-)`);
    const shard = raw.shard?.trim() ? (0,value_error/* named */.K)(names.shard, () => (0,targets/* parseShard */.uK)(raw.shard)) : undefined;
    let forecast;
    const f = raw.forecast?.trim().toLowerCase();
    if (f === 'true')
        forecast = true;
    else if (f === 'false')
        forecast = false;
    else if (f)
        bad(names.forecast, raw.forecast, 'accepted values are true, false, or empty for the policy file');
    const failOn = raw.failOn?.trim() ? (0,value_error/* named */.K)(names.failOn, () => (0,scan_report/* parseFailOn */.XV)(raw.failOn)) : 'critical';
    let concurrency;
    if (raw.concurrency?.trim()) {
        concurrency = Number(raw.concurrency);
        if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 1024)
            bad(names.concurrency, raw.concurrency, 'accepted values are whole numbers from 1 to 1024');
    }
    const narrowed = Array.isArray(overrides.accounts) || Array.isArray(overrides.regions) || !!(overrides.include || overrides.exclude || overrides.organizationalUnits);
    return {
        policy,
        ...(file ? { policyFile: file } : {}),
        overrides,
        ...(narrowed ? { partial: true } : {}),
        ...(externalId ? { externalId } : {}),
        ...(shard ? { shard } : {}),
        ...(forecast !== undefined ? { forecast } : {}),
        failOn,
        ...(concurrency ? { concurrency } : {}),
    };
}
// ---- Approved requests ----------------------------------------------------------------------------------------
/** A finite number ≥ 0. */
const num = (x) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
/**
 * The `requests` output of a scan (JSON) → the increases it planned for an approval (`outcome: planned`), to file
 * now. Every other entry (filed, reused, not filed) is left out. Each planned entry needs its account, region,
 * service and quota codes in their AWS forms and finite values with the desired one above the current one; anything
 * else is refused with the entry's index, since filing a garbled request is worse than filing none.
 */
function parsePlannedRequests(text, name) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new value_error/* InputValueError */.u(`${name} is not JSON: expected the \`requests\` output of a scan job`);
    }
    if (!Array.isArray(value))
        throw new value_error/* InputValueError */.u(`${name} is not a JSON array: expected the \`requests\` output of a scan job`);
    const out = [];
    value.forEach((v, i) => {
        const r = (v ?? {});
        if (r.outcome !== 'planned')
            return;
        const ok = typeof r.account === 'string' &&
            src_model/* ACCOUNT_RE */.cd.test(r.account) &&
            (0,src_model/* isQuotaTarget */.UQ)(r) &&
            num(r.currentValue) &&
            num(r.desiredValue) &&
            r.desiredValue > r.currentValue &&
            src_model/* TRIGGERS */.Qb.includes(r.trigger);
        if (!ok)
            throw new value_error/* InputValueError */.u(`${name}: entry ${i} is planned but lacks an account, region, serviceCode, quotaCode, trigger, or a desiredValue above its currentValue`);
        const trigger = r.trigger;
        out.push({
            account: r.account,
            region: r.region,
            serviceCode: r.serviceCode,
            quotaCode: r.quotaCode,
            ...(typeof r.quotaName === 'string' ? { quotaName: r.quotaName } : {}),
            currentValue: r.currentValue,
            desiredValue: r.desiredValue,
            reason: 'approved in the approval job',
            trigger,
            level: 'auto',
            ...(typeof r.justification === 'string' ? { justification: r.justification } : {}),
        });
    });
    return out;
}
// ---- Shard reports --------------------------------------------------------------------------------------------
/** The JSON reports of a scan's shards, for `merge`; a file that cannot be read is an InputError naming it. */
async function readReports(files) {
    const out = [];
    for (const file of files) {
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (e) {
            const code = e.code;
            throw new src_model/* InputError */.dz(file, code === 'ENOENT' ? 'file not found' : `cannot read: ${e.message}`);
        }
        out.push({ file, report: (0,scan_report/* parseScanReport */.B1)(text, file) });
    }
    return out;
}

// EXTERNAL MODULE: ./src/action/common.ts
var common = __webpack_require__(64541);
// EXTERNAL MODULE: ./src/increase/render.ts
var render = __webpack_require__(84162);
// EXTERNAL MODULE: ./src/increase/caps.ts
var caps = __webpack_require__(93995);
// EXTERNAL MODULE: ./src/scan/worker-entry.ts
var worker_entry = __webpack_require__(89462);
// EXTERNAL MODULE: ./src/inputs/list.ts
var list = __webpack_require__(34233);
;// CONCATENATED MODULE: ./src/action/scan.ts
// The action in `mode: scan`, `mode: merge` and `mode: file-requests`: inputs → scan (or merge of shard reports) → step outputs, job
// summary, sticky issue, JSON report artifact, and a failed step when fail-on says so. src/action/main.ts calls
// runScanAction when the mode is not `check`; every input is read through `read` (core.getInput there).


















const INPUT_NAMES = {
    policy: "input 'policy'",
    accounts: "input 'accounts'",
    include: "input 'include-accounts'",
    exclude: "input 'exclude-accounts'",
    organizationalUnits: "input 'organizational-units'",
    regions: "input 'regions'",
    roleName: "input 'role-name'",
    externalId: "input 'external-id'",
    shard: "input 'shard'",
    forecast: "input 'forecast'",
    failOn: "input 'fail-on'",
    concurrency: "input 'concurrency'",
};
/**
 * The caps of the increases the scan files (DR prewarm, automation, file-requests) are the check's increase inputs
 * (action.yml declares them with the check's defaults), read by the same parser.
 */
function scan_caps(read) {
    return (0,caps/* parseIncreaseCaps */.hO)((0,caps/* capInputs */.YS)(read), (0,caps/* capWording */.nP)((name) => `input '${name}'`));
}
/** The whole action.yml input list is shared with `check`; an input it does not declare reads as ''. */
function reader(read) {
    return (name) => {
        try {
            return read(name) ?? '';
        }
        catch {
            return '';
        }
    };
}
/**
 * fail-on is one input for both modes, and action.yml's default is the check's `shortfall`: in scan mode the
 * check's values map to their scan equivalents (shortfall → critical, unknown → critical,error).
 */
function failOnInput(read) {
    const v = read('fail-on').trim().toLowerCase();
    if (v === '' || v === 'shortfall')
        return 'critical';
    if (v === 'unknown')
        return 'critical,error';
    return v;
}
function brief(report) {
    // Outputs are small; the full list is in the report. Findings at warning or worse, at most 200.
    const rows = report.findings.filter((f) => model/* LEVELS */.A.indexOf(f.level) <= model/* LEVELS */.A.indexOf('warning')).slice(0, 200);
    return JSON.stringify(rows.map(({ key, kind, level, account, region, serviceCode, quotaCode, value, usage, expected, exhaustion, message }) => ({ key, kind, level, account, region, serviceCode, quotaCode, value, usage, expected, exhaustion, message })));
}
function setOutputs(report, reportPath, issueUrl = '') {
    core/* setOutput */.uH('passed', report ? String(report.passed) : 'false');
    core/* setOutput */.uH('report-path', report ? reportPath : '');
    core/* setOutput */.uH('findings', report ? brief(report) : '[]');
    for (const l of model/* LEVELS */.A)
        core/* setOutput */.uH(`${l}-count`, String(report?.totals.findings[l] ?? 0));
    core/* setOutput */.uH('accounts', String(report?.totals.accounts ?? 0));
    core/* setOutput */.uH('account-regions', String(report?.totals.accountRegions ?? 0));
    core/* setOutput */.uH('issue-url', issueUrl);
    core/* setOutput */.uH('requests', JSON.stringify(report?.requests ?? []));
}
async function stickyIssue(read, report) {
    if (!(0,common/* boolInput */.Hm)(read, 'issue', false))
        return {};
    const token = read('github-token');
    if (!token)
        return { note: '_No issue: the `github-token` input is empty._' };
    const levelText = read('issue-level').trim() || 'warning';
    if (!model/* LEVELS */.A.includes(levelText))
        throw new value_error/* InputValueError */.u(`input 'issue-level' has the value '${levelText}'; accepted values are ${model/* LEVELS */.A.join(', ')}`);
    const { owner, repo } = github/* context */._.repo;
    const url = (0,common/* runUrl */.Vp)();
    const outcome = await syncStickyIssue({
        octokit: github/* getOctokit */.Q(token),
        owner,
        repo,
        // A run narrowed to some accounts or regions (an AWS Health event) updates only their lines of the issue.
        text: issueText(report, { level: levelText, partial: report.partial === true, ...(url ? { runUrl: url } : {}) }),
        id: read('issue-id').trim() || undefined,
        warn: core/* warning */.$e,
    });
    if (outcome.action === 'skipped') {
        core/* info */.pq(`No issue: ${outcome.reason}`);
        return { note: `_No issue: ${outcome.reason}_` };
    }
    core/* info */.pq(`Issue ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}${outcome.newLines ? ` (${outcome.newLines} new or worse line(s))` : ''}`);
    return { ...(outcome.url ? { url: outcome.url } : {}), note: outcome.url ? `Tracking issue ${outcome.action}: ${outcome.url}` : undefined };
}
/** DR prewarm's filer, loaded when something is to be filed (it loads the STS and Service Quotas clients). */
const filePrewarm = async (toFile, context) => (await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(695), __webpack_require__.e(205), __webpack_require__.e(860), __webpack_require__.e(213)]).then(__webpack_require__.bind(__webpack_require__, 56213))).filePrewarm(toFile, context);
/** `expected` gets the error classes that fail the step with their message alone, as the modes load them. */
async function scanOrMerge(read, hooks, expected) {
    const mode = read('mode').trim() || 'scan';
    const dir = read('working-directory').trim() || '.';
    const baseName = read('report-name').trim() || 'quota-guard-report';
    if (mode === 'merge') {
        const patterns = (0,list/* splitList */.r)(read('reports'));
        if (!patterns.length)
            throw new value_error/* InputValueError */.u("input 'reports' is empty: give the shard reports to merge (e.g. shards/**/*.json)");
        const files = (await (await glob/* create */.v(patterns.map((p) => external_node_path_default().resolve(dir, p)).join('\n'), { matchDirectories: false })).glob()).sort();
        if (!files.length)
            throw new value_error/* InputValueError */.u(`input 'reports': no file matches ${patterns.join(', ')}`);
        const failOn = failOnInput(read);
        const canonical = (0,value_error/* named */.K)("input 'fail-on'", () => (0,scan_report/* parseFailOn */.XV)(failOn));
        const merged = (0,scan_report/* mergeScanReports */.Zo)(await readReports(files.map((f) => external_node_path_default().relative(process.cwd(), f))), { failOn: canonical });
        return { report: merged, reportName: baseName, notes: [`Merged ${files.length} shard report(s).`] };
    }
    if (mode !== 'scan')
        throw new value_error/* InputValueError */.u(`input 'mode' has the value '${mode}'; runScanAction handles scan and merge`);
    const options = await resolveScanOptions(scanInputs(read), INPUT_NAMES, dir);
    if (options.externalId)
        core/* setSecret */.Pq(options.externalId);
    // Read before the scan, so that a bad value fails at once rather than after an hour of reading.
    const policy = scan_caps(read);
    const workers = (0,worker_entry/* scanWorkers */.xX)();
    // The scan and its AWS clients load here, not with the action: merge mode never loads them.
    const run = await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(695), __webpack_require__.e(85), __webpack_require__.e(193), __webpack_require__.e(503), __webpack_require__.e(860), __webpack_require__.e(892), __webpack_require__.e(70)]).then(__webpack_require__.bind(__webpack_require__, 70070));
    expected.push(run.ScanSetupError);
    let report = await (hooks.scan ?? run.runScan)({ ...options, ...(workers ? { workers } : {}), log: core/* info */.pq, group: core/* group */.Os });
    const notes = [];
    // DR prewarm and the automation rules' increases, in one pass: one max-requests budget across every account.
    const toFile = [...report.prewarm, ...(report.automation ?? [])];
    if (toFile.length) {
        const filer = hooks.prewarm ?? filePrewarm;
        try {
            const out = await core/* group */.Os(report.automation?.length ? 'quota-guard: increase requests' : 'quota-guard: DR prewarm', () => filer(toFile, {
                settings: report.policy.scan,
                ...(options.externalId ? { externalId: options.externalId } : {}),
                policy,
                ...(options.credentials ? { credentials: options.credentials } : {}),
                change: (0,plan/* runContext */.pO)(process.env),
                log: core/* info */.pq,
            }));
            report = { ...report, requests: out.requests };
            notes.push(...out.lines);
        }
        catch (e) {
            // filePrewarm never throws; a hook might. The scan's report still counts.
            core/* warning */.$e(`DR prewarm failed: ${e.message}`);
            notes.push((0,markdown/* escapeMarkdown */.FV)(`DR prewarm failed: ${e.message}. The requests listed above may not be filed.`));
        }
    }
    // Matrix jobs need distinct artifact names: the default name gets the shard appended.
    const reportName = options.shard && !read('report-name').trim() ? `${baseName}-shard-${options.shard.index}-of-${options.shard.count}` : baseName;
    return { report, reportName, notes };
}
/** The scan inputs, as resolveScanOptions takes them. */
function scanInputs(read) {
    return {
        policy: read('policy'),
        accounts: read('accounts'),
        include: read('include-accounts'),
        exclude: read('exclude-accounts'),
        organizationalUnits: read('organizational-units'),
        regions: read('regions'),
        roleName: read('role-name'),
        externalId: read('external-id'),
        shard: read('shard'),
        forecast: read('forecast'),
        failOn: failOnInput(read),
        concurrency: read('concurrency'),
    };
}
/**
 * `mode: file-requests`, the approval job of the reusable workflow: files the increases a scan planned for approval
 * (`approved-requests`: the scan's `requests` output; only `planned` entries), in their member accounts, through the
 * same flow as prewarm and `auto` — an open request is reused, never a second one; the caps apply again. It runs in
 * a GitHub environment whose required reviewers approved what the scan's summary showed. The step fails when a
 * planned request could not be filed.
 */
async function runFileRequests(read, hooks) {
    const text = read('approved-requests').trim();
    if (!text)
        throw new value_error/* InputValueError */.u("input 'approved-requests' is empty: give the `requests` output of the scan job (needs.<scan job>.outputs.requests)");
    const planned = parsePlannedRequests(text, "input 'approved-requests'");
    const options = await resolveScanOptions(scanInputs(read), INPUT_NAMES, read('working-directory').trim() || '.');
    if (options.externalId)
        core/* setSecret */.Pq(options.externalId);
    const policy = scan_caps(read);
    if (!planned.length) {
        core/* setOutput */.uH('requests', '[]');
        core/* setOutput */.uH('passed', 'true');
        await core/* summary */.z.addRaw('Nothing to file: the scan planned no increase for approval.\n').write();
        core/* info */.pq('quota-guard: nothing to file: the scan planned no increase for approval');
        return;
    }
    const settings = { ...options.policy.scan, ...options.overrides };
    const out = await core/* group */.Os('quota-guard: approved increase requests', () => (hooks.prewarm ?? filePrewarm)(planned, {
        settings,
        ...(options.externalId ? { externalId: options.externalId } : {}),
        policy,
        change: (0,plan/* runContext */.pO)(process.env),
        log: core/* info */.pq,
    }));
    const summary = (0,prewarm_text/* prewarmSummary */.$)(out.requests, 'Approved increase requests');
    const failed = out.requests.filter((x) => x.outcome !== 'filed' && x.outcome !== 'reused');
    core/* setOutput */.uH('requests', JSON.stringify(out.requests));
    core/* setOutput */.uH('passed', String(!failed.length));
    await core/* summary */.z.addRaw(`${(0,render/* requestsMarkdown */.ww)(out.requests, summary).join('\n')}\n`).write();
    core/* info */.pq(summary);
    if (failed.length)
        core/* setFailed */.C1(`${summary} Not filed: ${failed.map((x) => `${x.account} ${x.serviceCode}/${x.quotaCode} in ${x.region} (${x.outcome}${x.note ? `: ${x.note}` : ''})`).join('; ')}`);
}
async function runScanAction(read, hooks = {}) {
    const r = reader(read);
    if ((r('mode').trim() || 'scan') === 'file-requests') {
        try {
            await runFileRequests(r, hooks);
        }
        catch (err) {
            (0,common/* failStep */.vy)(err, 'quota-guard file-requests');
        }
        return;
    }
    setOutputs(undefined, '');
    const expected = [];
    try {
        const { report, reportName, notes } = await scanOrMerge(r, hooks, expected);
        const reportPath = await (0,common/* writeReport */.u5)(reportName, (0,scan_report/* renderScanJson */.C$)(report));
        const issue = await stickyIssue(r, report);
        setOutputs(report, reportPath, issue.url);
        await core/* summary */.z.addRaw(renderScanMarkdown(report, { notes: [...notes, ...(issue.note ? [issue.note] : [])] })).write();
        if ((0,common/* boolInput */.Hm)(r, 'upload-report', true))
            await (0,common/* uploadReport */.a3)(reportPath, reportName);
        core/* info */.pq(scanHeadline(report));
        if (!report.passed)
            core/* setFailed */.C1(`${scanHeadline(report)} (fail-on: ${report.failOn}). See the job summary.`);
    }
    catch (err) {
        (0,common/* failStep */.vy)(err, 'quota-guard scan', expected);
    }
}


/***/ }),

/***/ 49070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ levelOf),
/* harmony export */   z: () => (/* binding */ planAutomation)
/* harmony export */ });
/* harmony import */ var _verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55734);
/* harmony import */ var _verdict_next_step_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46723);
/* harmony import */ var _quotas_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84650);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90491);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66411);
/* harmony import */ var _forecast_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53524);
// The scan's automation rules (quota-guard.yml `automation:` and per-quota `automation:`): which quotas at level
// `request` or `auto` ask for an increase, and for how much. Pure: facts and findings in, planned increases out; the
// filing is the increase flow's (./prewarm.ts files them like DR prewarm, with the same caps and "never twice").
//
// Triggers (any that fires): utilisation at or above `triggers.utilisation` %; a forecast of exhaustion within
// `triggers.forecast-days`; a value below the environment's baseline; a standby region below DR parity. The value
// asked for is the smallest step-rounded value (desiredValue of src/increase/plan.ts, the check's rounding) that
// brings the quota to the target utilisation — usage ÷ target now, or for a forecast the usage the trend reaches at
// the horizon ÷ target — and at least the environment's baseline and the DR requirement when those fired. Nothing is
// asked for when that is not above the current value. The caps (max-increase-factor, max-increase, max-requests) are
// the increase flow's and apply when it files.






/** The effective rules of a policy: its `automation:` section, or the defaults (every quota `notify`). */
function automationOf(policy) {
    return policy.automation ?? (0,_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultAutomation */ .lC)(policy.forecast.withinDays);
}
/** The automation level of a quota code under a policy. */
function levelOf(policy, quotaCode) {
    const own = quotaCode ? policy.quotas.find((q) => q.quotaCode === quotaCode)?.automation?.level : undefined;
    return own ?? automationOf(policy).level;
}
/** Observation region → the region a request is filed in (global quotas: us-east-1, where they are read). */
function requestRegion(region) {
    return region === 'global' ? _quotas_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .GLOBAL_QUOTA_REGION */ .go : region;
}
function planAutomation(input) {
    const { policy } = input;
    const rules = automationOf(policy);
    const byKey = new Map();
    for (const f of input.findings)
        if (f.serviceCode && f.quotaCode)
            byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
    const prewarmed = new Set(input.prewarm.map((p) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .quotaKey */ .qr)(p.account, p.region, p.serviceCode, p.quotaCode)));
    const out = [];
    for (const o of input.observations) {
        for (const q of o.quotas) {
            const level = levelOf(policy, q.quotaCode);
            if (level !== 'request' && level !== 'auto')
                continue;
            if (q.value === null)
                continue;
            const key = (0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .quotaKey */ .qr)(o.account, o.region, q.serviceCode, q.quotaCode);
            if (prewarmed.has((0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .quotaKey */ .qr)(o.account, requestRegion(o.region), q.serviceCode, q.quotaCode)))
                continue;
            const target = policy.quotas.find((x) => x.quotaCode === q.quotaCode)?.automation?.targetUtilisation ?? rules.targetUtilisation;
            const findings = byKey.get(key) ?? [];
            const fired = [];
            const forTarget = (usage) => (0,_verdict_next_step_js__WEBPACK_IMPORTED_MODULE_5__/* .desiredValue */ .Ik)(usage, 1 - target);
            const percent = q.usage !== null && q.value > 0 ? (q.usage / q.value) * 100 : null;
            if (rules.triggers.utilisation !== null && q.usage !== null && (percent === null ? q.usage > 0 : percent >= rules.triggers.utilisation)) {
                fired.push({ trigger: 'utilisation', value: forTarget(q.usage), why: `${percent === null ? 'in use with a value of 0' : `${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(Math.round(percent * 10) / 10)} % used`} (trigger ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(rules.triggers.utilisation)} %)` });
            }
            // The trend itself, not the FORECAST finding: the trigger's horizon may reach beyond forecast.within-days.
            const ex = q.trend && q.usage !== null && (percent ?? 0) < 100 ? (0,_forecast_js__WEBPACK_IMPORTED_MODULE_4__/* .exhaustion */ .to)(q.trend, q.value, q.usage, input.now) : undefined;
            if (rules.triggers.forecastDays !== null && ex && q.trend && q.usage !== null && ex.days <= rules.triggers.forecastDays) {
                const horizon = q.usage + q.trend.slopePerDay * rules.triggers.forecastDays;
                fired.push({ trigger: 'forecast', value: forTarget(horizon), why: `forecast to run out in about ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(Math.ceil(ex.days))} days (trigger ${rules.triggers.forecastDays} days; ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(Math.round(horizon * 100) / 100)} in use by then)` });
            }
            const baseline = findings.find((f) => f.kind === 'baseline' && f.expected !== undefined);
            if (rules.triggers.baseline && baseline) {
                fired.push({ trigger: 'baseline', value: Math.max((0,_verdict_next_step_js__WEBPACK_IMPORTED_MODULE_5__/* .desiredValue */ .Ik)(baseline.expected, 0), q.usage === null ? 0 : forTarget(q.usage)), why: `below the ${baseline.environment ?? 'environment'} baseline of ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(baseline.expected)}` });
            }
            const dr = findings.find((f) => f.kind === 'dr-parity' && f.expected !== undefined);
            if (rules.triggers.drParity && dr) {
                fired.push({ trigger: 'dr-parity', value: Math.max((0,_verdict_next_step_js__WEBPACK_IMPORTED_MODULE_5__/* .desiredValue */ .Ik)(dr.expected, 0), q.usage === null ? 0 : forTarget(q.usage)), why: dr.message });
            }
            if (!fired.length)
                continue;
            // At least the baseline, whatever fired.
            const floor = baseline?.expected !== undefined ? (0,_verdict_next_step_js__WEBPACK_IMPORTED_MODULE_5__/* .desiredValue */ .Ik)(baseline.expected, 0) : 0;
            const main = fired.reduce((a, b) => (b.value > a.value ? b : a));
            const desired = Math.max(main.value, floor);
            if (!(desired > q.value))
                continue;
            out.push({
                account: o.account,
                region: requestRegion(o.region),
                serviceCode: q.serviceCode,
                quotaCode: q.quotaCode,
                ...(q.name ? { quotaName: q.name } : {}),
                currentValue: q.value,
                desiredValue: desired,
                reason: `${fired.map((f) => f.why).join('; ')}; asks for ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(desired)} to bring it to ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(Math.round(target * 1000) / 10)} % utilisation${floor > main.value ? ' and the baseline' : ''}`,
                ...(q.adjustable === false ? { adjustable: false } : {}),
                trigger: main.trigger,
                level,
            });
        }
    }
    return out.sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region) || a.quotaCode.localeCompare(b.quotaCode));
}


/***/ }),

/***/ 90491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ DEFAULT_HISTORY_DAYS),
/* harmony export */   D$: () => (/* binding */ defaultWatchedQuotas),
/* harmony export */   HX: () => (/* binding */ defaultDriftLevel),
/* harmony export */   JA: () => (/* binding */ DEFAULT_HOME_REGION),
/* harmony export */   JJ: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   ON: () => (/* binding */ DEFAULT_FORECAST_WITHIN_DAYS),
/* harmony export */   Ph: () => (/* binding */ STANDBY_MULTIPLIERS),
/* harmony export */   _L: () => (/* binding */ defaultBaselineSeverity),
/* harmony export */   jS: () => (/* binding */ DEFAULT_ROLE_NAME),
/* harmony export */   lC: () => (/* binding */ defaultAutomation)
/* harmony export */ });
/* unused harmony export DEFAULT_WATCHED_CODES */
/* harmony import */ var _quotas_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84650);
/* harmony import */ var _quotas_instance_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
// Defaults of the org-wide scan: which quotas it watches when the policy names none, the utilisation tiers and
// the DR standby multipliers.


/** Utilisation tiers in percent of the quota value: 70 INFO, 80 WARNING, 90 CRITICAL (issue 5). */
const DEFAULT_THRESHOLDS = { info: 70, warning: 80, critical: 90 };
/**
 * The `automation:` defaults: every quota `notify` (findings and the sticky issue, nothing filed); for `request` /
 * `auto` quotas an increase is asked for at the CRITICAL tier (90 %), at a forecast of exhaustion within the
 * forecast horizon, below a baseline and below DR parity, aiming at 60 % utilisation (usage ÷ 0.6).
 */
function defaultAutomation(withinDays = DEFAULT_FORECAST_WITHIN_DAYS) {
    return { level: 'notify', targetUtilisation: 0.6, triggers: { utilisation: DEFAULT_THRESHOLDS.critical, forecastDays: withinDays, baseline: true, drParity: true } };
}
/** "Will run out within N days": the forecast finding's horizon, and the CloudWatch history it is fitted on. */
const DEFAULT_FORECAST_WITHIN_DAYS = 30;
const DEFAULT_HISTORY_DAYS = 30;
/** The member-account role the StackSet in examples/scan-member-role.stackset.yaml creates. */
const DEFAULT_ROLE_NAME = 'QuotaGuardReadOnly';
/** us-east-1 answers for global quotas ([TFSQ]) and is enabled in every commercial account (it cannot be disabled). */
const DEFAULT_HOME_REGION = 'us-east-1';
/**
 * Immediate capacity a standby region must hold, as a fraction of the primary region's usage: hot 1.0, warm 0.5,
 * cold 0.1; a full failover needs 1.1 × (the primary's load plus 10 % headroom for the failover surge) (issue 5).
 */
const STANDBY_MULTIPLIERS = { hot: 1.0, warm: 0.5, cold: 0.1, failover: 1.1 };
/** Level of a baseline gap by environment name when the policy does not say: larger for production and DR. */
function defaultBaselineSeverity(environment) {
    return environment === 'production' || environment === 'disaster_recovery' ? 'critical' : 'warning';
}
/** Level of a drift finding by environment name when the policy does not say. */
function defaultDriftLevel(environment) {
    return environment === 'production' || environment === 'disaster_recovery' ? 'warning' : 'info';
}
/**
 * Catalog quotas that publish a usage metric, watched when the policy names no quotas. Only quotas whose
 * Service Quotas `UsageMetric` is documented are here, so that the default produces utilisation findings, not a
 * list of "usage unknown":
 * - every EC2 vCPU quota: AWS/Usage ResourceCount, Resource=vCPU, Class=<class>/OnDemand|Spot ([CLI]
 *   get-service-quota and get-aws-default-service-quota examples; [CS] ListServiceQuotas fixture);
 * - Lambda concurrent executions: AWS/Lambda ConcurrentExecutions ([SQM] tests/fixtures/service_quotas.json);
 * - Application / Network / Classic Load Balancers per Region, Auto Scaling groups per region, Fargate On-Demand and
 *   Spot vCPUs: AWS/Usage ResourceCount (~[TFUSAGE]; AWS/Usage dimensions listed by third-party modules).
 * A quota that turns out to have no metric in some account-region is listed in the report's coverage, never dropped.
 */
const DEFAULT_WATCHED_CODES = [
    ..._quotas_instance_types_js__WEBPACK_IMPORTED_MODULE_1__/* .INSTANCE_CLASSES */ .NC.flatMap((c) => [c.onDemand.quotaCode, ...(c.spot ? [c.spot.quotaCode] : [])]),
    _quotas_instance_types_js__WEBPACK_IMPORTED_MODULE_1__/* .P5_SPOT_QUOTA */ .sp.quotaCode,
    'L-53DA6B97', // Application Load Balancers per Region
    'L-69A177A2', // Network Load Balancers per Region
    'L-E9E9831D', // Classic Load Balancers per Region
    'L-CDE20ADC', // Auto Scaling groups per region
    'L-B99A9384', // Lambda concurrent executions
    'L-3032A538', // Fargate On-Demand vCPU resource count
    'L-36FBB829', // Fargate Spot vCPU resource count
];
function defaultWatchedQuotas() {
    return DEFAULT_WATCHED_CODES.map((code) => {
        const def = _quotas_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .QUOTAS */ .eg.get(code);
        if (!def)
            throw new Error(`default watched quota ${code} is not in the catalog`);
        return { serviceCode: def.serviceCode, quotaCode: code, name: def.name, ...(def.global ? { global: true } : {}) };
    });
}


/***/ }),

/***/ 66411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ analyse),
/* harmony export */   Le: () => (/* binding */ levelRank),
/* harmony export */   qr: () => (/* binding */ quotaKey)
/* harmony export */ });
/* harmony import */ var _verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55734);
/* harmony import */ var _verdict_next_step_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46723);
/* harmony import */ var _forecast_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53524);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40764);
// Findings from the facts of a scan (observations, errors, targets) and its policy. Pure and deterministic, so a
// merge of shard reports recomputes exactly what one big scan would have found:
// - utilisation tiers per quota (70 / 80 / 90 % by default, per-quota overrides);
// - forecast: the day the usage trend reaches the quota, when that is within `forecast.within-days`;
// - environment baselines: a quota below its environment's minimum, at the environment's severity;
// - drift: within an environment and region, accounts whose value differs from the environment's usual value;
// - DR parity: the secondary region's quota against the primary region's usage × the standby multiplier;
// - every read that failed, as an error finding.




function quotaKey(account, region, serviceCode, quotaCode) {
    return `${account}|${region}|${serviceCode}/${quotaCode}`;
}
function errorKey(e) {
    const what = e.serviceCode ? `:${e.serviceCode}${e.quotaCode ? `/${e.quotaCode}` : ''}` : '';
    return `${e.account}|${e.region}|error:${e.kind}${what}`;
}
function levelRank(level) {
    return _model_js__WEBPACK_IMPORTED_MODULE_2__/* .LEVELS */ .A.indexOf(level);
}
const pct = (n) => `${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(Math.round(n * 10) / 10)} %`;
function analyse(input) {
    const { policy } = input;
    const targets = new Map(input.targets.map((t) => [t.account, t]));
    const findings = [];
    const prewarm = [];
    const base = (account, region) => {
        const t = targets.get(account);
        return { account, region, ...(t?.name ? { accountName: t.name } : {}), ...(t?.environment ? { environment: t.environment } : {}) };
    };
    const watched = new Map(policy.quotas.map((q) => [q.quotaCode, q]));
    const tiers = (code) => ({ ...policy.thresholds, ...watched.get(code)?.thresholds });
    const quotaFinding = (o, q, rest) => ({
        key: quotaKey(o.account, o.region, q.serviceCode, q.quotaCode),
        ...base(o.account, o.region),
        serviceCode: q.serviceCode,
        quotaCode: q.quotaCode,
        ...(q.name ? { quotaName: q.name } : {}),
        ...rest,
    });
    // Per observed quota: utilisation, forecast, baseline.
    const envs = new Map(policy.environments.map((e) => [e.name, e]));
    for (const o of input.observations) {
        const env = envs.get(targets.get(o.account)?.environment ?? '');
        for (const q of o.quotas) {
            if (q.value !== null && q.usage !== null) {
                const t = tiers(q.quotaCode);
                const percent = q.value > 0 ? (q.usage / q.value) * 100 : q.usage > 0 ? Infinity : 0;
                const level = percent >= t.critical ? 'critical' : percent >= t.warning ? 'warning' : percent >= t.info ? 'info' : undefined;
                if (level) {
                    const shown = Number.isFinite(percent) ? pct(percent) : 'over 100 %';
                    findings.push(quotaFinding(o, q, {
                        kind: 'utilisation',
                        level,
                        value: q.value,
                        usage: q.usage,
                        ...(Number.isFinite(percent) ? { percent: Math.round(percent * 10) / 10 } : {}),
                        message: `${shown} used (${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(q.usage)} of ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(q.value)}; ${level} at ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(t[level])} %)`,
                    }));
                }
                if (policy.forecast.enabled && q.trend && percent < 100) {
                    const ex = (0,_forecast_js__WEBPACK_IMPORTED_MODULE_1__/* .exhaustion */ .to)(q.trend, q.value, q.usage, input.now);
                    if (ex && ex.days <= policy.forecast.withinDays) {
                        findings.push(quotaFinding(o, q, {
                            kind: 'forecast',
                            level: 'forecast',
                            value: q.value,
                            usage: q.usage,
                            exhaustion: { ...ex, slopePerDay: q.trend.slopePerDay },
                            message: `will run out in about ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(Math.ceil(ex.days))} day${Math.ceil(ex.days) === 1 ? '' : 's'} (~${ex.date}): daily peak rising ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(Math.round(q.trend.slopePerDay * 100) / 100)}/day over ${q.trend.points} days, ${pct((q.usage / q.value) * 100)} used now`,
                        }));
                    }
                }
            }
            if (env && q.value !== null) {
                const b = env.baselines.find((x) => x.serviceCode === q.serviceCode && x.quotaCode === q.quotaCode);
                const min = b ? (b.regions?.[o.region] ?? b.value) : undefined;
                if (min !== undefined && q.value < min) {
                    findings.push(quotaFinding(o, q, {
                        kind: 'baseline',
                        level: env.severity,
                        value: q.value,
                        expected: min,
                        message: `quota ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(q.value)} is below the ${env.name} baseline of ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(min)}`,
                    }));
                }
            }
        }
    }
    findings.push(...drift(input, quotaFinding));
    const dr = drParity(input);
    findings.push(...dr.findings.map((f) => ({ ...f, ...base(f.account, f.region) })));
    prewarm.push(...dr.prewarm);
    for (const e of input.errors) {
        findings.push({
            key: errorKey(e),
            kind: 'error',
            level: 'error',
            ...base(e.account, e.region),
            ...(e.serviceCode ? { serviceCode: e.serviceCode } : {}),
            ...(e.quotaCode ? { quotaCode: e.quotaCode } : {}),
            message: e.message,
        });
    }
    return { findings: sortFindings(findings), prewarm: prewarm.sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region) || a.quotaCode.localeCompare(b.quotaCode)), coverage: coverage(input.observations) };
}
const KIND_ORDER = { utilisation: 0, forecast: 1, baseline: 2, 'dr-parity': 3, drift: 4, error: 5 };
/** Worst first, then by account, region, quota and kind: the order of the summary table and the issue. */
function sortFindings(findings) {
    return findings.sort((a, b) => levelRank(a.level) - levelRank(b.level) ||
        a.account.localeCompare(b.account) ||
        a.region.localeCompare(b.region) ||
        (a.serviceCode ?? '').localeCompare(b.serviceCode ?? '') ||
        (a.quotaCode ?? '').localeCompare(b.quotaCode ?? '') ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        a.key.localeCompare(b.key));
}
/**
 * Within one environment and region, the value most accounts have (ties: the higher one) is the environment's usual
 * value; every account that differs gets a drift finding. Quotas are regional, so regions are never compared.
 */
function drift(input, quotaFinding) {
    const targets = new Map(input.targets.map((t) => [t.account, t]));
    const envs = new Map(input.policy.environments.filter((e) => e.drift).map((e) => [e.name, e]));
    const groups = new Map();
    for (const o of input.observations) {
        const env = targets.get(o.account)?.environment;
        if (!env || !envs.has(env))
            continue;
        for (const q of o.quotas) {
            if (q.value === null)
                continue;
            const k = `${env}|${o.region}|${q.serviceCode}/${q.quotaCode}`;
            groups.set(k, [...(groups.get(k) ?? []), { o, q }]);
        }
    }
    const out = [];
    for (const [k, members] of groups) {
        if (members.length < 2)
            continue;
        const counts = new Map();
        for (const { q } of members)
            counts.set(q.value, (counts.get(q.value) ?? 0) + 1);
        if (counts.size < 2)
            continue;
        const [usual, n] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
        const env = envs.get(k.slice(0, k.indexOf('|')));
        for (const { o, q } of members) {
            if (q.value === usual)
                continue;
            out.push(quotaFinding(o, q, {
                kind: 'drift',
                level: env.drift,
                value: q.value,
                expected: usual,
                message: `quota ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(q.value)} differs from ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(usual)}, the value of ${n} of ${members.length} ${env.name} accounts in this region`,
            }));
        }
    }
    return out;
}
function drParity(input) {
    const findings = [];
    const prewarm = [];
    const obs = new Map(input.observations.map((o) => [`${o.account}|${o.region}`, o]));
    const failed = new Set(input.errors.filter((e) => e.region === '*' && (e.kind === 'assume-role' || e.kind === 'regions')).map((e) => e.account));
    for (const pair of input.policy.dr) {
        for (const t of input.targets) {
            if (pair.environments.length && !pair.environments.includes(t.environment ?? ''))
                continue;
            if (failed.has(t.account))
                continue; // the account-wide error already says why nothing was read
            const primary = obs.get(`${t.account}|${pair.primary}`);
            if (!primary)
                continue; // the account does not use the primary region: the pair does not apply
            const secondary = obs.get(`${t.account}|${pair.secondary}`);
            const label = `DR ${pair.primary} → ${pair.secondary} (${pair.standby}, ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(pair.multiplier)} × primary usage)`;
            if (!secondary) {
                findings.push({
                    key: `${t.account}|${pair.secondary}|dr:${pair.primary}`,
                    kind: 'dr-parity',
                    level: 'error',
                    account: t.account,
                    region: pair.secondary,
                    message: `${label}: ${pair.secondary} was not scanned for this account (not enabled, or not in the scan's regions), so parity cannot be checked`,
                });
                continue;
            }
            const codes = pair.quotas.length ? pair.quotas : input.policy.quotas.map((q) => ({ serviceCode: q.serviceCode, quotaCode: q.quotaCode }));
            for (const { serviceCode, quotaCode } of codes) {
                const p = primary.quotas.find((q) => q.serviceCode === serviceCode && q.quotaCode === quotaCode);
                const s = secondary.quotas.find((q) => q.serviceCode === serviceCode && q.quotaCode === quotaCode);
                // Unread values already have an error finding or a coverage note; only named quotas say it again here.
                if (!p || !s || p.usage === null || s.value === null) {
                    if (pair.quotas.length) {
                        findings.push({
                            key: `${t.account}|${pair.secondary}|${serviceCode}/${quotaCode}`,
                            kind: 'dr-parity',
                            level: 'error',
                            account: t.account,
                            region: pair.secondary,
                            serviceCode,
                            quotaCode,
                            message: `${label}: cannot compare: ${!p || p.usage === null ? `usage in ${pair.primary} is unknown${p?.usageNote ? ` (${p.usageNote})` : ''}` : `the quota in ${pair.secondary} is unknown`}`,
                        });
                    }
                    continue;
                }
                const required = p.usage * pair.multiplier;
                if (s.value >= required)
                    continue;
                const desired = Math.ceil(required);
                // What prewarm asks for: rounded up to a step like the check's increase requests (140, not 137).
                const ask = (0,_verdict_next_step_js__WEBPACK_IMPORTED_MODULE_3__/* .desiredValue */ .Ik)(required, 0);
                findings.push({
                    key: `${t.account}|${pair.secondary}|${serviceCode}/${quotaCode}`,
                    kind: 'dr-parity',
                    level: pair.level,
                    account: t.account,
                    region: pair.secondary,
                    serviceCode,
                    quotaCode,
                    ...(s.name ?? p.name ? { quotaName: s.name ?? p.name } : {}),
                    value: s.value,
                    usage: s.usage,
                    expected: desired,
                    message: `${label}: quota ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(s.value)} cannot take ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(Math.round(required * 100) / 100)} (${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(p.usage)} used in ${pair.primary})${pair.prewarm ? '; prewarm: an increase to ' + (0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(ask) + ' is requested' : ''}`,
                });
                if (pair.prewarm) {
                    prewarm.push({
                        account: t.account,
                        region: pair.secondary,
                        serviceCode,
                        quotaCode,
                        ...(s.name ?? p.name ? { quotaName: s.name ?? p.name } : {}),
                        currentValue: s.value,
                        desiredValue: ask,
                        reason: `${label}: ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(p.usage)} in use in ${pair.primary}`,
                        ...(s.adjustable === false ? { adjustable: false } : {}),
                    });
                }
            }
        }
    }
    return { findings, prewarm };
}
function coverage(observations) {
    const counts = new Map();
    for (const o of observations) {
        for (const q of o.quotas) {
            const note = q.value === null ? q.usageNote : q.usage === null ? q.usageNote : undefined;
            if (!note)
                continue;
            const k = `${q.serviceCode}/${q.quotaCode}|${note}`;
            const c = counts.get(k) ?? { serviceCode: q.serviceCode, quotaCode: q.quotaCode, note, targets: 0 };
            c.targets++;
            counts.set(k, c);
        }
    }
    return [...counts.values()].sort((a, b) => b.targets - a.targets || a.serviceCode.localeCompare(b.serviceCode) || a.quotaCode.localeCompare(b.quotaCode));
}


/***/ }),

/***/ 53524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wf: () => (/* binding */ dailyPeaks),
/* harmony export */   hN: () => (/* binding */ fitTrend),
/* harmony export */   to: () => (/* binding */ exhaustion)
/* harmony export */ });
const MIN_POINTS = 7;
const DAY_MS = 86_400_000;
/**
 * Daily maxima from (timestamp, value) datapoints: 24-hour buckets counted back from `end`, each dated at its end —
 * the latest moment its peak can have happened — so the newest peak is "now" and the trend's level at `end` is the
 * level of the last 24 hours.
 */
function dailyPeaks(timestamps, values, end) {
    const byDay = new Map();
    for (let i = 0; i < Math.min(timestamps.length, values.length); i++) {
        const v = values[i];
        if (!Number.isFinite(v) || timestamps[i] >= end)
            continue;
        const day = end - Math.floor((end - timestamps[i] - 1) / DAY_MS) * DAY_MS;
        byDay.set(day, Math.max(byDay.get(day) ?? -Infinity, v));
    }
    return [...byDay].map(([t, value]) => ({ t, value })).sort((a, b) => a.t - b.t);
}
/**
 * Median of a typed array, reordered in place. Selection rather than a sort — O(n) on average instead of
 * O(n log n) — since a scan fits ~500,000 trends of up to 435 slopes each.
 */
function median(xs) {
    const m = xs.length >> 1;
    if (xs.length % 2)
        return select(xs, m);
    const lower = select(xs, m - 1);
    // After select, everything from m on is at least `lower`: the upper middle is the least of them.
    let upper = Infinity;
    for (let i = m; i < xs.length; i++)
        if (xs[i] < upper)
            upper = xs[i];
    return (lower + upper) / 2;
}
/** The k-th smallest value (Hoare's selection): afterwards xs[k] holds it, smaller values before, larger after. */
function select(xs, k) {
    let lo = 0;
    let hi = xs.length - 1;
    while (hi > lo) {
        const pivot = xs[(lo + hi) >> 1];
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (xs[i] < pivot)
                i++;
            while (xs[j] > pivot)
                j--;
            if (i <= j) {
                const t = xs[i];
                xs[i++] = xs[j];
                xs[j--] = t;
            }
        }
        if (k <= j)
            hi = j;
        else if (k >= i)
            lo = i;
        else
            break;
    }
    return xs[k];
}
/**
 * Working arrays for fitTrend, kept between calls and grown as needed: a scan fits a trend per quota and
 * account-region, and fresh arrays for the 435 slopes of each were a steady stream of garbage for the collector.
 */
let work = { n: 0, xs: new Float64Array(0), ys: new Float64Array(0), slopes: new Float64Array(0), residuals: new Float64Array(0) };
function scratch(n) {
    if (work.n < n)
        work = { n, xs: new Float64Array(n), ys: new Float64Array(n), slopes: new Float64Array((n * (n - 1)) / 2), residuals: new Float64Array(n) };
    return work;
}
/** The Theil–Sen trend of daily peaks, or undefined with fewer than MIN_POINTS days. `level` is at `asOf`. */
function fitTrend(peaks, asOf) {
    if (peaks.length < MIN_POINTS)
        return undefined;
    const n = peaks.length;
    const { xs, ys, slopes, residuals } = scratch(n);
    for (let i = 0; i < n; i++) {
        xs[i] = (peaks[i].t - asOf) / DAY_MS;
        ys[i] = peaks[i].value;
    }
    let k = 0;
    for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++)
            if (xs[j] !== xs[i])
                slopes[k++] = (ys[j] - ys[i]) / (xs[j] - xs[i]);
    if (!k)
        return undefined;
    const slope = median(slopes.subarray(0, k));
    for (let i = 0; i < n; i++)
        residuals[i] = ys[i] - slope * xs[i];
    const level = median(residuals.subarray(0, n));
    return { slopePerDay: round(slope), level: round(level), asOf: new Date(asOf).toISOString(), points: peaks.length };
}
/**
 * When the trend reaches `quota`, counted from `now`. The start is the higher of the trend's level and the current
 * peak, so that a quota already above its trend is not given extra days. undefined when usage is flat or falling.
 */
function exhaustion(trend, quota, current, now) {
    if (!(trend.slopePerDay > 0) || !(quota > 0))
        return undefined;
    const elapsed = (now - Date.parse(trend.asOf)) / DAY_MS;
    const start = Math.max(trend.level + trend.slopePerDay * elapsed, current ?? -Infinity);
    const days = Math.max(0, (quota - start) / trend.slopePerDay);
    return { days: Math.round(days * 10) / 10, date: new Date(now + days * DAY_MS).toISOString().slice(0, 10) };
}
function round(n) {
    return Math.round(n * 1e6) / 1e6;
}


/***/ }),

/***/ 40764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ LEVELS)
/* harmony export */ });
/** Finding levels, worst first. `forecast` is "will run out within N days"; `error` is "could not be read". */
const LEVELS = ['critical', 'forecast', 'error', 'warning', 'info'];


/***/ }),

/***/ 32780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FB: () => (/* binding */ PARENT_RE),
  CX: () => (/* binding */ POLICY_FILE),
  jE: () => (/* binding */ ROLE_RE),
  G4: () => (/* binding */ defaultPolicy),
  ON: () => (/* binding */ parsePolicy)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/quotas/catalog.ts
var catalog = __webpack_require__(84650);
// EXTERNAL MODULE: ./src/scan/defaults.ts
var defaults = __webpack_require__(90491);
// EXTERNAL MODULE: ./src/scan/model.ts
var scan_model = __webpack_require__(40764);
;// CONCATENATED MODULE: ./src/ports/scan.ts
// The data the org-wide scan (src/scan) and its reader (src/aws/scan-readings.ts) share: the quotas asked for, what
// was read, and what could not be. Declared in the core so that the adapter depends on the core, not on the flow
// that calls it. The rest of the scan's shapes (policy, findings, report) are in src/scan/model.ts.
/**
 * What the scan does about a quota's findings: `report` — findings only (the sticky issue leaves it out); `notify` —
 * findings and the sticky issue (the default); `request` — a trigger plans an increase that a GitHub environment's
 * reviewers approve before it is filed; `auto` — a trigger files the increase at once, within the caps.
 */
const AUTOMATION_LEVELS = ['report', 'notify', 'request', 'auto'];

;// CONCATENATED MODULE: ./src/scan/policy.ts
// quota-guard.yml, the policy of the org-wide scan (documented by quota-guard.example.yml) → a validated
// ScanPolicy with every default filled in. Every error names the file, the path in it and the line:
// `quota-guard.yml: environments.production.baselines.ec2/L-1216C47A (line 31): expected a number of 0 or more`.






const POLICY_FILE = 'quota-guard.yml';
// Organizations ParentId pattern ([BC organizations] ParentId).
const PARENT_RE = /^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$/;
// IAM role names: 1–64 of [\w+=,.@-] (IAM CreateRole RoleName); a path prefix is allowed (`team/QuotaGuard`).
const ROLE_RE = /^([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
/** The empty policy: every default. What a scan uses when there is no quota-guard.yml. */
function defaultPolicy() {
    return {
        version: 1,
        scan: { accounts: 'organization', include: [], exclude: [], organizationalUnits: [], regions: 'enabled', roleName: defaults/* DEFAULT_ROLE_NAME */.jS, homeRegion: defaults/* DEFAULT_HOME_REGION */.JA },
        thresholds: { ...defaults/* DEFAULT_THRESHOLDS */.JJ },
        forecast: { enabled: true, withinDays: defaults/* DEFAULT_FORECAST_WITHIN_DAYS */.ON, historyDays: defaults/* DEFAULT_HISTORY_DAYS */.$F },
        quotas: (0,defaults/* defaultWatchedQuotas */.D$)(),
        environments: [],
        dr: [],
    };
}
function parsePolicy(text, file = POLICY_FILE) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new model/* InputError */.dz(file, `invalid YAML at line ${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
    }
    const fail = (path, node, message) => {
        const range = node?.range ?? node?.key?.range;
        const at = range ? ` (line ${lines.linePos(range[0]).line})` : '';
        throw new model/* InputError */.dz(file, `${path}${at}: ${message}`);
    };
    const ctx = { fail };
    const policy = defaultPolicy();
    const root = doc.contents;
    if (root === null || root === undefined)
        return policy; // an empty file is the default policy
    if (!(0,dist/* isMap */.jh)(root))
        return fail('the file', root, 'expected a mapping with version, scan, thresholds, forecast, quotas, environments and dr sections');
    const top = entries(root, '', ['version', 'scan', 'thresholds', 'forecast', 'quotas', 'environments', 'dr', 'automation'], ctx);
    if (top.version) {
        const v = scalar(top.version.value);
        if (v !== 1)
            fail('version', top.version.value, `unsupported version ${JSON.stringify(v)}; expected 1`);
    }
    if (top.scan)
        policy.scan = parseScan(top.scan.value, ctx);
    if (top.thresholds)
        policy.thresholds = thresholds(top.thresholds.value, 'thresholds', defaults/* DEFAULT_THRESHOLDS */.JJ, ctx);
    if (top.forecast)
        policy.forecast = parseForecast(top.forecast.value, ctx);
    if (top.quotas)
        policy.quotas = parseQuotas(top.quotas.value, policy.thresholds, ctx);
    if (top.environments)
        policy.environments = parseEnvironments(top.environments.value, ctx);
    if (top.dr)
        policy.dr = parseDr(top.dr.value, policy.environments, ctx);
    // Only a file that uses automation carries the section, so reports of other policies stay as they were.
    if (top.automation)
        policy.automation = parseAutomation(top.automation.value, policy, ctx);
    else if (policy.quotas.some((q) => q.automation))
        policy.automation = (0,defaults/* defaultAutomation */.lC)(policy.forecast.withinDays);
    return policy;
}
// ---- Sections -----------------------------------------------------------------------------------------------
function parseScan(node, ctx) {
    const out = defaultPolicy().scan;
    if (!(0,dist/* isMap */.jh)(node))
        return ctx.fail('scan', node, 'expected a mapping');
    const e = entries(node, 'scan', ['accounts', 'include', 'exclude', 'organizational-units', 'regions', 'role-name', 'home-region'], ctx);
    if (e.accounts) {
        const v = e.accounts.value;
        if ((0,dist/* isScalar */.jn)(v) && v.value === 'organization')
            out.accounts = 'organization';
        else if ((0,dist/* isSeq */.oP)(v))
            out.accounts = accountList(v, 'scan.accounts', ctx);
        else
            ctx.fail('scan.accounts', v, 'expected "organization" or a list of 12-digit account ids');
    }
    if (e.include)
        out.include = accountList(e.include.value, 'scan.include', ctx);
    if (e.exclude)
        out.exclude = accountList(e.exclude.value, 'scan.exclude', ctx);
    if (e['organizational-units']) {
        out.organizationalUnits = stringList(e['organizational-units'].value, 'scan.organizational-units', ctx, (s) => PARENT_RE.test(s), 'an OU id (ou-…) or root id (r-…)');
    }
    if (e.regions) {
        const v = e.regions.value;
        if ((0,dist/* isScalar */.jn)(v) && v.value === 'enabled')
            out.regions = 'enabled';
        else if ((0,dist/* isSeq */.oP)(v))
            out.regions = stringList(v, 'scan.regions', ctx, (s) => model/* REGION_RE */.tn.test(s), 'an AWS region such as eu-west-1');
        else
            ctx.fail('scan.regions', v, 'expected "enabled" or a list of regions');
    }
    if (e['role-name']) {
        const v = scalar(e['role-name'].value);
        if (typeof v !== 'string' || !ROLE_RE.test(v))
            ctx.fail('scan.role-name', e['role-name'].value, `expected an IAM role name such as ${defaults/* DEFAULT_ROLE_NAME */.jS}, got ${JSON.stringify(v)}`);
        out.roleName = v;
    }
    if (e['home-region']) {
        const v = scalar(e['home-region'].value);
        if (typeof v !== 'string' || !model/* REGION_RE */.tn.test(v))
            ctx.fail('scan.home-region', e['home-region'].value, `expected an AWS region, got ${JSON.stringify(v)}`);
        out.homeRegion = v;
    }
    return out;
}
function parseForecast(node, ctx) {
    const out = defaultPolicy().forecast;
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'boolean')
        return { ...out, enabled: node.value };
    if (!(0,dist/* isMap */.jh)(node))
        return ctx.fail('forecast', node, 'expected true, false or a mapping with enabled, within-days and history-days');
    const e = entries(node, 'forecast', ['enabled', 'within-days', 'history-days'], ctx);
    if (e.enabled)
        out.enabled = bool(e.enabled.value, 'forecast.enabled', ctx);
    if (e['within-days'])
        out.withinDays = integer(e['within-days'].value, 'forecast.within-days', 1, 365, ctx);
    // Daily peaks come from 1-hour CloudWatch data, kept 455 days ([CWDOC] retention); a trend needs a week at least.
    if (e['history-days'])
        out.historyDays = integer(e['history-days'].value, 'forecast.history-days', 7, 90, ctx);
    return out;
}
function parseQuotas(node, base, ctx) {
    if ((0,dist/* isScalar */.jn)(node) && node.value === 'defaults')
        return (0,defaults/* defaultWatchedQuotas */.D$)();
    if (!(0,dist/* isSeq */.oP)(node))
        return ctx.fail('quotas', node, 'expected a list of quotas (SERVICE/CODE, e.g. ec2/L-1216C47A), or "defaults"');
    const out = new Map();
    items(node).forEach((item, i) => {
        const path = `quotas[${i}]`;
        if ((0,dist/* isScalar */.jn)(item) && item.value === 'defaults') {
            for (const q of (0,defaults/* defaultWatchedQuotas */.D$)())
                if (!out.has(q.quotaCode))
                    out.set(q.quotaCode, q);
            return;
        }
        let ref = item;
        let tiers;
        let automation;
        if ((0,dist/* isMap */.jh)(item)) {
            const e = entries(item, path, ['quota', 'thresholds', 'automation'], ctx);
            if (!e.quota)
                ctx.fail(path, item, 'expected a quota: SERVICE/CODE');
            ref = e.quota.value;
            if (e.thresholds)
                tiers = partialThresholds(e.thresholds.value, `${path}.thresholds`, base, ctx);
            if (e.automation)
                automation = quotaAutomation(e.automation.value, `${path}.automation`, ctx);
        }
        const q = quotaRef(ref, (0,dist/* isMap */.jh)(item) ? `${path}.quota` : path, ctx);
        // A later entry for the same code overrides an earlier one (e.g. thresholds after `defaults`).
        out.set(q.quotaCode, { ...q, ...(tiers ? { thresholds: tiers } : {}), ...(automation ? { automation } : {}) });
    });
    if (!out.size)
        ctx.fail('quotas', node, 'the list is empty; remove the section to watch the default quotas');
    return [...out.values()];
}
function parseEnvironments(node, ctx) {
    if (!(0,dist/* isMap */.jh)(node))
        return ctx.fail('environments', node, 'expected a mapping of environment name to its match, severity, drift and baselines');
    const out = [];
    for (const pair of node.items) {
        const name = String(scalar(pair.key));
        const path = `environments.${name}`;
        if (!/^[A-Za-z0-9][\w.-]{0,63}$/.test(name))
            ctx.fail(path, pair, 'environment names are letters, digits, _ . and -');
        const v = pair.value;
        if (!(0,dist/* isMap */.jh)(v))
            ctx.fail(path, v ?? pair, 'expected a mapping with match, severity, drift and baselines');
        const e = entries(v, path, ['match', 'severity', 'drift', 'baselines'], ctx);
        const env = { name, match: { accounts: [], names: [], tags: {} }, severity: (0,defaults/* defaultBaselineSeverity */._L)(name), baselines: [], drift: (0,defaults/* defaultDriftLevel */.HX)(name) };
        if (!e.match)
            ctx.fail(path, v, 'match is required: accounts, names (glob patterns) and/or tags that put an account in this environment');
        const m = e.match.value;
        if (!(0,dist/* isMap */.jh)(m))
            ctx.fail(`${path}.match`, m, 'expected a mapping with accounts, names and/or tags');
        const me = entries(m, `${path}.match`, ['accounts', 'names', 'tags'], ctx);
        if (me.accounts)
            env.match.accounts = accountList(me.accounts.value, `${path}.match.accounts`, ctx);
        if (me.names)
            env.match.names = stringList(me.names.value, `${path}.match.names`, ctx, (s) => s.length > 0 && s.length <= 256, 'an account name or glob pattern (* and ?)');
        if (me.tags) {
            const t = me.tags.value;
            if (!(0,dist/* isMap */.jh)(t))
                ctx.fail(`${path}.match.tags`, t, 'expected a mapping of tag key to value (or list of values)');
            for (const tp of t.items) {
                const key = String(scalar(tp.key));
                const tv = tp.value;
                const values = (0,dist/* isSeq */.oP)(tv) ? items(tv).map((x) => scalar(x)) : [scalar(tv)];
                if (!values.length || values.some((x) => typeof x !== 'string' && typeof x !== 'number' && typeof x !== 'boolean')) {
                    ctx.fail(`${path}.match.tags.${key}`, tv ?? tp, 'expected a tag value or a list of values');
                }
                env.match.tags[key] = values.map(String);
            }
        }
        if (!env.match.accounts.length && !env.match.names.length && !Object.keys(env.match.tags).length)
            ctx.fail(`${path}.match`, m, 'matches nothing: give accounts, names or tags');
        if (e.severity)
            env.severity = level(e.severity.value, `${path}.severity`, ctx);
        if (e.drift) {
            const d = e.drift.value;
            if ((0,dist/* isScalar */.jn)(d) && d.value === false)
                env.drift = null;
            else if ((0,dist/* isScalar */.jn)(d) && d.value === true)
                env.drift = (0,defaults/* defaultDriftLevel */.HX)(name);
            else
                env.drift = level(d, `${path}.drift`, ctx);
        }
        if (e.baselines)
            env.baselines = parseBaselines(e.baselines.value, `${path}.baselines`, ctx);
        out.push(env);
    }
    return out;
}
function parseBaselines(node, path, ctx) {
    if (!(0,dist/* isMap */.jh)(node))
        return ctx.fail(path, node, 'expected a mapping of SERVICE/CODE to the minimum quota value');
    const out = [];
    for (const pair of node.items) {
        const q = quotaRef(pair.key, `${path}`, ctx);
        const p = `${path}.${q.serviceCode}/${q.quotaCode}`;
        const v = pair.value;
        if ((0,dist/* isMap */.jh)(v)) {
            // Per region: `{ default: 256, us-east-1: 1024 }`.
            let value;
            const regions = {};
            for (const rp of v.items) {
                const key = String(scalar(rp.key));
                const n = number(rp.value, `${p}.${key}`, ctx);
                if (key === 'default')
                    value = n;
                else if (model/* REGION_RE */.tn.test(key))
                    regions[key] = n;
                else
                    ctx.fail(`${p}.${key}`, rp, 'expected "default" or a region name');
            }
            out.push({ serviceCode: q.serviceCode, quotaCode: q.quotaCode, value: value ?? 0, ...(Object.keys(regions).length ? { regions } : {}) });
        }
        else {
            out.push({ serviceCode: q.serviceCode, quotaCode: q.quotaCode, value: number(v ?? pair, p, ctx) });
        }
    }
    return out;
}
function parseDr(node, environments, ctx) {
    if (!(0,dist/* isSeq */.oP)(node))
        return ctx.fail('dr', node, 'expected a list of region pairs (primary, secondary, standby)');
    return items(node).map((item, i) => {
        const path = `dr[${i}]`;
        if (!(0,dist/* isMap */.jh)(item))
            return ctx.fail(path, item, 'expected a mapping with primary, secondary and standby');
        const e = entries(item, path, ['primary', 'secondary', 'standby', 'multiplier', 'environments', 'quotas', 'prewarm', 'level'], ctx);
        const region = (key) => {
            if (!e[key])
                return ctx.fail(path, item, `${key} is required (a region such as us-east-1)`);
            const v = scalar(e[key].value);
            if (typeof v !== 'string' || !model/* REGION_RE */.tn.test(v))
                ctx.fail(`${path}.${key}`, e[key].value, `expected an AWS region, got ${JSON.stringify(v)}`);
            return v;
        };
        const primary = region('primary');
        const secondary = region('secondary');
        if (primary === secondary)
            ctx.fail(`${path}.secondary`, e.secondary.value, 'must differ from primary');
        if (!e.standby)
            ctx.fail(path, item, `standby is required: ${Object.keys(defaults/* STANDBY_MULTIPLIERS */.Ph).join(', ')}`);
        const s = scalar(e.standby.value);
        if (typeof s !== 'string' || !(s in defaults/* STANDBY_MULTIPLIERS */.Ph)) {
            ctx.fail(`${path}.standby`, e.standby.value, `expected one of ${Object.entries(defaults/* STANDBY_MULTIPLIERS */.Ph).map(([k, m]) => `${k} (${m} × primary usage)`).join(', ')}, got ${JSON.stringify(s)}`);
        }
        const standby = s;
        let multiplier = defaults/* STANDBY_MULTIPLIERS */.Ph[standby];
        if (e.multiplier) {
            multiplier = number(e.multiplier.value, `${path}.multiplier`, ctx);
            if (multiplier <= 0 || multiplier > 10)
                ctx.fail(`${path}.multiplier`, e.multiplier.value, 'expected a number above 0 and at most 10');
        }
        let envs = [];
        if (e.environments) {
            envs = stringList(e.environments.value, `${path}.environments`, ctx, () => true, 'an environment name');
            for (const name of envs)
                if (!environments.some((x) => x.name === name))
                    ctx.fail(`${path}.environments`, e.environments.value, `no environment named ${JSON.stringify(name)} under environments`);
        }
        let quotas = [];
        if (e.quotas) {
            const q = e.quotas.value;
            if (!(0,dist/* isSeq */.oP)(q))
                ctx.fail(`${path}.quotas`, q, 'expected a list of SERVICE/CODE');
            quotas = items(q).map((x, j) => {
                const r = quotaRef(x, `${path}.quotas[${j}]`, ctx);
                return { serviceCode: r.serviceCode, quotaCode: r.quotaCode };
            });
        }
        const pair = {
            primary,
            secondary,
            standby,
            multiplier,
            environments: envs,
            quotas,
            prewarm: e.prewarm ? bool(e.prewarm.value, `${path}.prewarm`, ctx) : false,
            level: e.level ? level(e.level.value, `${path}.level`, ctx) : standby === 'hot' || standby === 'failover' ? 'critical' : 'warning',
        };
        return pair;
    });
}
/**
 * `automation:` — level (report | notify | request | auto), target-utilisation (percent), triggers: utilisation (a
 * percent or a tier name, or false), forecast-days (or false), baseline, dr-parity (true / false).
 */
function parseAutomation(node, policy, ctx) {
    const out = (0,defaults/* defaultAutomation */.lC)(policy.forecast.withinDays);
    if (!(0,dist/* isMap */.jh)(node))
        return ctx.fail('automation', node, 'expected a mapping with level, target-utilisation and triggers');
    const e = entries(node, 'automation', ['level', 'target-utilisation', 'triggers'], ctx);
    if (e.level)
        out.level = automationLevel(e.level.value, 'automation.level', ctx);
    if (e['target-utilisation'])
        out.targetUtilisation = targetUtilisation(e['target-utilisation'].value, 'automation.target-utilisation', ctx);
    if (e.triggers) {
        const t = e.triggers.value;
        if (!(0,dist/* isMap */.jh)(t))
            ctx.fail('automation.triggers', t, 'expected a mapping with utilisation, forecast-days, baseline and dr-parity');
        const te = entries(t, 'automation.triggers', ['utilisation', 'forecast-days', 'baseline', 'dr-parity'], ctx);
        if (te.utilisation) {
            const v = te.utilisation.value;
            const s = scalar(v);
            if (s === false)
                out.triggers.utilisation = null;
            else if (s === 'info' || s === 'warning' || s === 'critical')
                out.triggers.utilisation = policy.thresholds[s];
            else {
                const n = number(v, 'automation.triggers.utilisation', ctx);
                if (n <= 0 || n > 1000)
                    ctx.fail('automation.triggers.utilisation', v, `expected a percentage above 0, a tier (info, warning, critical) or false, got ${n}`);
                out.triggers.utilisation = n;
            }
        }
        if (te['forecast-days']) {
            const v = te['forecast-days'].value;
            out.triggers.forecastDays = scalar(v) === false ? null : integer(v, 'automation.triggers.forecast-days', 1, 365, ctx);
        }
        if (te.baseline)
            out.triggers.baseline = bool(te.baseline.value, 'automation.triggers.baseline', ctx);
        if (te['dr-parity'])
            out.triggers.drParity = bool(te['dr-parity'].value, 'automation.triggers.dr-parity', ctx);
    }
    return out;
}
/** A quota's `automation:`: a level (`auto`), or a mapping with level and target-utilisation. */
function quotaAutomation(node, path, ctx) {
    if ((0,dist/* isScalar */.jn)(node))
        return { level: automationLevel(node, path, ctx) };
    if (!(0,dist/* isMap */.jh)(node))
        return ctx.fail(path, node, `expected a level (${AUTOMATION_LEVELS.join(', ')}) or a mapping with level and target-utilisation`);
    const e = entries(node, path, ['level', 'target-utilisation'], ctx);
    return {
        ...(e.level ? { level: automationLevel(e.level.value, `${path}.level`, ctx) } : {}),
        ...(e['target-utilisation'] ? { targetUtilisation: targetUtilisation(e['target-utilisation'].value, `${path}.target-utilisation`, ctx) } : {}),
    };
}
function automationLevel(node, path, ctx) {
    const v = scalar(node);
    if (typeof v !== 'string' || !AUTOMATION_LEVELS.includes(v))
        return ctx.fail(path, node, `expected one of ${AUTOMATION_LEVELS.join(', ')}; got ${JSON.stringify(v)}`);
    return v;
}
/** A percentage above 0 and below 100 (60 → 0.6). */
function targetUtilisation(node, path, ctx) {
    const n = number(node, path, ctx);
    if (n <= 0 || n >= 100)
        ctx.fail(path, node, `expected a percentage above 0 and below 100 (e.g. 60), got ${n}`);
    return n / 100;
}
// ---- Values -------------------------------------------------------------------------------------------------
/** `ec2/L-1216C47A`, or a bare code the catalog knows (its service comes from the catalog). */
function quotaRef(node, path, ctx) {
    const v = scalar(node);
    if (typeof v !== 'string')
        return ctx.fail(path, node, 'expected a quota as SERVICE/CODE, e.g. ec2/L-1216C47A');
    const slash = v.indexOf('/');
    if (slash < 0) {
        const def = catalog/* QUOTAS */.eg.get(v);
        if (!def)
            ctx.fail(path, node, `${JSON.stringify(v)} is not a quota code quota-guard knows; write it as SERVICE/CODE, e.g. ec2/L-1216C47A`);
        return { serviceCode: def.serviceCode, quotaCode: v, name: def.name, ...(def.global ? { global: true } : {}) };
    }
    const service = v.slice(0, slash);
    const code = v.slice(slash + 1);
    if (!model/* SERVICE_CODE_RE */.ER.test(service))
        ctx.fail(path, node, `${JSON.stringify(service)} is not a Service Quotas service code such as ec2 or vpc`);
    if (!model/* QUOTA_CODE_RE */.zw.test(code))
        ctx.fail(path, node, `${JSON.stringify(code)} is not a quota code such as L-1216C47A`);
    const def = catalog/* QUOTAS */.eg.get(code);
    if (def && def.serviceCode !== service)
        ctx.fail(path, node, `${code} is a ${def.serviceCode} quota (${def.name}), not ${service}`);
    return { serviceCode: service, quotaCode: code, ...(def ? { name: def.name } : {}), ...(def?.global ? { global: true } : {}) };
}
function thresholds(node, path, base, ctx) {
    const t = { ...base, ...partialThresholds(node, path, base, ctx) };
    return t;
}
function partialThresholds(node, path, base, ctx) {
    if (!(0,dist/* isMap */.jh)(node))
        return ctx.fail(path, node, 'expected a mapping with info, warning and critical percentages');
    const e = entries(node, path, ['info', 'warning', 'critical'], ctx);
    const out = {};
    for (const k of ['info', 'warning', 'critical']) {
        if (!e[k])
            continue;
        const n = number(e[k].value, `${path}.${k}`, ctx);
        if (n <= 0 || n > 1000)
            ctx.fail(`${path}.${k}`, e[k].value, `expected a percentage above 0, got ${n}`);
        out[k] = n;
    }
    const t = { ...base, ...out };
    if (!(t.info <= t.warning && t.warning <= t.critical))
        ctx.fail(path, node, `tiers must rise: info ${t.info} <= warning ${t.warning} <= critical ${t.critical}`);
    return out;
}
function level(node, path, ctx) {
    const v = scalar(node);
    if (typeof v !== 'string' || !scan_model/* LEVELS */.A.includes(v) || v === 'error') {
        return ctx.fail(path, node, `expected one of critical, forecast, warning, info; got ${JSON.stringify(v)}`);
    }
    return v;
}
function accountList(node, path, ctx) {
    if (!(0,dist/* isSeq */.oP)(node))
        return ctx.fail(path, node, 'expected a list of 12-digit account ids (quote them)');
    return items(node).map((x, i) => {
        const v = scalar(x);
        const s = typeof v === 'number' ? String(v).padStart(12, '0') : v;
        if (typeof s !== 'string' || !model/* ACCOUNT_RE */.cd.test(s))
            ctx.fail(`${path}[${i}]`, x, `expected a 12-digit AWS account id (quote it), got ${JSON.stringify(v)}`);
        return s;
    });
}
function stringList(node, path, ctx, ok, what) {
    if (!(0,dist/* isSeq */.oP)(node))
        return ctx.fail(path, node, `expected a list; each entry ${what}`);
    return items(node).map((x, i) => {
        const v = scalar(x);
        if (typeof v !== 'string' || !ok(v))
            ctx.fail(`${path}[${i}]`, x, `expected ${what}, got ${JSON.stringify(v)}`);
        return v;
    });
}
function number(node, path, ctx) {
    const v = scalar(node);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        return ctx.fail(path, node, `expected a number of 0 or more, got ${JSON.stringify(v)}`);
    return v;
}
function integer(node, path, min, max, ctx) {
    const v = scalar(node);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
        return ctx.fail(path, node, `expected a whole number from ${min} to ${max}, got ${JSON.stringify(v)}`);
    return v;
}
function bool(node, path, ctx) {
    const v = scalar(node);
    if (typeof v !== 'boolean')
        return ctx.fail(path, node, `expected true or false, got ${JSON.stringify(v)}`);
    return v;
}
// ---- YAML helpers -------------------------------------------------------------------------------------------
function scalar(node) {
    if (node === null || node === undefined)
        return null;
    if ((0,dist/* isScalar */.jn)(node))
        return node.value;
    if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node))
        return node.toJSON();
    return node;
}
function items(seq) {
    return seq.items;
}
/** The pairs of a mapping by key; an unknown key is an error that lists the accepted ones. */
function entries(map, path, allowed, ctx) {
    const out = {};
    for (const pair of map.items) {
        const key = String(scalar(pair.key));
        const where = path ? `${path}.${key}` : key;
        if (!allowed.includes(key))
            ctx.fail(where, pair, `unknown key; expected one of ${allowed.join(', ')}`);
        out[key] = pair;
    }
    return out;
}


/***/ }),

/***/ 60829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ prewarmSummary),
/* harmony export */   X: () => (/* binding */ prewarmOutcome)
/* harmony export */ });
/**
 * One sentence on what prewarm (or the automation rules) did: `DR prewarm: 1 filed, 1 already open (reused), 1 not
 * filed (1 over a cap).`
 */
function prewarmSummary(records, label = 'DR prewarm') {
    if (!records.length)
        return `${label}: nothing to request.`;
    const n = (pred) => records.filter(pred).length;
    const parts = [];
    const filed = n((r) => r.outcome === 'filed');
    const reused = n((r) => r.outcome === 'reused');
    const planned = n((r) => r.outcome === 'planned');
    if (filed)
        parts.push(`${filed} filed`);
    if (reused)
        parts.push(`${reused} already open (reused)`);
    if (planned)
        parts.push(`${planned} awaiting approval`);
    const why = [];
    const count = (outcome, words) => {
        const k = n((r) => r.outcome === outcome);
        if (k)
            why.push(`${k} ${words}`);
    };
    count('over-cap', 'beyond a cap: request by hand');
    count('not-adjustable', 'not adjustable');
    count('max-requests', 'over max-requests: a later run files it');
    count('error', 'failed');
    count('previous', 'refused by AWS lately, not asked again yet');
    const notFiled = records.length - filed - reused - planned;
    if (notFiled)
        parts.push(`${notFiled} not filed (${why.join(', ')})`);
    return `${label}: ${parts.join(', ')}.${filed || reused ? ' Not waited for: a later scan sees the gap close once AWS approves.' : ''}`;
}
/** What happened to one prewarm request, for the summary and the terminal. */
function prewarmOutcome(r) {
    if (r.outcome === 'previous')
        return `not filed: the last request ${r.requestId} is ${r.status}${r.note ? ` (${r.note})` : ''}`;
    if (r.requestId)
        return `${r.outcome === 'filed' ? 'filed' : 'already open, reused'}: request ${r.requestId} ${r.status ?? 'status unknown'}${r.caseId ? `, case ${r.caseId}` : ''}${r.note ? ` (${r.note})` : ''}`;
    if (r.outcome === 'reused')
        return `already open, reused${r.note ? `: ${r.note}` : ''}`;
    if (r.outcome === 'planned')
        return `awaiting approval${r.note ? `: ${r.note}` : ''}`;
    return `not filed (${r.outcome})${r.note ? `: ${r.note}` : ''}`;
}


/***/ }),

/***/ 51595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ parseScanReport),
/* harmony export */   C$: () => (/* binding */ renderScanJson),
/* harmony export */   G0: () => (/* binding */ buildScanReport),
/* harmony export */   Qr: () => (/* binding */ failingLevels),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   Zo: () => (/* binding */ mergeScanReports)
/* harmony export */ });
/* unused harmony exports FAIL_ON_HELP, scanPasses */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10182);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66411);
/* harmony import */ var _automation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49070);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40764);
// The scan's JSON report (version 1, kind "scan"), the fail-on policy, and the merge of shard reports. Pure.




// ---- fail-on ------------------------------------------------------------------------------------------------
/** Level thresholds of fail-on, worst first; `error` is not among them and counts only when named. */
const THRESHOLDS = ['critical', 'forecast', 'warning', 'info'];
const FAIL_ON_HELP = 'critical (default) | forecast | warning | info | never, optionally with ",error" to also fail on read errors (e.g. "critical,error"), or "error" alone';
/**
 * `critical` fails on a CRITICAL finding; `forecast` also on "will run out within N days"; `warning` and `info` on
 * those too; `error` (alone or added with a comma) on any read error; `never` never. Canonical form is returned.
 */
function parseFailOn(text) {
    const parts = text
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean);
    if (!parts.length)
        throw new Error(`fail-on is empty; expected ${FAIL_ON_HELP}`);
    if (parts.includes('never')) {
        if (parts.length > 1)
            throw new Error(`fail-on "${text}": "never" cannot be combined with other values`);
        return 'never';
    }
    const levels = parts.filter((p) => p !== 'error');
    for (const p of levels)
        if (!THRESHOLDS.includes(p))
            throw new Error(`fail-on "${text}": "${p}" is not one of ${FAIL_ON_HELP}`);
    if (levels.length > 1)
        throw new Error(`fail-on "${text}": give one level (the lowest that fails), optionally with ",error"`);
    return [...levels, ...(parts.includes('error') ? ['error'] : [])].join(',');
}
/** The levels that fail the run under a (canonical) fail-on value. */
function failingLevels(failOn) {
    const out = new Set();
    if (failOn === 'never')
        return out;
    const parts = failOn.split(',');
    const threshold = parts.find((p) => p !== 'error');
    if (threshold)
        for (const l of THRESHOLDS.slice(0, THRESHOLDS.indexOf(threshold) + 1))
            out.add(l);
    if (parts.includes('error'))
        out.add('error');
    return out;
}
function scanPasses(findings, failOn) {
    const failing = failingLevels(failOn);
    return !findings.some((f) => failing.has(f.level));
}
function buildScanReport(args) {
    const targets = [...args.targets].sort((a, b) => a.account.localeCompare(b.account));
    const observations = [...args.observations].sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region));
    const errors = [...args.errors].sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region) || a.kind.localeCompare(b.kind) || a.message.localeCompare(b.message));
    const { findings, prewarm, coverage } = (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .analyse */ .KH)({ policy: args.policy, targets, observations, errors, now: args.now.getTime() });
    const automation = args.policy.automation ? (0,_automation_js__WEBPACK_IMPORTED_MODULE_2__/* .planAutomation */ .z)({ policy: args.policy, observations, findings, prewarm, now: args.now.getTime() }) : [];
    const byLevel = Object.fromEntries(_model_js__WEBPACK_IMPORTED_MODULE_3__/* .LEVELS */ .A.map((l) => [l, 0]));
    for (const f of findings)
        byLevel[f.level]++;
    const regional = observations.filter((o) => o.region !== 'global');
    const totals = {
        accounts: targets.length,
        accountsFailed: targets.filter((t) => !t.regions.length).length,
        regions: new Set(regional.map((o) => o.region)).size,
        accountRegions: regional.length,
        quotasChecked: observations.reduce((n, o) => n + o.quotas.filter((q) => q.value !== null).length, 0),
        errors: errors.length,
        findings: byLevel,
    };
    return {
        version: 1,
        kind: 'scan',
        generatedAt: args.now.toISOString(),
        passed: scanPasses(findings, args.failOn),
        failOn: args.failOn,
        shards: [...args.shards].sort((a, b) => a.index - b.index),
        ...(args.partial ? { partial: true } : {}),
        ...(args.policyFile ? { policyFile: args.policyFile } : {}),
        policy: args.policy,
        totals,
        findings,
        prewarm,
        ...(automation.length ? { automation } : {}),
        coverage,
        targets,
        observations,
        errors,
        ...(args.calls ? { calls: args.calls } : {}),
    };
}
function renderScanJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
// ---- Merge --------------------------------------------------------------------------------------------------
/** A shard report read from `file`, checked for the fields a merge relies on. */
function parseScanReport(text, file) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `not JSON: ${e.message}`);
    }
    const r = doc;
    if (!r || typeof r !== 'object' || r.version !== 1 || r.kind !== 'scan') {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `not a quota-guard scan report (expected "version": 1 and "kind": "scan"${r && typeof r === 'object' && 'kind' in r ? `, got kind ${JSON.stringify(r.kind)}` : ''})`);
    }
    for (const k of ['policy', 'targets', 'observations', 'errors', 'shards'])
        if (!r[k] || typeof r[k] !== 'object')
            throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `the report has no "${k}"`);
    return r;
}
/**
 * One report from the reports of the shards of one scan. Findings are recomputed from the union of the facts, so
 * drift across accounts of different shards is found. A shard whose report is missing becomes an error finding;
 * reports of different policies, shard counts, or the same shard twice are refused.
 */
function mergeScanReports(reports, options = {}) {
    if (!reports.length)
        throw new Error('nothing to merge: give at least one scan report');
    const [first] = reports;
    const policyText = JSON.stringify(first.report.policy);
    const count = first.report.shards[0]?.count ?? 0;
    const seen = new Map();
    for (const { file, report } of reports) {
        if (JSON.stringify(report.policy) !== policyText)
            throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `was made with a different policy than ${first.file}; merge only the shards of one scan`);
        const c = report.shards[0]?.count ?? 0;
        if (c !== count)
            throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `covers shards of ${c || 'an unsharded scan'} but ${first.file} of ${count || 'an unsharded scan'}`);
        for (const s of report.shards) {
            if (seen.has(s.index))
                throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `shard ${s.index}/${s.count} is also in ${seen.get(s.index)}`);
            seen.set(s.index, file);
        }
    }
    if (!count && reports.length > 1)
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(reports[1].file, 'two unsharded scan reports cannot be merged');
    const errors = reports.flatMap((r) => r.report.errors.filter((e) => e.kind !== 'shard-missing'));
    for (let i = 1; i <= count; i++) {
        if (!seen.has(i))
            errors.push({ kind: 'shard-missing', account: '*', region: '*', message: `the report of shard ${i}/${count} is missing: the accounts of that shard were not scanned (did its job fail?)` });
    }
    const targets = new Map();
    for (const { report } of reports)
        for (const t of report.targets)
            if (!targets.has(t.account))
                targets.set(t.account, t);
    const calls = {};
    for (const { report } of reports)
        for (const [op, n] of Object.entries(report.calls ?? {}))
            calls[op] = (calls[op] ?? 0) + n;
    // What the shards' prewarm filed is an action taken, not a fact to recompute: carried over as it is.
    const requests = reports.flatMap((r) => r.report.requests ?? []);
    const merged = buildScanReport({
        policy: first.report.policy,
        ...(first.report.policyFile ? { policyFile: first.report.policyFile } : {}),
        shards: reports.flatMap((r) => r.report.shards),
        partial: reports.some((r) => r.report.partial),
        targets: [...targets.values()],
        observations: reports.flatMap((r) => r.report.observations),
        errors,
        failOn: options.failOn ?? first.report.failOn,
        // Forecasts count from when the shards ran, not from when they were merged.
        now: options.now ?? new Date(Math.max(...reports.map((r) => Date.parse(r.report.generatedAt)).filter(Number.isFinite))),
        ...(Object.keys(calls).length ? { calls } : {}),
    });
    return reports.some((r) => r.report.requests) ? { ...merged, requests } : merged;
}


/***/ }),

/***/ 88047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ needsTags),
/* harmony export */   iJ: () => (/* binding */ accountFilter),
/* harmony export */   p7: () => (/* binding */ environmentOf),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports shardOf, globMatch */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Which accounts a scan covers: the include/exclude lists, the environment each account belongs to, and the stable
// shard an account falls in. Pure.

/** `3/10` → { index: 3, count: 10 }; index is 1-based, as a GitHub Actions matrix gives it. */
function parseShard(text) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || count > 256 || index < 1 || index > count)
        throw new Error(`shard "${text}" is not K/N with 1 <= K <= N <= 256 (for example 3/10)`);
    return { index, count };
}
/**
 * The shard (1-based) an account belongs to. Stable: a hash of the account id alone, so adding or closing accounts
 * never moves the others between shards, and each account is assumed by exactly one shard (one AssumeRole per
 * account, all its regions in the same job — which also keeps each DR pair's two regions together).
 */
function shardOf(account, count) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(account).digest();
    return (h.readUInt32BE(0) % count) + 1;
}
function inShard(account, shard) {
    return !shard || shard.count === 1 || shardOf(account, shard.count) === shard.index;
}
/**
 * Include / exclude lists of the policy and this run's shard, one account at a time as accounts stream in from
 * Organizations: include (when non-empty) keeps only those ids, exclude always drops, duplicates are dropped.
 */
function accountFilter(scan, shard) {
    const include = new Set(scan.include);
    const exclude = new Set(scan.exclude);
    const seen = new Set();
    return (id) => {
        if (seen.has(id))
            return false;
        seen.add(id);
        return (!include.size || include.has(id)) && !exclude.has(id) && inShard(id, shard);
    };
}
/** Glob (`*` any run, `?` one character), whole name, case-insensitive: account names are free text. */
function globMatch(pattern, text) {
    const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'is');
    return re.test(text);
}
/** Whether the environment mapping needs account tags (so that ListTagsForResource is called only then). */
function needsTags(policy) {
    return policy.environments.some((e) => Object.keys(e.match.tags).length > 0);
}
function tagsMatch(env, tags) {
    const wanted = Object.entries(env.match.tags);
    if (!wanted.length || !tags)
        return false;
    // Every listed key must be present with one of its values; keys compare exactly, values case-insensitively.
    return wanted.every(([k, values]) => k in tags && values.some((v) => v.toLowerCase() === tags[k].toLowerCase()));
}
/**
 * The environment of an account. An explicit account id wins over everything; otherwise the first environment in
 * file order whose tags or name patterns match. undefined = no environment (no baselines, no drift).
 */
function environmentOf(account, environments) {
    const explicit = environments.find((e) => e.match.accounts.includes(account.id));
    if (explicit)
        return explicit.name;
    return environments.find((e) => tagsMatch(e, account.tags) || (account.name !== undefined && e.match.names.some((p) => globMatch(p, account.name))))?.name;
}


/***/ })

};
