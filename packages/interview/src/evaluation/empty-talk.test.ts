import { describe, expect, it } from "vitest";
import { evaluateAnswer } from "./evaluate-answer";

const total = (
  question: string,
  answer: string,
  language: "ko" | "en",
  category: "problem_solving" | "teamwork" | "motivation" | "technical",
) => evaluateAnswer({ question, answer, language, category }).total;

describe("answers that sound like something and say nothing", () => {
  const INCIDENT = "Tell me about a production incident where you found the cause and restored the service.";

  it("scores what one usually does below a halting story of what one did", () => {
    const general =
      "I think I've handled a number of incidents like that. Typically I'd probably look at dashboards and recent changes first. In most cases I think it turned out to be a config problem and we'd revert it quickly. I believe we generally added some alerts afterwards too.";
    const halting =
      "Um, so there was this one time the checkout service went down during lunch. I kind of looked at the logs and, like, the database connections were all used up I think. We restarted the pool and raised the limit, and then we added an alert on connections.";
    expect(total(INCIDENT, general, "en", "problem_solving")).toBeLessThan(
      total(INCIDENT, halting, "en", "problem_solving"),
    );
    expect(total(INCIDENT, general, "en", "problem_solving")).toBeLessThanOrEqual(7);
  });

  it("does the same in Korean", () => {
    const q = "팀원과 의견이 충돌했던 경험이 있다면 어떻게 해결하셨는지 말씀해 주세요.";
    const general =
      "저는 갈등이 생기면 보통 대화로 푸는 편인 것 같아요. 아마 서로 배려하는 게 제일 중요하지 않을까 싶습니다. 대부분은 이야기하다 보면 잘 풀렸던 것 같아요.";
    const halting =
      "음, 작년에 팀 프로젝트에서 팀원 한 명이랑 MySQL을 쓸지 MongoDB를 쓸지 의견이 갈렸어요. 그래서 둘 다 장단점을 찾아봤고, 데이터 관계가 많아서 MySQL로 정했습니다. 어, 그렇게 잘 끝났어요.";
    expect(total(q, general, "ko", "teamwork")).toBeLessThan(total(q, halting, "ko", "teamwork"));
    expect(total(q, general, "ko", "teamwork")).toBeLessThanOrEqual(7);
  });

  it("keeps a hedged answer that tells a real occasion with a figure", () => {
    const story =
      "Last spring our payment service started timing out, I think because of a retry storm. Usually we'd scale up, but this time I traced it to a client retrying every 50 ms. I added exponential backoff and the error rate fell from 12% to 0.3%.";
    expect(total(INCIDENT, story, "en", "problem_solving")).toBeGreaterThanOrEqual(14);
  });

  it("does not treat a technical explanation in 'would' as an empty story", () => {
    const q = "How would you make a slow list endpoint faster?";
    const plan =
      "I'd first measure where the time goes with tracing. Usually the database dominates, so I would check the query plan and add a composite index on the filter and sort columns. Then I'd cache the first page in Redis with a short TTL and paginate with a cursor instead of OFFSET.";
    expect(total(q, plan, "en", "technical")).toBeGreaterThanOrEqual(13);
  });

  it("scores buzzwords strung together below a plain answer, in both languages", () => {
    const q = "이 직무를 선택하신 이유를 말씀해 주세요.";
    const buzz =
      "빅데이터와 AI 시대에 데이터 드리븐 의사결정, 그로스 해킹, 인사이트 도출, 초개인화가 핵심 경쟁력이라고 생각합니다. 그래서 비즈니스 임팩트를 창출하고 디지털 트랜스포메이션에 기여하고 싶습니다.";
    const plain =
      "대학 통계 수업에서 설문 데이터를 분석해 보면서 데이터로 문제를 찾는 일이 재미있었습니다. 그래서 SQL과 Python을 공부했고, 인턴 때 장바구니 이탈을 분석하면서 이 일을 계속하고 싶다고 느꼈습니다.";
    expect(total(q, buzz, "ko", "motivation")).toBeLessThan(total(q, plain, "ko", "motivation"));
    expect(total(q, buzz, "ko", "motivation")).toBeLessThanOrEqual(8);
    const enQ = "Why do you want this role?";
    const enBuzz =
      "I want to leverage data-driven, holistic frameworks to drive impact and synergy, empowering stakeholder alignment across the ecosystem with actionable insights and end-to-end thought leadership.";
    expect(total(enQ, enBuzz, "en", "motivation")).toBeLessThanOrEqual(8);
  });

  it("lets one fashionable word pass in a real answer", () => {
    const q = "이 직무를 선택하신 이유를 말씀해 주세요.";
    const real =
      "인턴 때 배송비 안내 문구 실험을 제안해 결제 전환율을 3%p 올렸고, 분석이 실제 결정으로 이어지는 게 혁신이라고 느꼈습니다. 그래서 제품 결정에 가까운 분석가가 되고 싶어 이 직무를 골랐습니다.";
    expect(total(q, real, "ko", "motivation")).toBeGreaterThanOrEqual(12);
  });
});
