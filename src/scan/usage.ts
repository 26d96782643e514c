// From what the adapter read in one account-region (src/aws/scan-readings.ts: values and raw usage datapoints) to
// the scan's observation: the usage, the trend and the daily series the charts show. Pure.
import type { AccountRegionReading, UsageWindow } from '../aws/scan-readings.js';
import { dailyPeaks, fitTrend } from './forecast.js';
import type { Observation } from './model.js';
import type { ObservedQuota } from '../ports/scan.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * The usage window: `days` whole days ending at the next whole hour (CloudWatch answers whole-hour windows faster),
 * so the newest daily bucket is the last 24 hours.
 */
export function usageWindow(now: Date, days: number): UsageWindow {
  const end = Math.ceil(now.getTime() / HOUR_MS) * HOUR_MS;
  return { start: end - days * DAY_MS, end };
}

export interface UsageOptions {
  window: UsageWindow;
  /**
   * Which daily series to keep (ObservedQuota.history, for the scan's usage charts): a quota at or above
   * `minPercent` % of its value, or whose rising trend reaches its value within `withinDays`. Absent: none.
   */
  keepHistory?: { minPercent: number; withinDays: number };
}

export function observe(reading: AccountRegionReading, options: UsageOptions): Observation {
  const { end } = options.window;
  const days = Math.max(1, Math.round((end - options.window.start) / DAY_MS));
  const quotas = reading.quotas.map(({ series, serviceCode, quotaCode, value, ...rest }): ObservedQuota => {
    const out: ObservedQuota = { serviceCode, quotaCode, value, usage: null, ...rest };
    if (!series) return out;
    const peaks = dailyPeaks(series.timestamps, series.values, end);
    // The newest daily bucket is the usage. Buckets start at the window's start (whole hours), so the newest one
    // covers the last 24 hours (dailyPeaks dates it at `end`); a bucket one day older is still accepted in case
    // CloudWatch aligns buckets otherwise. AWS/Usage publishes a datapoint only while there is something to count
    // ([CWUSAGE]): nothing recent means nothing in use.
    const newest = peaks[peaks.length - 1];
    const usage = newest && newest.t >= end - DAY_MS ? newest.value : 0;
    out.usage = usage;
    const trend = days > 1 ? fitTrend(peaks, end) : undefined;
    if (trend) out.trend = trend;
    const keep = options.keepHistory;
    if (keep && value !== null && value > 0 && days > 1) {
      const near = (usage / value) * 100 >= keep.minPercent;
      const rising = !!trend && trend.slopePerDay > 0 && (value - usage) / trend.slopePerDay <= keep.withinDays;
      if (near || rising) {
        const byDay = new Map(peaks.map((p) => [p.t, p.value]));
        out.history = Array.from({ length: days }, (_, i) => byDay.get(end - (days - 1 - i) * DAY_MS) ?? 0);
      }
    }
    return out;
  });
  return { account: reading.account, region: reading.region, quotas };
}
