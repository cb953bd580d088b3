/**
 * The longest gap, in days, between two runs of an SSM schedule expression
 * (maintenance window Schedule or association ScheduleExpression): `rate(…)`,
 * six-field `cron(…)`, or `at(…)` (runs once: Infinity). Undefined when the
 * expression cannot be read. Gaps are upper bounds: a monthly run is 31 days,
 * a run on the 30th is assumed to skip February.
 */
export function longestGapDays(expression: string): number | undefined {
  const e = expression.trim();
  if (/^at\(/i.test(e)) return Infinity;
  const rate = /^rate\(\s*(\d+)\s+(minute|minutes|hour|hours|day|days)\s*\)$/i.exec(e);
  if (rate) {
    const n = Number(rate[1]);
    const unit = rate[2].toLowerCase();
    return unit.startsWith('minute') ? n / 1440 : unit.startsWith('hour') ? n / 24 : n;
  }
  const cron = /^cron\((.*)\)$/i.exec(e);
  if (!cron) return undefined;
  const fields = cron[1].trim().split(/\s+/);
  if (fields.length !== 6) return undefined;
  const [, , dom, month, dow] = fields;
  const months = month === '*' || month === '?' ? undefined : parseSet(month, 1, 12, MONTHS);
  if (months === null) return undefined;
  let days: number | undefined;
  if (dow !== '*' && dow !== '?') {
    // The nth or last weekday of a month runs monthly, up to five weeks apart.
    if (/[#L]/i.test(dow)) days = 35;
    else {
      const weekdays = parseSet(dow, 1, 7, WEEKDAYS);
      if (!weekdays) return undefined;
      days = circularGap(weekdays, 7);
    }
  } else if (dom !== '*' && dom !== '?') {
    if (/[LW]/i.test(dom)) days = 31;
    else {
      const monthDays = parseSet(dom, 1, 31, {});
      if (!monthDays) return undefined;
      // Days past the 28th do not occur every month.
      const always = monthDays.filter((d) => d <= 28);
      days = always.length ? circularGap(always, 31) : 62;
    }
  } else {
    days = 1;
  }
  if (months && months.length < 12) return Math.max(days, circularGap(months, 12) * 31);
  return days;
}

const MONTHS: Record<string, number> = {
  JAN: 1,
  FEB: 2,
  MAR: 3,
  APR: 4,
  MAY: 5,
  JUN: 6,
  JUL: 7,
  AUG: 8,
  SEP: 9,
  OCT: 10,
  NOV: 11,
  DEC: 12,
};
const WEEKDAYS: Record<string, number> = { SUN: 1, MON: 2, TUE: 3, WED: 4, THU: 5, FRI: 6, SAT: 7 };

/** A cron field as a sorted set of values: lists, ranges, steps and names. Null when unreadable. */
function parseSet(field: string, min: number, max: number, names: Record<string, number>): number[] | null {
  const value = (s: string) => (s.toUpperCase() in names ? names[s.toUpperCase()] : /^\d+$/.test(s) ? Number(s) : NaN);
  const out = new Set<number>();
  for (const part of field.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    let from: number;
    let to: number;
    if (range === '*') [from, to] = [min, max];
    else if (range.includes('-')) [from, to] = range.split('-').map(value) as [number, number];
    else [from, to] = [value(range), stepText === undefined ? value(range) : max];
    if (![from, to, step].every(Number.isFinite) || step < 1 || from < min || to > max || from > to) return null;
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return [...out].sort((a, b) => a - b);
}

/** The longest distance between consecutive values on a cycle of `period`. */
function circularGap(values: number[], period: number): number {
  let gap = values[0] + period - values[values.length - 1];
  for (let i = 1; i < values.length; i++) gap = Math.max(gap, values[i] - values[i - 1]);
  return gap;
}
