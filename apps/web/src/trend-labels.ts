/** The UI language may be a full tag such as "en-US" when it comes from the browser. */
const localeFor = (language: string) => (language.startsWith("en") ? "en-US" : "ko-KR");

const dayKey = (date: Date) => `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;

/**
 * Axis labels for points in time: the day ("12월 5일") when a day holds one point, the day and time
 * ("12월 5일 14:05") when it holds several, so no two points of a chart read the same. Points in the
 * same minute get their number ("#3") as a last resort.
 */
export function trendLabels(isoDates: readonly string[], language: string): string[] {
  const dates = isoDates.map((iso) => new Date(iso));
  const perDay = new Map<string, number>();
  for (const date of dates) perDay.set(dayKey(date), (perDay.get(dayKey(date)) ?? 0) + 1);
  const locale = localeFor(language);
  const day = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric" });
  const dayTime = new Intl.DateTimeFormat(locale, {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const labels = dates.map((date, i) => {
    if (Number.isNaN(date.getTime())) return `#${i + 1}`;
    return (perDay.get(dayKey(date)) ?? 0) > 1 ? dayTime.format(date) : day.format(date);
  });
  const seen = new Map<string, number>();
  for (const label of labels) seen.set(label, (seen.get(label) ?? 0) + 1);
  return labels.map((label, i) => ((seen.get(label) ?? 0) > 1 ? `${label} #${i + 1}` : label));
}
