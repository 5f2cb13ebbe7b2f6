import { describe, expect, it } from "vitest";
import { revealsBlindHiringInfo } from "./blind-hiring";

describe("blind-hiring mentions", () => {
  it.each([
    "저는 대전에서 태어나서 쭉 거기서 지냈습니다.",
    "광주 토박이라 지역 서비스에 애정이 많습니다.",
    "올해로 서른두 살이 되었습니다.",
    "스무 살 때부터 코딩을 했습니다.",
    "저는 30대 초반이고 개발 경력은 6년입니다.",
    "전남대 다니면서 동아리 활동을 했습니다.",
    "경북대 졸업 후 바로 입사했습니다.",
    "As a father of three, I value predictable schedules.",
    "I'm a single mom, so I plan my week carefully.",
    "I did my bachelor's at Purdue before joining.",
    "My daughter was born that year, so I moved to part time.",
    "I studied there while at the University of Michigan.",
    "아이가 둘 있어서 시간 관리가 중요합니다.",
    "저는 스물여덟이고 3년 차 개발자입니다.",
    "I have two kids, so I plan my week carefully.",
  ])("flags: %s", (text) => expect(revealsBlindHiringInfo(text)).toBe(true));

  it.each([
    "대규모 트래픽을 처리했습니다.",
    "초당 수천 대 트래픽을 받았습니다.",
    "30대 서버를 운영했습니다.",
    "사용자 대부분이 20대 후반이었습니다.",
    "절대 다닐 수 없는 길이었습니다.",
    "오류가 특정 두 구역에서 나고 있었습니다.",
    "We trained a family of models for ranking.",
    "The degree of parallelism in Spark was too low.",
    "Users could sign up as a parent or as a tutor.",
    "이 모델은 스물 개 정도 피처를 씁니다.",
    "결제 API에 장애가 있었습니다.",
    "육아 앱 서비스를 만들었습니다.",
    "I have a few kids' apps in my portfolio.",
  ])("does not flag: %s", (text) => expect(revealsBlindHiringInfo(text)).toBe(false));
});
