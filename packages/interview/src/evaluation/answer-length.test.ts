import type { Category, Language } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { evaluateAnswer } from "./evaluate-answer";
import { extractAnswerFeatures } from "./extract-answer-features";

type Case = [question: string, answer: string, language: Language, category: Category];
const flags = ([question, answer, language, category]: Case) =>
  evaluateAnswer({ question, answer, language, category }).flags;
const length = ([question, answer, language, category]: Case) =>
  extractAnswerFeatures({ question, answer, language, category }).length;

/** The same answer in both languages: Korean compounds make few eojeol, Korean small talk makes many. */
const COMPACT: [Case, Case] = [
  [
    "트랜잭션 격리 수준이 무엇인가요?",
    "트랜잭션격리수준은 동시실행트랜잭션간 데이터가시성을 결정하는 설정입니다.",
    "ko",
    "technical",
  ],
  [
    "What is a transaction isolation level?",
    "Transaction isolation level is the setting that determines data visibility between concurrently running transactions.",
    "en",
    "technical",
  ],
];
const THIN: [Case, Case] = [
  ["그 기능의 성과는 어땠나요?", "네 그거 제가 해 봤는데 잘 됐어요 네 뭐 그래요.", "ko", "project"],
  ["How did that feature turn out?", "Yes I did that and it went well, yeah that's it.", "en", "project"],
];

describe("answer length is judged per language", () => {
  it("a Korean answer of few but long eojeol is not too short when its English version is not", () => {
    expect(flags(COMPACT[1])).not.toContain("too_short");
    expect(flags(COMPACT[0])).not.toContain("too_short");
  });

  it("a Korean answer of many one-syllable eojeol is too short when its English version is", () => {
    expect(flags(THIN[1])).toContain("too_short");
    expect(flags(THIN[0])).toContain("too_short");
  });

  it("a Korean answer and its translation measure within a third of each other", () => {
    const pairs: [Case, Case][] = [
      COMPACT,
      THIN,
      [
        [
          "로드 밸런서의 역할은 무엇인가요?",
          "로드밸런서는 들어오는 요청을 여러 서버에 고르게 분산시켜서 특정 서버의 과부하를 막아 줍니다.",
          "ko",
          "technical",
        ],
        [
          "What does a load balancer do?",
          "A load balancer spreads incoming requests evenly across several servers so that no single server gets overloaded.",
          "en",
          "technical",
        ],
      ],
    ];
    for (const [ko, en] of pairs) {
      const ratio = length(ko) / length(en);
      expect(ratio, ko[1]).toBeGreaterThan(0.67);
      expect(ratio, ko[1]).toBeLessThan(1.5);
    }
  });

  it("Korean fillers and Latin terms count as they should: fillers add nothing, 'Redis' counts as a word", () => {
    const plain: Case = ["캐시는 어디에 두었나요?", "캐시는 Redis에 두었습니다.", "ko", "technical"];
    const hesitant: Case = [
      "캐시는 어디에 두었나요?",
      "음 어 캐시는 그냥 Redis에 두었습니다.",
      "ko",
      "technical",
    ];
    expect(length(hesitant)).toBeCloseTo(length(plain));
    expect(length(plain)).toBeGreaterThan(
      length(["캐시는 어디에 두었나요?", "캐시는 에 두었습니다.", "ko", "technical"]),
    );
  });
});
