import { describe, expect, it } from "vitest";
import { QUESTION_FILES } from "../bank/question-bank";
import { matchesCue, matchingCues, prepareCues, prepareCueText } from "./match-cue";

const EVERY_CUE = [
  ...new Set(
    QUESTION_FILES.flatMap((file) =>
      file.questions.flatMap((q) => q.talkingPoints ?? []).flatMap((p) => p.cues),
    ),
  ),
];

const TEXTS = [
  "인덱스를 B-Tree로 만들면 조회가 빨라지지만, 쓰기 비용과 저장 공간이 늘어납니다. 실행 계획을 EXPLAIN으로 확인했어요.",
  "팀원과 의견이 부딪혔을 때 데이터를 가져와 설득했고, 배포 주기를 2주에서 3일로 줄였습니다.",
  "I led the migration to Kafka; p95 latency went from 1.2 s to 240 ms, and the on-call load fell by half.",
  "Our team disagreed about write costs, so I ran a load test and it's indexes that made reads faster.",
  "it led to a and of i a",
];

describe("matching many cues at once", () => {
  it("finds exactly the cues that matchesCue finds, in both languages", () => {
    let matched = 0;
    for (const raw of TEXTS) {
      const text = prepareCueText(raw);
      const expected = EVERY_CUE.filter((cue) => matchesCue(text, cue));
      expect([...matchingCues(text, prepareCues(EVERY_CUE))].sort()).toEqual(expected.sort());
      matched += expected.length;
    }
    // Not a comparison of two empty sets: the texts name many talking points.
    expect(matched).toBeGreaterThan(40);
  });
});
