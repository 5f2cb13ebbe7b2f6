import {
  englishDecimal,
  englishNumber,
  englishOrdinal,
  englishYear,
  spelledEnglish,
} from "./english-numbers";
import { ENGLISH_TECH_TERMS, termPattern } from "./tech-terms";

/** Units after a number: [singular, plural]. */
const UNITS: Record<string, [string, string]> = {
  ms: ["millisecond", "milliseconds"],
  msec: ["millisecond", "milliseconds"],
  μs: ["microsecond", "microseconds"],
  us: ["microsecond", "microseconds"],
  ns: ["nanosecond", "nanoseconds"],
  s: ["second", "seconds"],
  sec: ["second", "seconds"],
  secs: ["second", "seconds"],
  min: ["minute", "minutes"],
  mins: ["minute", "minutes"],
  h: ["hour", "hours"],
  hr: ["hour", "hours"],
  hrs: ["hour", "hours"],
  "%": ["percent", "percent"],
  x: ["times", "times"],
  X: ["times", "times"],
  "×": ["times", "times"],
  KB: ["kilobyte", "kilobytes"],
  kB: ["kilobyte", "kilobytes"],
  MB: ["megabyte", "megabytes"],
  GB: ["gigabyte", "gigabytes"],
  TB: ["terabyte", "terabytes"],
  Mbps: ["megabit per second", "megabits per second"],
  Gbps: ["gigabit per second", "gigabits per second"],
  Hz: ["hertz", "hertz"],
  kHz: ["kilohertz", "kilohertz"],
  MHz: ["megahertz", "megahertz"],
  GHz: ["gigahertz", "gigahertz"],
  rps: ["request per second", "requests per second"],
  RPS: ["request per second", "requests per second"],
  qps: ["query per second", "queries per second"],
  QPS: ["query per second", "queries per second"],
  tps: ["transaction per second", "transactions per second"],
  TPS: ["transaction per second", "transactions per second"],
  km: ["kilometer", "kilometers"],
  kg: ["kilogram", "kilograms"],
};
const SCALES: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, B: 1e9 };
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const UNIT_KEYS = [...Object.keys(UNITS), ...Object.keys(SCALES)].sort((a, b) => b.length - a.length);
const UNIT = `(?:${UNIT_KEYS.map(escapeRegExp).join("|")})(?![A-Za-z])`;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;
const TERMS = termPattern(ENGLISH_TECH_TERMS);
const PHONE = /(?<![\d-])(\d{2,4})-(\d{3,4})-(\d{4})(?![\d-])/g;
const ISO_DATE = /(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])/g;
const CLOCK = /(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g;
const VERSION = /(?<![\w.])([vV]\.?\s?)?(\d+(?:\.\d+){2,})(?![\w.])|(?<![\w.])[vV](\d+(?:\.\d+)?)(?![\w.])/g;
const LETTER_NUMBER = /(?<![A-Za-z0-9])([A-Za-z])(\d{1,4})(?![A-Za-z0-9.])/g;
const ORDINAL = /(?<![\d.])(\d+)(st|nd|rd|th)(?![A-Za-z])/g;
const YEAR =
  /(?<=\b(?:in|since|from|until|by|of|year|early|late|mid|before|after)\s)(1[1-9]\d\d|20\d\d)(?![\d,.%])/gi;
const RANGE = new RegExp(
  `(?<![\\d.,])${NUMBER}(?:\\s*(${UNIT}))?\\s*(?:[~〜–]|\\bto\\b)\\s*${NUMBER}(?:\\s*(${UNIT}))?`,
  "g",
);
const COUNTED = new RegExp(`(?<![\\d.,])(?:(?<=^|[\\s(\\[])(-))?${NUMBER}(?:\\s*(${UNIT}))?`, "g");

function readNumber(
  sign: string | undefined,
  whole: string,
  fraction: string | undefined,
  unit?: string,
): string {
  const digits = whole.replace(/,/g, "");
  const minus = sign ? "minus " : "";
  const factor = unit ? SCALES[unit] : undefined;
  if (factor) {
    const value = Number(fraction === undefined ? digits : `${digits}.${fraction}`) * factor;
    if (Number.isSafeInteger(value)) return minus + englishNumber(String(value));
  }
  if (/^0\d/.test(digits) && fraction === undefined) return minus + spelledEnglish(digits);
  const words = fraction === undefined ? englishNumber(digits) : englishDecimal(digits, fraction);
  const names = unit ? UNITS[unit] : undefined;
  if (!names) return minus + words;
  const one = digits === "1" && fraction === undefined && !sign;
  return `${minus}${words} ${one ? names[0] : names[1]}`;
}

/**
 * English text as a voice should say it: 2.8s -> two point eight seconds, 240 ms -> two hundred
 * forty milliseconds, 5x -> five times, 3~5 -> three to five, p95 -> P ninety-five, v1.2.3 ->
 * version one point two point three, dates, times, ordinals, phone numbers and large numbers.
 */
export function englishSpokenForm(text: string): string {
  return text
    .replace(TERMS, (term) => ENGLISH_TECH_TERMS[term.toLowerCase()] ?? term)
    .replace(PHONE, (_m, a: string, b: string, c: string) => [a, b, c].map(spelledEnglish).join(", "))
    .replace(ISO_DATE, (m, y: string, mo: string, d: string) =>
      Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31
        ? `${MONTHS[Number(mo) - 1]} ${englishOrdinal(String(Number(d)))}, ${englishYear(y)}`
        : m,
    )
    .replace(CLOCK, (_m, h: string, mi: string) => {
      const hour = englishNumber(String(Number(h)));
      if (mi === "00") return `${hour} o'clock`;
      return `${hour} ${Number(mi) < 10 ? `oh ${englishNumber(mi)}` : englishNumber(mi)}`;
    })
    .replace(VERSION, (_m, v: string | undefined, dotted: string | undefined, short: string | undefined) => {
      const parts = (dotted ?? short ?? "").split(".").map((p) => englishNumber(p));
      return `${v || short ? "version " : ""}${parts.join(" point ")}`;
    })
    .replace(
      LETTER_NUMBER,
      (_m, letter: string, digits: string) => `${letter.toUpperCase()} ${englishNumber(digits)}`,
    )
    .replace(ORDINAL, (_m, digits: string) => englishOrdinal(digits))
    .replace(YEAR, (year) => englishYear(year))
    .replace(
      RANGE,
      (
        _m,
        w1: string,
        f1: string | undefined,
        u1: string | undefined,
        w2: string,
        f2: string | undefined,
        u2: string | undefined,
      ) => {
        const first =
          u1 && u1 !== u2
            ? readNumber(undefined, w1, f1, u1)
            : readNumber(undefined, w1, f1, SCALES[u2 ?? ""] ? u2 : undefined);
        return `${first} to ${readNumber(undefined, w2, f2, u2 ?? u1)}`;
      },
    )
    .replace(
      COUNTED,
      (_m, sign: string | undefined, whole: string, fraction: string | undefined, unit?: string) =>
        readNumber(sign, whole, fraction, unit),
    )
    .replace(/%/g, " percent")
    .replace(/&/g, " and ")
    .replace(/[~〜]/g, " ")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}
