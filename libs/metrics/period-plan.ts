const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An hourly rollup row to add `coef` times to bucket `bucket` (1-based, as width_bucket numbers them). */
export interface HourCorrection {
  hour: Date;
  bucket: number;
  coef: number;
}

/**
 * How one rollup (responses or invitations) answers a series of buckets:
 * - every daily row whose UTC midday lies in the series goes to the bucket of
 *   its midday (width_bucket(start_at + 12 h, bounds));
 * - hourly rows correct that where a bucket boundary cuts a UTC day (an hour
 *   of the day belonging to another bucket than its midday): -1 from the
 *   midday's bucket, +1 to its own;
 * - raw rows replace the rollup for hours that are dirty (written since the
 *   last refresh) or that a boundary cuts inside (zones offset by :30 or
 *   :45): their hourly row is taken out of the midday's bucket again and the
 *   raw rows are bucketed one by one.
 * Counts are sums, so adding and subtracting whole rows is exact. A weekly
 * trend in a whole-hour zone reads a year of daily rows and one or two hours
 * per week.
 */
export interface RollupPlan {
  dayFrom: Date;
  dayTo: Date;
  corrections: HourCorrection[];
  /** Half-open [from, to) ranges read raw. */
  raw: Array<{ from: Date; to: Date }>;
}

/**
 * `bounds`: ascending instants b0 < b1 < ... < bk; bucket i (1..k) is
 * [b(i-1), b(i)). `dirtyHours`: UTC hour starts whose rollup is stale.
 */
export function planRollupRead(bounds: Date[], dirtyHours: Date[]): RollupPlan {
  const b = bounds.map((d) => d.getTime());
  const first = b[0];
  const last = b[b.length - 1];
  const dayFrom = Math.floor(first / DAY) * DAY;
  const dayTo = Math.ceil(last / DAY) * DAY;
  const dirty = new Set(dirtyHours.map((d) => d.getTime()).filter((h) => h >= dayFrom && h < dayTo));

  /** 1-based bucket of an instant, or 0 outside the series. */
  const bucketOf = (t: number): number => {
    if (t < first || t >= last) return 0;
    let lo = 0;
    let hi = b.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (b[mid] <= t) lo = mid;
      else hi = mid;
    }
    return lo + 1;
  };
  /** Whether a boundary lies strictly inside (from, to). */
  const cutInside = (from: number, to: number): boolean => {
    let lo = 0;
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b[mid] <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo < b.length && b[lo] < to;
  };

  // Hours whose day-level attribution may be wrong: every hour of a day a boundary cuts, and every dirty hour.
  const hours = new Set<number>(dirty);
  for (let day = dayFrom; day < dayTo; day += DAY) {
    if (cutInside(day, day + DAY)) for (let h = day; h < day + DAY; h += HOUR) hours.add(h);
  }

  const corrections: HourCorrection[] = [];
  const rawHours: number[] = [];
  for (const h of [...hours].sort((x, y) => x - y)) {
    const viaDay = bucketOf(Math.floor(h / DAY) * DAY + 12 * HOUR);
    const split = cutInside(h, h + HOUR);
    const raw = split || dirty.has(h);
    const own = split ? 0 : bucketOf(h);
    const coef = new Map<number, number>();
    if (!raw && own) coef.set(own, 1);
    if (viaDay) coef.set(viaDay, (coef.get(viaDay) ?? 0) - 1);
    for (const [bucket, c] of coef) if (c !== 0) corrections.push({ hour: new Date(h), bucket, coef: c });
    if (raw) rawHours.push(h);
  }

  const raw: Array<{ from: Date; to: Date }> = [];
  for (const h of rawHours) {
    const prev = raw[raw.length - 1];
    if (prev && prev.to.getTime() === h) prev.to = new Date(h + HOUR);
    else raw.push({ from: new Date(h), to: new Date(h + HOUR) });
  }
  return { dayFrom: new Date(dayFrom), dayTo: new Date(dayTo), corrections, raw };
}
