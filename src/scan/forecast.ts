// Days until a quota runs out, from the daily peaks of its usage metric. Pure.
//
// Method: a Theil–Sen line through the daily maxima of the last 30 days — the slope is the median of the slopes of
// every pair of days, the level the median of (peak − slope × day). Why this and not least squares:
// - quota usage has one-off spikes (a load test, a stuck Auto Scaling group, a DR drill) that would tilt a
//   least-squares line; Theil–Sen ignores up to ~29 % of outlying days (its breakdown point) without tuning;
// - it needs no distribution assumption and no parameters, so the same code fits vCPUs and Lambda concurrency;
// - 30 points are 435 pairs: trivial to compute for every quota of every account-region.
// Daily *maxima* because a quota must hold at the peak, not on average. Days with no datapoint are left out rather
// than read as zero: AWS/Usage publishes nothing while nothing is counted, but a missing day can also be a gap in
// collection, and inventing zeros would fake a rising trend. Fewer than MIN_POINTS days give no forecast.
import type { Trend } from '../ports/scan.js';

const MIN_POINTS = 7;
const DAY_MS = 86_400_000;

export interface DailyPeak {
  /** End of the 24-hour bucket (ms since epoch). */
  t: number;
  value: number;
}

/**
 * Daily maxima from (timestamp, value) datapoints: 24-hour buckets counted back from `end`, each dated at its end —
 * the latest moment its peak can have happened — so the newest peak is "now" and the trend's level at `end` is the
 * level of the last 24 hours.
 */
export function dailyPeaks(timestamps: readonly number[], values: readonly number[], end: number): DailyPeak[] {
  const byDay = new Map<number, number>();
  for (let i = 0; i < Math.min(timestamps.length, values.length); i++) {
    const v = values[i];
    if (!Number.isFinite(v) || timestamps[i] >= end) continue;
    const day = end - Math.floor((end - timestamps[i] - 1) / DAY_MS) * DAY_MS;
    byDay.set(day, Math.max(byDay.get(day) ?? -Infinity, v));
  }
  return [...byDay].map(([t, value]) => ({ t, value })).sort((a, b) => a.t - b.t);
}

/**
 * Median of a typed array, reordered in place. Selection rather than a sort — O(n) on average instead of
 * O(n log n) — since a scan fits ~500,000 trends of up to 435 slopes each.
 */
function median(xs: Float64Array): number {
  const m = xs.length >> 1;
  if (xs.length % 2) return select(xs, m);
  const lower = select(xs, m - 1);
  // After select, everything from m on is at least `lower`: the upper middle is the least of them.
  let upper = Infinity;
  for (let i = m; i < xs.length; i++) if (xs[i] < upper) upper = xs[i];
  return (lower + upper) / 2;
}

/** The k-th smallest value (Hoare's selection): afterwards xs[k] holds it, smaller values before, larger after. */
function select(xs: Float64Array, k: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (hi > lo) {
    const pivot = xs[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (xs[i] < pivot) i++;
      while (xs[j] > pivot) j--;
      if (i <= j) {
        const t = xs[i];
        xs[i++] = xs[j];
        xs[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return xs[k];
}

/**
 * Working arrays for fitTrend, kept between calls and grown as needed: a scan fits a trend per quota and
 * account-region, and fresh arrays for the 435 slopes of each were a steady stream of garbage for the collector.
 */
let work = { n: 0, xs: new Float64Array(0), ys: new Float64Array(0), slopes: new Float64Array(0), residuals: new Float64Array(0) };
function scratch(n: number): typeof work {
  if (work.n < n) work = { n, xs: new Float64Array(n), ys: new Float64Array(n), slopes: new Float64Array((n * (n - 1)) / 2), residuals: new Float64Array(n) };
  return work;
}

/** The Theil–Sen trend of daily peaks, or undefined with fewer than MIN_POINTS days. `level` is at `asOf`. */
export function fitTrend(peaks: readonly DailyPeak[], asOf: number): Trend | undefined {
  if (peaks.length < MIN_POINTS) return undefined;
  const n = peaks.length;
  const { xs, ys, slopes, residuals } = scratch(n);
  for (let i = 0; i < n; i++) {
    xs[i] = (peaks[i].t - asOf) / DAY_MS;
    ys[i] = peaks[i].value;
  }
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (xs[j] !== xs[i]) slopes[k++] = (ys[j] - ys[i]) / (xs[j] - xs[i]);
  if (!k) return undefined;
  const slope = median(slopes.subarray(0, k));
  for (let i = 0; i < n; i++) residuals[i] = ys[i] - slope * xs[i];
  const level = median(residuals.subarray(0, n));
  return { slopePerDay: round(slope), level: round(level), asOf: new Date(asOf).toISOString(), points: peaks.length };
}

export interface Exhaustion {
  days: number;
  date: string;
}

/**
 * When the trend reaches `quota`, counted from `now`. The start is the higher of the trend's level and the current
 * peak, so that a quota already above its trend is not given extra days. undefined when usage is flat or falling.
 */
export function exhaustion(trend: Trend, quota: number, current: number | null, now: number): Exhaustion | undefined {
  if (!(trend.slopePerDay > 0) || !(quota > 0)) return undefined;
  const elapsed = (now - Date.parse(trend.asOf)) / DAY_MS;
  const start = Math.max(trend.level + trend.slopePerDay * elapsed, current ?? -Infinity);
  const days = Math.max(0, (quota - start) / trend.slopePerDay);
  return { days: Math.round(days * 10) / 10, date: new Date(now + days * DAY_MS).toISOString().slice(0, 10) };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
