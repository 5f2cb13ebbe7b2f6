import { ALL_COUNTERS, KOREAN_UNITS, readCounted } from "./korean-counters";
import { sinoDecimal, sinoKorean, spelledDigits } from "./korean-numbers";
import { KOREAN_TECH_TERMS, spellKorean, termPattern } from "./tech-terms";

const TERMS = termPattern(KOREAN_TECH_TERMS);
const UNIT_KEYS = Object.keys(KOREAN_UNITS).sort((a, b) => b.length - a.length);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A Latin or symbol unit right after a number (240ms, 240 ms, 5x, 30%), not the start of a word. */
const UNIT = `(?:${UNIT_KEYS.map(escapeRegExp).join("|")})(?![A-Za-z])`;
const COUNTER = `(?:${ALL_COUNTERS.join("|")})`;
/** 1,200,000 or 1200000, with an optional decimal part. */
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;

const PHONE = /(?<![\d-])(0\d{1,2})-(\d{3,4})-(\d{4})(?![\d-])/g;
const ISO_DATE = /(?<![\d.])(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?![\d.])/g;
const CLOCK = /(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g;
const VERSION = /(?<![\w.])([vV]\.?\s?)?(\d+(?:\.\d+){2,})(?![\w.])|(?<![\w.])[vV](\d+(?:\.\d+)?)(?![\w.])/g;
const LETTER_NUMBER = /(?<![A-Za-z0-9])([A-Za-z])(\d{1,4})(?![A-Za-z0-9.])/g;
const RANGE = new RegExp(
  `(?<![\\d.,])-?${NUMBER}(?:\\s*(${UNIT}|${COUNTER}))?\\s*[~〜–]\\s*-?${NUMBER}(?:\\s*(${UNIT}|${COUNTER}))?`,
  "g",
);
const COUNTED = new RegExp(
  `(?<![\\d.,])(?:(?<=^|[\\s(\\[])(-))?${NUMBER}(?:\\s*(${UNIT})|(${COUNTER}))?`,
  "g",
);
const ACRONYM = /(?<![A-Za-z])([A-Z]{2,6})s?(?![A-Za-z])/g;

/** A number (maybe signed) with its counter or unit, as words. */
function readNumber(
  sign: string | undefined,
  whole: string,
  fraction: string | undefined,
  unit?: string,
): string {
  const scaled = scale(whole.replace(/,/g, ""), fraction, unit);
  if (scaled) return readNumber(sign, scaled, undefined);
  const digits = whole.replace(/,/g, "");
  const counter = unit === undefined ? "" : (KOREAN_UNITS[unit] ?? unit);
  const minus = sign ? "마이너스 " : "";
  // A code with leading zeros (007) is read digit by digit.
  if (/^0\d/.test(digits) && fraction === undefined)
    return `${minus}${spelledDigits(digits)} ${counter}`.trim();
  if (!counter) return minus + (fraction === undefined ? sinoKorean(digits) : sinoDecimal(digits, fraction));
  return minus + readCounted(digits, fraction, counter);
}

const SCALES: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6 };

/** 10k -> 10000, 1.5M -> 1500000: the number a short scale letter stands for, when whole. */
function scale(whole: string, fraction: string | undefined, unit: string | undefined): string | null {
  const factor = unit ? SCALES[unit] : undefined;
  if (!factor) return null;
  const value = Number(fraction === undefined ? whole : `${whole}.${fraction}`) * factor;
  return Number.isSafeInteger(value) ? String(value) : null;
}

function readRange(match: string, ...groups: (string | undefined)[]): string {
  const [w1, f1, u1, w2, f2, u2] = groups;
  const unit = u2 ?? u1;
  const sign1 = match.trimStart().startsWith("-") ? "-" : undefined;
  const sign2 = /[~〜–]\s*-/.test(match) ? "-" : undefined;
  return `${readNumber(sign1, w1!, f1, unit)}에서 ${readNumber(sign2, w2!, f2, unit)}`;
}

/**
 * Korean text as a Korean voice should say it: numbers with the right counters (3명 -> 세 명,
 * 13년 -> 십삼 년), decimals (2.8초 -> 이 점 팔 초), units and symbols (240ms -> 이백사십 밀리초),
 * ranges (3~5 -> 삼에서 오), dates, times, versions, phone numbers, and technical terms and
 * acronyms as an interviewer says them (API -> 에이피아이, p95 -> 피구십오).
 */
export function koreanSpokenForm(text: string): string {
  return text
    .replace(TERMS, (term) => KOREAN_TECH_TERMS[term.toLowerCase()] ?? term)
    .replace(
      PHONE,
      (_m, a: string, b: string, c: string) =>
        `${spelledDigits(a)}, ${spelledDigits(b)}, ${spelledDigits(c)}`,
    )
    .replace(ISO_DATE, (_m, y: string, mo: string, d: string) =>
      Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31
        ? `${y}년 ${Number(mo)}월 ${Number(d)}일`
        : _m,
    )
    .replace(CLOCK, (_m, h: string, mi: string) =>
      Number(mi) === 0 ? `${Number(h)}시` : `${Number(h)}시 ${Number(mi)}분`,
    )
    .replace(VERSION, (_m, v: string | undefined, dotted: string | undefined, short: string | undefined) => {
      const parts = (dotted ?? short ?? "").split(".").map((p) => sinoKorean(p));
      return `${v || short ? "버전 " : ""}${parts.join(" 점 ")}`;
    })
    .replace(
      LETTER_NUMBER,
      (_m, letter: string, digits: string) => `${spellKorean(letter)}${sinoKorean(digits)}`,
    )
    .replace(RANGE, readRange)
    .replace(
      COUNTED,
      (
        _m,
        sign: string | undefined,
        whole: string,
        fraction: string | undefined,
        unit?: string,
        counter?: string,
      ) => {
        const spoken = readNumber(sign, whole, fraction, unit ?? counter);
        // A Korean counter stays joined to what follows it (세 명이); a unit word is its own word.
        return spoken;
      },
    )
    .replace(ACRONYM, (_m, letters: string) => spellKorean(letters))
    .replace(/%/g, " 퍼센트")
    .replace(/&/g, " 앤 ")
    .replace(/\+/g, " 플러스 ")
    .replace(/[~〜]/g, " ")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}
