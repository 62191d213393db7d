/**
 * Format a UTC calendar date as `YYYY-MM-DD`, or `null` when the parts do not make a real date.
 *
 * @example
 *   isoDate(2025, 9, 3) // '2025-09-03'
 */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Add days to a `YYYY-MM-DD` date.
 *
 * @example
 *   addDays('2025-09-03', -1) // '2025-09-02'
 */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Day of the week of a `YYYY-MM-DD` date, 0 for Sunday. */
export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/**
 * Whether a date, as the pipeline writes dates, names a whole day (`YYYY-MM-DD`), not a month,
 * a year, a day of an unknown year (`--05-04`) or a weekday (`~1`).
 *
 * @example
 *   isDay('2025-09-03') // true
 *   isDay('2025-09') // false
 */
export function isDay(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date);
}
