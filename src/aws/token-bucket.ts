// The one rate limiter of quota-guard: a token bucket without timers, behind `Limiters` (src/aws/common.ts), which
// the check, the increase flow and the org-wide scan all use. Why not a timer-driven limiter (bottleneck, which the
// check used): a scan holds every API of every account-region under its own rate — 1,000 accounts × 17 regions ×
// 3 APIs would be ~50,000 limiter instances, each with a 1-second reservoir timer. This bucket is a few numbers: a
// call takes a token now or waits exactly until one is due, and an idle bucket costs nothing.

export interface BucketOptions {
  /** Tokens added per second. */
  rate: number;
  /** Tokens the bucket holds when full (the burst); default half the rate. */
  capacity?: number;
  /** Clock (ms), for tests. */
  now?: () => number;
  /** Sleep, for tests. */
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class TokenBucket {
  private tokens: number;
  private last: number;
  private readonly rate: number;
  private readonly capacity: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: BucketOptions) {
    this.rate = options.rate;
    // Half the rate by default: AWS's own bucket holds at least `rate` tokens, so the slack absorbs requests that
    // network jitter makes arrive closer together than they were sent.
    this.capacity = options.capacity ?? Math.max(1, Math.ceil(options.rate / 2));
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
    this.tokens = this.capacity;
    this.last = this.now();
  }

  /**
   * Reserves a token and resolves when it may be spent. Tokens may go negative: each waiting caller has reserved a
   * future token, so callers are served in order and never all wake at once.
   */
  async take(): Promise<void> {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    this.tokens -= 1;
    if (this.tokens >= 0) return;
    await this.sleep(Math.ceil((-this.tokens / this.rate) * 1000));
  }
}
