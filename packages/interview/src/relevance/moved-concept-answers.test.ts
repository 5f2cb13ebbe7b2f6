import type { Language } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { evaluateAnswer } from "../evaluation/evaluate-answer";

const evaluate = (question: string, answer: string, language: Language) =>
  evaluateAnswer({ question, answer, language, category: "technical" });

/** Strong explanations of one concept, each moved to a question about a common, unrelated one. */
const INDEX_KO =
  "인덱스는 테이블의 특정 컬럼 값을 정렬된 구조로 따로 저장해서 검색을 빠르게 하는 자료구조입니다. 보통 B트리로 구현되어 조회가 로그 시간에 끝납니다. 대신 삽입과 수정 때마다 인덱스도 갱신해야 해서 쓰기 비용이 늘어납니다.";
const TRANSACTION_KO =
  "트랜잭션은 여러 작업을 하나로 묶어 모두 성공하거나 모두 실패하게 만드는 단위입니다. 원자성, 일관성, 격리성, 지속성을 보장해야 하고, 격리 수준을 높이면 안전하지만 동시 처리량이 떨어집니다. 예를 들어 계좌 이체에서 출금과 입금이 함께 처리되어야 돈이 사라지지 않습니다.";

describe("a strong answer about another common concept is off topic", () => {
  it("an index explained to '캐시가 어떻게 동작하나요' (one shared word, '갱신', is chance)", () => {
    const e = evaluate("캐시가 어떻게 동작하는지 설명해 주세요.", INDEX_KO, "ko");
    expect(e.flags).toContain("off_topic");
    expect(e.total).toBeLessThanOrEqual(12);
  });

  it("a transaction explained to a load-balancing question", () => {
    expect(evaluate("로드 밸런싱이 무엇인지 설명해 주세요.", TRANSACTION_KO, "ko").flags).toContain(
      "off_topic",
    );
  });

  it("the same answers stay on topic for their own questions", () => {
    expect(evaluate("데이터베이스 인덱스가 무엇인지 설명해 주세요.", INDEX_KO, "ko").flags).toEqual([]);
    expect(evaluate("트랜잭션이 무엇인지 말씀해 주세요.", TRANSACTION_KO, "ko").flags).toEqual([]);
  });

  it("genuine answers that name the concept are not flagged", () => {
    const genuine: [string, string, Language][] = [
      [
        "캐시가 어떻게 동작하는지 설명해 주세요.",
        "캐시는 자주 쓰는 데이터를 메모리처럼 빠른 저장소에 복사해 두고, 같은 요청이 오면 원본 대신 거기서 바로 돌려주는 방식입니다. 없으면 원본에서 읽어 와 저장하고, 공간이 부족하면 LRU 같은 정책으로 오래된 항목을 지웁니다.",
        "ko",
      ],
      [
        "Explain how a cache works.",
        "A cache keeps copies of recently used data in faster storage, like memory, so repeated reads skip the slow source. On a miss we fetch from the database and store it; an eviction policy such as LRU drops old entries and a TTL keeps data from going stale.",
        "en",
      ],
    ];
    for (const [question, answer, language] of genuine)
      expect(evaluate(question, answer, language).flags, answer).not.toContain("off_topic");
  });
});
