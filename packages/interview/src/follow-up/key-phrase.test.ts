import { describe, expect, it } from "vitest";
import { keyPhrase, quoteTerm } from "./key-phrase";

describe("keyPhrase", () => {
  it("quotes the Korean object with its modifying noun and without its particle", () => {
    expect(keyPhrase("자주 조회되는 상품 정보에는 Redis 캐시를 5분 TTL로 적용했습니다.", "ko")).toBe(
      "Redis 캐시",
    );
    expect(keyPhrase("저희 팀은 결제 모듈을 전환했습니다.", "ko")).toBe("결제 모듈");
  });

  it("skips pronouns and empty words", () => {
    expect(keyPhrase("그래서 저희가 그걸 만들면서 이것저것 했습니다.", "ko")).toBeNull();
  });

  it("quotes an English noun phrase after its determiner, stopping before a preposition", () => {
    expect(keyPhrase("We migrated the checkout service to Kafka.", "en")).toBe("the checkout service");
    expect(keyPhrase("There was this one time, like, we had a problem.", "en")).toBe("the problem");
  });
});

describe("keyPhrase never quotes a cut fragment", () => {
  it("keeps every noun of a compound before the head, or quotes none of it", () => {
    expect(keyPhrase("그래서 주문 금액 검증 규칙을 한곳으로 모았습니다.", "ko")).toBe("주문 금액 검증 규칙");
    expect(keyPhrase("팀장님이 그 회의록 양식을 전사에 배포하셨습니다.", "ko")).toBe("회의록 양식");
    expect(keyPhrase("저는 사내 정산 배치 집계 쿼리를 다시 짰습니다.", "ko")).toBeNull();
  });

  it("does not glue an adverb or a demonstrative to the noun", () => {
    expect(keyPhrase("문제가 생기면 주로 로그를 먼저 확인합니다.", "ko")).toBe("로그");
    expect(keyPhrase("이건 요구사항이 자주 바뀌었기 때문입니다.", "ko")).toBe("요구사항");
    expect(keyPhrase("원래 일정을 두 주 당겼습니다.", "ko")).toBe("일정");
  });

  it("stops an English noun phrase before a time adverbial", () => {
    expect(keyPhrase("I checked the deploy logs each morning.", "en")).toBe("the deploy logs");
    expect(keyPhrase("We rebuilt the search index last week.", "en")).toBe("the search index");
    expect(keyPhrase("We froze the release branch around launch.", "en")).toBe("the release branch");
  });
});

describe("quoteTerm", () => {
  it("keeps names as written and gives common nouns an article", () => {
    expect(quoteTerm("We used Kafka for events.", "kafka", "en")).toBe("Kafka");
    expect(quoteTerm("We added an index to the table.", "index", "en")).toBe("the index");
    expect(quoteTerm("Spring Boot로 API를 개발했습니다.", "spring", "ko")).toBe("Spring Boot");
  });
});
