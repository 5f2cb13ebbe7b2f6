const ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES = ["", "thousand", "million", "billion", "trillion", "quadrillion"];

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds) parts.push(`${ONES[hundreds]} hundred`);
  if (rest >= 20) parts.push(TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${ONES[rest % 10]}` : ""));
  else if (rest) parts.push(ONES[rest]!);
  return parts.join(" ");
}

/** A whole number in words: 1200000 -> one million two hundred thousand. */
export function englishNumber(digits: string): string {
  const value = digits.replace(/^0+(?=\d)/, "");
  if (/^0+$/.test(value)) return "zero";
  if (value.length > 18) return spelledEnglish(value);
  const groups: number[] = [];
  for (let end = value.length; end > 0; end -= 3)
    groups.unshift(Number(value.slice(Math.max(0, end - 3), end)));
  return groups
    .map((group, i) => (group ? `${belowThousand(group)} ${SCALES[groups.length - 1 - i]}`.trim() : ""))
    .filter(Boolean)
    .join(" ");
}

/** Digit by digit: 010 -> zero one zero. */
export function spelledEnglish(digits: string): string {
  return [...digits].map((d) => ONES[Number(d)] ?? d).join(" ");
}

export function englishDecimal(whole: string, fraction: string): string {
  return `${englishNumber(whole)} point ${spelledEnglish(fraction)}`;
}

const ORDINAL_WORDS: Record<string, string> = {
  one: "first",
  two: "second",
  three: "third",
  five: "fifth",
  eight: "eighth",
  nine: "ninth",
  twelve: "twelfth",
};

/** 1 -> first, 22 -> twenty-second. */
export function englishOrdinal(digits: string): string {
  const words = englishNumber(digits);
  return words.replace(/([a-z]+)$/, (last) => {
    if (ORDINAL_WORDS[last]) return ORDINAL_WORDS[last]!;
    if (last.endsWith("y")) return `${last.slice(0, -1)}ieth`;
    return `${last}th`;
  });
}

/** A year as people say it: 2024 -> twenty twenty-four, 1999 -> nineteen ninety-nine, 2000 -> two thousand. */
export function englishYear(year: string): string {
  const n = Number(year);
  if (n % 1000 < 10 || n < 1100 || n > 2099) return englishNumber(year);
  const high = Math.floor(n / 100);
  const low = n % 100;
  return `${englishNumber(String(high))} ${low === 0 ? "hundred" : low < 10 ? `oh ${ONES[low]}` : englishNumber(String(low))}`;
}
