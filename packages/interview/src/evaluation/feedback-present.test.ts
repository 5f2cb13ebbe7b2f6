import type { Category, Language } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { evaluateAnswer } from "./evaluate-answer";

const feedback = (question: string, answer: string, language: Language, category: Category) =>
  evaluateAnswer({ question, answer, language, category }).feedback;

describe("feedback does not ask for what the answer already has", () => {
  it("a result counted in words is a number ('three of the four', '세 명 중 두 명', '두 명이')", () => {
    expect(
      feedback(
        "Tell me about a time you mentored someone.",
        "Last year I mentored four new hires on our data team. I paired with each of them twice a week and reviewed every notebook they shared. Three of the four were promoted within a year, and the onboarding guide I wrote is still in use.",
        "en",
        "teamwork",
      ),
    ).not.toMatch(/Put a number on the result/);
    for (const ending of [
      "결국 세 명 중 두 명이 석 달 만에 혼자 장애 대응을 맡게 됐습니다.",
      "그 결과 두 명이 정규직 제안을 받았습니다.",
    ])
      expect(
        feedback(
          "후배를 이끌어 본 경험이 있나요?",
          `작년에 신입 세 명의 온보딩을 제가 맡았습니다. 매주 코드 리뷰를 같이 하고 작은 기능을 하나씩 배포하게 했습니다. ${ending}`,
          "ko",
          "teamwork",
        ),
      ).not.toMatch(/결과를 수치로 말해/);
  });

  it("a result stated as a figure reached or a return to normal is a number", () => {
    expect(
      feedback(
        "장애를 해결했던 경험을 말씀해 주세요.",
        "지난달 정산 배치가 새벽마다 실패했습니다. 제가 로그를 보니 외부 API 응답이 느려 트랜잭션이 오래 열려 있었습니다. 호출을 트랜잭션 밖으로 빼고 재시도를 넣어 실패율을 0.5%로 낮췄고, 그 뒤로 같은 장애는 재발하지 않았습니다.",
        "ko",
        "problem_solving",
      ),
    ).not.toMatch(/결과를 수치로 말해/);
    expect(
      feedback(
        "Tell me about an outage you handled.",
        "Last winter our image service started failing for a third of requests after a config push. I traced it to a missing bucket permission, rolled the change back and re-applied it with the right policy. Error rates were back to normal in 12 minutes.",
        "en",
        "problem_solving",
      ),
    ).not.toMatch(/Put a number on the result/);
  });

  it("an answer that opens with its situation is not told to open with one", () => {
    expect(
      feedback(
        "가장 성과가 좋았던 프로젝트를 말씀해 주세요.",
        "사내 검색 서비스였는데, 원래는 키워드가 정확히 일치해야만 결과가 나왔습니다. 저는 형태소 분석기를 붙이고 동의어 사전을 만들어 색인을 다시 구성했습니다. 검색 결과 없음 비율이 18%에서 6%로 줄었습니다.",
        "ko",
        "project",
      ),
    ).not.toMatch(/언제, 어떤 상황에서/);
    expect(
      feedback(
        "Tell me about a project you are proud of.",
        "At my previous company the billing export took all night. I rewrote it as a streaming job in Go and split it by customer. It now finishes in 40 minutes instead of 7 hours.",
        "en",
        "project",
      ),
    ).not.toMatch(/Open with one sentence on when/);
  });

  it("a stated trade-off is not asked for", () => {
    const en = feedback(
      "What is the difference between optimistic and pessimistic locking?",
      "Optimistic locking lets everyone read and checks a version number on write; pessimistic locking takes a lock before reading. Optimistic is faster when conflicts are rare, but you must retry on conflict.",
      "en",
      "technical",
    );
    expect(en).not.toMatch(/mechanism and its trade-off/);
    const ko = feedback(
      "인덱스를 많이 만들면 어떤 문제가 있나요?",
      "인덱스는 조회를 빠르게 해 주지만 쓰기마다 갱신해야 해서 쓰기 성능이 떨어집니다. 저장 공간 부담도 커집니다.",
      "ko",
      "technical",
    );
    expect(ko).not.toMatch(/동작 원리와 장단점/);
  });

  it("a closing answer built on the role's specifics is not told to tie itself to the company", () => {
    expect(
      feedback(
        "Do you have any questions for us?",
        "Yes. Your posting says the team is rebuilding search this year, so how is the work split between the platform and product engineers? And how do you decide when to pay down tech debt?",
        "en",
        "closing",
      ),
    ).not.toMatch(/Tie your reason to something specific/);
  });
});
