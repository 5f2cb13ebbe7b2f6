/** Reading numbers aloud in Korean: sino-Korean (일, 이, 삼) and native Korean (하나, 둘, 셋). */

const SINO_DIGITS = ["영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"];
const SMALL_UNITS = ["", "십", "백", "천"];
const LARGE_UNITS = ["", "만", "억", "조", "경"];
/** Digit by digit, as phone numbers and codes are read: 0 is 공. */
const SPELLED_DIGITS = ["공", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"];

/** One group of four digits (0-9999): 1 is silent before 십, 백, 천 ("십", not "일십"). */
function sinoGroup(n: number): string {
  let out = "";
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(n / 10 ** place) % 10;
    if (digit === 0) continue;
    out += (digit === 1 && place > 0 ? "" : (SINO_DIGITS[digit] ?? "")) + (SMALL_UNITS[place] ?? "");
  }
  return out;
}

/** A whole number in sino-Korean: 13 -> 십삼, 10000 -> 만, 1200000 -> 백이십만, 100000000 -> 일억. */
export function sinoKorean(digits: string): string {
  const value = digits.replace(/^0+(?=\d)/, "");
  if (/^0+$/.test(value)) return "영";
  if (value.length > 20) return spelledDigits(value);
  const groups: number[] = [];
  for (let end = value.length; end > 0; end -= 4)
    groups.unshift(Number(value.slice(Math.max(0, end - 4), end)));
  let out = "";
  groups.forEach((group, i) => {
    if (group === 0) return;
    const unit = LARGE_UNITS[groups.length - 1 - i] ?? "";
    // 만 alone, not 일만; but 일억, 일조.
    const words = group === 1 && unit === "만" ? "" : sinoGroup(group);
    out += words + unit;
  });
  return out;
}

/** Digits read one by one: 010 -> 공일공. */
export function spelledDigits(digits: string): string {
  return [...digits].map((d) => SPELLED_DIGITS[Number(d)] ?? d).join("");
}

/** A decimal: 2.8 -> 이 점 팔, 0.25 -> 영 점 이오 (the fraction digit by digit). */
export function sinoDecimal(whole: string, fraction: string): string {
  const fractionWords = [...fraction].map((d) => SINO_DIGITS[Number(d)]).join("");
  return `${sinoKorean(whole)} 점 ${fractionWords}`;
}

const NATIVE_ONES = ["", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉"];
/** Before a counter the first four shorten: 한 명, 두 개, 세 번, 네 시. */
const NATIVE_ONES_BEFORE_COUNTER = ["", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"];
const NATIVE_TENS = ["", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"];

/**
 * 1-99 in native Korean, in the form used before a counter (한, 두, 세, 네, 스무) or standing alone
 * (하나, 둘, 셋, 넷, 스물); null outside 1-99, where Korean counts in sino-Korean numbers.
 */
export function nativeKorean(n: number, beforeCounter: boolean): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 99) return null;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (beforeCounter && n === 20) return "스무";
  const onesWord = (beforeCounter ? NATIVE_ONES_BEFORE_COUNTER : NATIVE_ONES)[ones] ?? "";
  return `${NATIVE_TENS[tens]}${onesWord}`;
}
