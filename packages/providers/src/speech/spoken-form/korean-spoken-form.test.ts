import { describe, expect, it } from "vitest";
import { nativeKorean, sinoKorean } from "./korean-numbers";
import { koreanSpokenForm as say } from "./korean-spoken-form";

describe("Korean numbers", () => {
  it.each([
    ["0", "영"],
    ["1", "일"],
    ["10", "십"],
    ["13", "십삼"],
    ["100", "백"],
    ["110", "백십"],
    ["1001", "천일"],
    ["2024", "이천이십사"],
    ["10000", "만"],
    ["10001", "만일"],
    ["21000", "이만천"],
    ["1200000", "백이십만"],
    ["100000000", "일억"],
    ["300000005", "삼억오"],
    ["1000000000000", "일조"],
  ])("sino-Korean %s -> %s", (digits, words) => expect(sinoKorean(digits)).toBe(words));

  it("native Korean before a counter shortens 1-4 and 20, and stops at 99", () => {
    expect([1, 2, 3, 4, 5, 11, 20, 21, 34, 99].map((n) => nativeKorean(n, true))).toEqual([
      "한",
      "두",
      "세",
      "네",
      "다섯",
      "열한",
      "스무",
      "스물한",
      "서른네",
      "아흔아홉",
    ]);
    expect(nativeKorean(20, false)).toBe("스물");
    expect(nativeKorean(100, true)).toBeNull();
    expect(nativeKorean(0, true)).toBeNull();
  });
});

describe("Korean spoken form", () => {
  it.each([
    // Native counters up to 99, sino-Korean for the rest.
    ["팀원 3명과 함께", "팀원 세 명과 함께"],
    ["1명", "한 명"],
    ["20명이", "스무 명이"],
    ["24명", "스물네 명"],
    ["150명", "백오십 명"],
    ["서버 4대", "서버 네 대"],
    ["2시간 동안", "두 시간 동안"],
    ["3번 시도", "세 번 시도"],
    ["5가지", "다섯 가지"],
    ["13년 동안", "십삼 년 동안"],
    ["3개월", "삼 개월"],
    ["6월", "유월"],
    ["10월", "시월"],
    ["3분", "삼 분"],
    ["15초", "십오 초"],
    ["5천 원", "오천 원"],
    ["3만 명", "삼만 명"],
  ])("%s -> %s", (text, spoken) => expect(say(text)).toBe(spoken));

  it.each([
    ["응답 시간을 2.8초에서 0.4초로", "응답 시간을 이 점 팔 초에서 영 점 사 초로"],
    ["1.5시간", "일 점 오 시간"],
    ["3.14", "삼 점 일사"],
  ])("decimals: %s -> %s", (text, spoken) => expect(say(text)).toBe(spoken));

  it.each([
    ["240ms", "이백사십 밀리초"],
    ["240 ms", "이백사십 밀리초"],
    ["30%", "삼십 퍼센트"],
    ["16GB", "십육 기가바이트"],
    ["5x 빨라졌습니다", "다섯 배 빨라졌습니다"],
    ["2.8s", "이 점 팔 초"],
    ["3h", "세 시간"],
    ["10k 요청", "만 요청"],
    ["1.5M", "백오십만"],
    ["1,000 TPS", "천 티피에스"],
  ])("units and symbols: %s -> %s", (text, spoken) => expect(say(text)).toBe(spoken));

  it.each([
    ["API를 설계했습니다", "에이피아이를 설계했습니다"],
    ["Redis 캐시", "레디스 캐시"],
    ["redis", "레디스"],
    ["p95 지연", "피구십오 지연"],
    ["p99가", "피구십구가"],
    ["Kafka와 Kubernetes", "카프카와 쿠버네티스"],
    ["SLA를", "에스엘에이를"],
    ["CI/CD 파이프라인", "씨아이 씨디 파이프라인"],
    ["Node.js 서버", "노드제이에스 서버"],
  ])("tech terms and acronyms: %s -> %s", (text, spoken) => expect(say(text)).toBe(spoken));

  it.each([
    ["3~5명", "세 명에서 다섯 명"],
    ["3~5", "삼에서 오"],
    ["10~20%", "십 퍼센트에서 이십 퍼센트"],
    ["2.5~3초", "이 점 오 초에서 삼 초"],
  ])("ranges: %s -> %s", (text, spoken) => expect(say(text)).toBe(spoken));

  it.each([
    ["2024-06-10에", "이천이십사 년 유월 십 일에"],
    ["2023.10.01", "이천이십삼 년 시월 일 일"],
    ["v1.2.3 배포", "버전 일 점 이 점 삼 배포"],
    ["1.2.3", "일 점 이 점 삼"],
    ["010-1234-5678", "공일공, 일이삼사, 오육칠팔"],
    ["1,200,000원", "백이십만 원"],
    ["1200000", "백이십만"],
    ["-5도", "마이너스 오 도"],
    ["영하 -3.5%", "영하 마이너스 삼 점 오 퍼센트"],
    ["14:30에", "열네 시 삼십 분에"],
    ["007", "공공칠"],
    ["2024년 3분기", "이천이십사 년 삼 분기"],
  ])("adversarial: %s -> %s", (text, spoken) => expect(say(text)).toBe(spoken));

  it("keeps text without numbers or terms as it is", () => {
    expect(say("자기소개를 부탁드립니다.")).toBe("자기소개를 부탁드립니다.");
    expect(say("")).toBe("");
  });
});
