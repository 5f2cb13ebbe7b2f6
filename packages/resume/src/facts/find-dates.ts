const MONTH =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const YEAR = "(?:19|20)\\d{2}";
const MONTH_NUMBER = "(?:0?[1-9]|1[0-2])";
// 2021.03, 2021-03, 2021/3, 2021.03.15; 2021년 3월; Mar 2021, March. 2021.
const NUMERIC = `${YEAR}\\s*[./-]\\s*${MONTH_NUMBER}(?:\\s*[./-]\\s*\\d{1,2})?(?![\\d])\\.?`;
const KOREAN = `${YEAR}\\s*년(?:\\s*${MONTH_NUMBER}\\s*월)?`;
const ENGLISH = `(?:${MONTH}|spring|summer|fall|autumn|winter)\\.?\\s+${YEAR}`;
// 03/2021, 3.2021 (month first, as American and European resumes write it).
// 01/03/2021 (day first, as Europass writes it) is read as its month.
const MONTH_FIRST = `(?:(?:0?[1-9]|[12]\\d|3[01])/)?${MONTH_NUMBER}\\s*[./]\\s*${YEAR}`;
const POINT = `(?:${KOREAN}|${ENGLISH}|${MONTH_FIRST}|${NUMERIC}|${YEAR})`;
const OPEN_END = "현재|재직\\s*중|진행\\s*중|present|now|current|today|ongoing";
// "2020.07 2021.12", "2022.01 현재": year-month points side by side are a range whose dash the font
// did not draw.
const RANGE = `${POINT}\\s*(?:[-–—~→]|to|부터)\\s*(?:${POINT}|${OPEN_END})(?:\\s*까지)?|${NUMERIC}\\s+(?:${NUMERIC}|${OPEN_END})`;
// "21.03 ~ 23.02", "22.9 - 현재": two-digit years with months, read only as a range (alone "21.03" is a
// number as often as a date).
// "Mar '22 – Present": a month with an apostrophised two-digit year, as American resumes shorten it.
const SHORT_POINT = `(?:['’]?\\d{2}\\s*(?:[./]\\s*${MONTH_NUMBER}|년\\s*${MONTH_NUMBER}\\s*월)|(?:${MONTH})\\.?\\s*['’]\\d{2})(?![\\d])`;
const SHORT_RANGE = `${SHORT_POINT}\\s*(?:[-–—~→]|부터)\\s*(?:${SHORT_POINT}|${OPEN_END})`;
// "May–Aug 2023": two months of one year.
const MONTHS_OF_YEAR = `(?:${MONTH})\\.?\\s*[-–—]\\s*(?:${MONTH})\\.?\\s+${YEAR}`;
// A bare year alone is too often a number ("2000 customers"), so single dates need a month or 년.
const SINGLE = `${KOREAN}|${ENGLISH}|${MONTH_FIRST}|${NUMERIC}`;

const DATE = new RegExp(
  `(?<![\\d.'’])(?:${RANGE}|${SHORT_RANGE}|${MONTHS_OF_YEAR}|${SINGLE})(?![\\d])`,
  "giu",
);

/** Dates and date ranges as written, in order, without repeats ("2021.03 - 현재", "Mar 2021 – Present"). */
export function findDates(text: string): string[] {
  const found = [...text.matchAll(DATE)].map((match) =>
    match[0].replace(/\s+/g, " ").replace(/\.$/, "").trim(),
  );
  return [...new Set(found)];
}

/** The opening point of a date range as written ("2021-03" of "2021-03 ~ 2023-02"), or null. */
export function rangeStart(range: string): string | null {
  return new RegExp(`^(?:${SHORT_POINT}|${POINT})`, "iu").exec(range)?.[0] ?? null;
}
