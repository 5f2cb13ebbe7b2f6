import { findDates, rangeStart } from "./find-dates";

/** A span of months (year * 12 + month index), open ends far in the future. */
export interface MonthRange {
  start: number;
  end: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const OPEN = /현재|재직|진행|present|now|current|today|ongoing/i;

function month(point: string, isEnd: boolean): number | null {
  if (OPEN.test(point)) return 9999 * 12;
  const short = /^\s*['’]?(\d{2})\s*(?:[./]|년)\s*(\d{1,2})\s*월?\s*$/.exec(point);
  // "21.03": two-digit years read as the nearest century that is not in the future (98 → 1998).
  if (short) return (Number(short[1]) > 50 ? 1900 : 2000) * 12 + Number(short[1]) * 12 + Number(short[2]) - 1;
  // "Mar '22": a named month with a two-digit year.
  const named2 = /^\s*([a-z]{3})[a-z]*\.?\s*['’](\d{2})\s*$/i.exec(point);
  const index2 = named2 ? MONTHS.indexOf(named2[1]!.toLowerCase()) : -1;
  if (named2 && index2 >= 0)
    return (Number(named2[2]) > 50 ? 1900 : 2000) * 12 + Number(named2[2]) * 12 + index2;
  const year = /(?:19|20)\d{2}/.exec(point);
  if (!year) return null;
  const rest = point.replace(year[0], " ");
  // The month written first opens a span, the one written last closes it ("May–Aug 2023").
  const at = MONTHS.map((name) =>
    isEnd ? rest.toLowerCase().lastIndexOf(name) : rest.toLowerCase().indexOf(name),
  );
  const written = at.filter((i) => i >= 0);
  const named = written.length ? at.indexOf(isEnd ? Math.max(...written) : Math.min(...written)) : -1;
  const numbered = /(?:^|[^\d])(0?[1-9]|1[0-2])(?!\d)/.exec(rest);
  const index = named >= 0 ? named : numbered ? Number(numbered[1]) - 1 : isEnd ? 11 : 0;
  return Number(year[0]) * 12 + index;
}

/** The first date or date range in a line ("2021.03 - 현재", "Mar 2021 – Present", "(2023)"), or null. */
export function firstRange(line: string): { text: string; range: MonthRange } | null {
  const text = findDates(line)[0] ?? /\(((?:19|20)\d{2})\)|(?:^|\s)((?:19|20)\d{2})$/.exec(line)?.[0]?.trim();
  if (!text) return null;
  // Split after the opening point, not at the first dash: "2021-03 ~ 2023-02".
  const from = rangeStart(text) ?? text;
  const to =
    text
      .slice(from.length)
      .replace(/^\s*(?:[-–—~→]|to\b|부터)\s*/i, "")
      .trim() || undefined;
  const start = month(from, false);
  const end = to ? month(to, true) : month(from, true);
  return start === null || end === null
    ? null
    : { text: text.replace(/^\(|\)$/g, ""), range: { start, end } };
}

export const within = (inner: MonthRange, outer: MonthRange) =>
  inner.start >= outer.start && inner.end <= outer.end;
