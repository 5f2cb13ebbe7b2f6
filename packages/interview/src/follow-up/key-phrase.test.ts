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

describe("quoteTerm", () => {
  it("keeps names as written and gives common nouns an article", () => {
    expect(quoteTerm("We used Kafka for events.", "kafka", "en")).toBe("Kafka");
    expect(quoteTerm("We added an index to the table.", "index", "en")).toBe("the index");
    expect(quoteTerm("Spring Boot로 API를 개발했습니다.", "spring", "ko")).toBe("Spring Boot");
  });
});
