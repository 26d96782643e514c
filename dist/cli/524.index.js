export const id = 524;
export const ids = [524];
export const modules = {

/***/ 3524:
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


/***/ })

};
