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

/** The whole UTC days a series of `bounds` touches, [dayFrom, dayTo): the rollup rows it may read. */
export function rollupDays(bounds: Date[]): { dayFrom: Date; dayTo: Date } {
  return {
    dayFrom: new Date(Math.floor(bounds[0].getTime() / DAY) * DAY),
    dayTo: new Date(Math.ceil(bounds[bounds.length - 1].getTime() / DAY) * DAY),
  };
}

/**
 * `bounds`: ascending instants b0 < b1 < ... < bk; bucket i (1..k) is
 * [b(i-1), b(i)). `dirtyHours`: UTC hour starts whose rollup is stale.
 */
export function planRollupRead(bounds: Date[], dirtyHours: Date[]): RollupPlan {
  const b = bounds.map((d) => d.getTime());
  const first = b[0];
  const last = b[b.length - 1];
  const days = rollupDays(bounds);
  const dayFrom = days.dayFrom.getTime();
  const dayTo = days.dayTo.getTime();
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

  // Hours whose day-level attribution may be wrong: every hour of a day a boundary cuts, and every dirty hour;
  // in time order, day by day (a daily trend in a whole-hour zone cuts every day: this runs for each of its hours).
  const dirtyByDay = new Map<number, number[]>();
  for (const h of dirty) {
    const day = Math.floor(h / DAY) * DAY;
    const hours = dirtyByDay.get(day);
    if (hours) hours.push(h);
    else dirtyByDay.set(day, [h]);
  }
  const corrections: HourCorrection[] = [];
  const rawHours: number[] = [];
  const consider = (h: number, viaDay: number) => {
    const split = cutInside(h, h + HOUR);
    const raw = split || dirty.has(h);
    const own = split ? 0 : bucketOf(h);
    // The hour moves from its midday's bucket to its own; where both are one bucket nothing changes.
    if (!raw && own && own === viaDay) return;
    if (!raw && own) corrections.push({ hour: new Date(h), bucket: own, coef: 1 });
    if (viaDay) corrections.push({ hour: new Date(h), bucket: viaDay, coef: -1 });
    if (raw) rawHours.push(h);
  };
  for (let day = dayFrom; day < dayTo; day += DAY) {
    const viaDay = bucketOf(day + 12 * HOUR);
    if (cutInside(day, day + DAY)) for (let h = day; h < day + DAY; h += HOUR) consider(h, viaDay);
    else for (const h of (dirtyByDay.get(day) ?? []).sort((x, y) => x - y)) consider(h, viaDay);
  }

  const raw: Array<{ from: Date; to: Date }> = [];
  for (const h of rawHours) {
    const prev = raw[raw.length - 1];
    if (prev && prev.to.getTime() === h) prev.to = new Date(h + HOUR);
    else raw.push({ from: new Date(h), to: new Date(h + HOUR) });
  }
  return { ...days, corrections, raw };
}
