/** 'HH:MM' wall-clock times; start after end spans midnight (21:00–08:00). */
export interface QuietHours {
  start: string;
  end: string;
}

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function localTime(at: Date, timeZone: string): LocalTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

/** Minutes the zone is ahead of UTC at `at`. */
function offsetMinutes(at: Date, timeZone: string): number {
  const l = localTime(at, timeZone);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute);
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a wall-clock time occurs in `timeZone`. The offset is taken
 * again at the result, so a date on the other side of a DST change lands on
 * the right hour.
 */
function zonedToUtc(l: LocalTime, timeZone: string): Date {
  const wall = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute);
  const first = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  return new Date(wall - offsetMinutes(new Date(first), timeZone) * 60_000);
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/**
 * When `at` falls in the quiet hours of `timeZone`, the instant they end;
 * otherwise null. Equal start and end mean no quiet hours.
 */
export function quietHoursEnd(at: Date, timeZone: string, quiet: QuietHours): Date | null {
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return null;
  const now = localTime(at, timeZone);
  const minute = now.hour * 60 + now.minute;
  const overnight = start > end;
  const quietNow = overnight ? minute >= start || minute < end : minute >= start && minute < end;
  if (!quietNow) return null;
  // Before midnight in an overnight window, the quiet hours end tomorrow.
  const nextDay = overnight && minute >= start;
  const day = new Date(Date.UTC(now.year, now.month - 1, now.day + (nextDay ? 1 : 0)));
  return zonedToUtc(
    { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: Math.floor(end / 60), minute: end % 60 },
    timeZone,
  );
}

/** '2026-11-02 08:00 Europe/Warsaw': how a moved send is logged, in the customer's own time. */
export function formatLocal(at: Date, timeZone: string): string {
  const l = localTime(at, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${l.year}-${pad(l.month)}-${pad(l.day)} ${pad(l.hour)}:${pad(l.minute)} ${timeZone}`;
}
