import { nativeKorean, sinoDecimal, sinoKorean } from "./korean-numbers";

/**
 * Counters counted with native Korean numbers up to 99 (세 명, 두 시간, 다섯 배); every other
 * counter, and every number past 99, decimal or negative, is read in sino-Korean (십삼 년, 삼 분).
 */
export const NATIVE_COUNTERS = [
  "명",
  "사람",
  "개",
  "살",
  "시간",
  "시",
  "번째",
  "번",
  "마리",
  "권",
  "잔",
  "병",
  "대",
  "장",
  "곳",
  "가지",
  "달",
  "군데",
  "줄",
  "벌",
  "켤레",
  "송이",
  "그루",
  "채",
  "척",
  "통",
  "배",
  "바퀴",
  "걸음",
  "차례",
  "마디",
  "쌍",
] as const;

/** Counters and units read in sino-Korean; listed so that a number directly before them is taken with them. */
export const SINO_COUNTERS = [
  "년",
  "개월",
  "월",
  "일",
  "주",
  "주일",
  "분",
  "초",
  "원",
  "층",
  "호",
  "회",
  "차",
  "등",
  "학년",
  "세",
  "점",
  "위",
  "건",
  "퍼센트",
  "프로",
  "도",
  "년차",
  "만",
  "억",
  "조",
  "페이지",
] as const;

/** Units written as symbols or Latin letters after a number, with their Korean word. */
export const KOREAN_UNITS: Record<string, string> = {
  ms: "밀리초",
  msec: "밀리초",
  μs: "마이크로초",
  us: "마이크로초",
  ns: "나노초",
  s: "초",
  sec: "초",
  secs: "초",
  min: "분",
  mins: "분",
  h: "시간",
  hr: "시간",
  hrs: "시간",
  "%": "퍼센트",
  x: "배",
  X: "배",
  "×": "배",
  B: "바이트",
  KB: "킬로바이트",
  kB: "킬로바이트",
  MB: "메가바이트",
  GB: "기가바이트",
  TB: "테라바이트",
  PB: "페타바이트",
  Kbps: "킬로비피에스",
  Mbps: "메가비피에스",
  Gbps: "기가비피에스",
  Hz: "헤르츠",
  kHz: "킬로헤르츠",
  MHz: "메가헤르츠",
  GHz: "기가헤르츠",
  rps: "알피에스",
  RPS: "알피에스",
  qps: "큐피에스",
  QPS: "큐피에스",
  tps: "티피에스",
  TPS: "티피에스",
  km: "킬로미터",
  cm: "센티미터",
  mm: "밀리미터",
  kg: "킬로그램",
  k: "천",
  K: "천",
  M: "백만",
};

/** Unit words whose count is native Korean (세 시간, 다섯 배), like the native counters. */
const NATIVE_UNIT_WORDS = new Set(["시간", "배"]);
const NATIVE = new Set<string>(NATIVE_COUNTERS);
/** Months with an irregular reading: 유월 (6), 시월 (10). */
const MONTHS: Record<number, string> = { 6: "유", 10: "시" };

/** A number (already without thousands separators) with the counter or unit word after it. */
export function readCounted(whole: string, fraction: string | undefined, counter: string): string {
  if (fraction !== undefined) return `${sinoDecimal(whole, fraction)} ${counter}`.trim();
  const n = Number(whole);
  if (counter === "월" && MONTHS[n]) return `${MONTHS[n]}월`;
  const native = NATIVE.has(counter) || NATIVE_UNIT_WORDS.has(counter) ? nativeKorean(n, true) : null;
  if (counter === "만" && n === 1) return "만";
  if (counter === "만" || counter === "억" || counter === "조") return sinoKorean(whole) + counter;
  return `${native ?? sinoKorean(whole)} ${counter}`.trim();
}

/** Every counter, longest first, so that 시간 wins over 시 and 개월 over 개. */
export const ALL_COUNTERS: readonly string[] = [...new Set([...NATIVE_COUNTERS, ...SINO_COUNTERS])].sort(
  (a, b) => b.length - a.length,
);
