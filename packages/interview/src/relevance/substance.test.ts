import { describe, expect, it } from "vitest";
import { chooseQuestions } from "../bank/choose-questions";
import { evaluateAnswer } from "../evaluation/evaluate-answer";
import { decideFollowUp } from "../follow-up/decide-follow-up";
import { buildReport } from "../report/build-report";

const STORY =
  "작년 하반기에 주문 조회 API가 느리다는 문의가 한 달에 40건 넘게 들어왔습니다. 저는 성능 개선을 맡았고 목표는 p95를 1초 이하로 줄이는 것이었습니다. 먼저 APM으로 병목을 측정해 보니 주문 목록 쿼리가 N+1 문제로 요청당 120번 실행되고 있었습니다. 제가 직접 쿼리를 조인으로 합치고 Redis 캐시를 5분 TTL로 적용했습니다. 그 결과 p95가 2.8초에서 0.4초로 줄었고 문의는 5건 이하로 떨어졌습니다.";

describe("substance before form", () => {
  it("ends an interview answered with one story repeated at grade C or below, saying why", () => {
    const plan = chooseQuestions({ role: "backend", language: "ko", count: 9, seed: "repeat" });
    const answers = plan.map((q, i) => ({
      questionId: q.id,
      category: q.category,
      followUp: false,
      question: q.text,
      answer: STORY,
      durationMs: null,
      evaluation: evaluateAnswer({
        question: q.text,
        answer: STORY,
        language: "ko",
        category: q.category,
        questionId: q.id,
        earlierAnswers: plan.slice(0, i).map(() => STORY),
      }),
    }));
    expect(answers.slice(1).every((a) => a.evaluation.flags?.includes("repeated_answer"))).toBe(true);
    const report = buildReport({
      sessionId: "s",
      language: "ko",
      role: "backend",
      answers,
      timeLimitMs: 120_000,
      createdAt: new Date(0).toISOString(),
    });
    expect(["C", "D"]).toContain(report.grade);
    expect(report.improvements.join(" ")).toContain("같은 답변");
  });

  it("scores the same story given to a question it does not answer at least five points lower", () => {
    const own = evaluateAnswer({
      question: "성능을 개선한 경험을 말씀해 주세요.",
      answer: STORY,
      language: "ko",
      category: "project",
    });
    const technical = evaluateAnswer({
      question: "마이크로서비스 아키텍처의 장단점은 무엇인가요?",
      answer: STORY,
      language: "ko",
      category: "technical",
    });
    expect(technical.flags).toContain("off_topic");
    expect(own.total - technical.total).toBeGreaterThanOrEqual(5);
    expect(technical.feedback).toContain("질문과 다른 내용");
  });

  it("flags a reason for applying given to a free-worded technical question it never touches", () => {
    const answer =
      "There are three reasons. First, I have used your invoicing product for two years at my current job, " +
      "and when our month-end close went from four days to one after we adopted it, I wanted to know how it " +
      "was built. Second, I spent three years running a payment service handling 40,000 orders a day, which " +
      "fits the billing team you are growing. Third, I want to work where engineers talk to customers, " +
      "because I learned the most when I sat with our support team and fixed the issues they raised.";
    const own = evaluateAnswer({
      question: "Why do you want to join us?",
      answer,
      language: "en",
      category: "motivation",
    });
    const moved = evaluateAnswer({
      question: "Can you walk me through what happens during a TLS handshake?",
      answer,
      language: "en",
      category: "technical",
    });
    expect(moved.flags).toContain("off_topic");
    expect(own.flags ?? []).not.toContain("off_topic");
    expect(own.total - moved.total).toBeGreaterThanOrEqual(5);
  });

  it("flags junk, the question read back and the other language, each scoring at most 8", () => {
    const question = "트랜잭션의 ACID 속성을 설명해 주세요.";
    const cases: [string, string][] = [
      ["ㅁㄴㅇㄹ asdf 가나다라 ㅋㅋㅋ", "no_content"],
      ["잘 모르겠습니다.", "no_content"],
      [question, "echoes_question"],
      [
        "ACID means atomicity, consistency, isolation and durability. Atomicity makes a transaction all or nothing, and isolation keeps concurrent transactions from seeing each other's partial writes.",
        "language_mismatch",
      ],
    ];
    for (const [answer, flag] of cases) {
      const e = evaluateAnswer({ question, answer, language: "ko", category: "technical" });
      expect(e.flags, answer).toContain(flag);
      expect(e.total, answer).toBeLessThanOrEqual(8);
    }
  });

  it("notes blind-hiring information gently, without lowering the score", () => {
    const plain = evaluateAnswer({
      question: "자기소개 부탁드립니다.",
      answer: STORY,
      language: "ko",
      category: "intro",
    });
    const withSchool = evaluateAnswer({
      question: "자기소개 부탁드립니다.",
      answer: `저는 연세대학교를 졸업했습니다. ${STORY}`,
      language: "ko",
      category: "intro",
    });
    expect(withSchool.flags).toContain("blind_hiring_risk");
    expect(withSchool.total).toBeGreaterThanOrEqual(plain.total);
  });

  it("never advises naming an alternative when the answer compares one", () => {
    const e = evaluateAnswer({
      question: "메시지 큐를 쓰는 이유는 무엇인가요?",
      answer:
        "카프카 대신 DB 큐를 고른 이유는 트래픽이 초당 50건 수준이라 운영 부담이 더 컸기 때문입니다. DB 큐는 트랜잭션 안에서 메시지를 같이 저장할 수 있어 유실이 없습니다. 다만 처리량이 늘면 폴링 비용이 커지므로 그때 카프카로 옮길 계획입니다.",
      language: "ko",
      category: "technical",
    });
    expect(e.feedback).not.toContain("검토했던 다른 방법과 비교해");
  });
});

describe("substance over form: names and length", () => {
  const ko = (question: string, answer: string, category: "technical" | "project") =>
    evaluateAnswer({ question, answer, language: "ko", category });
  const en = (question: string, answer: string, category: "technical" | "project") =>
    evaluateAnswer({ question, answer, language: "en", category });

  it("scores a list of technology names below a halting answer that says one real thing", () => {
    const question = "메시지 큐를 도입할 때 메시지 유실은 어떻게 막으시겠어요?";
    const dump = ko(
      question,
      "메시지 유실은 Kafka, RabbitMQ, SQS, acks=all, 멱등 프로듀서, 아웃박스 패턴, DLQ, 재시도, 트랜잭션, Exactly-once, 컨슈머 그룹, 오프셋 커밋을 종합적으로 활용해서 막을 수 있습니다. 상황에 맞게 최적의 방법을 고르는 게 중요합니다.",
      "technical",
    );
    const halting = ko(
      question,
      "음, 저는 프로듀서 쪽에서 브로커가 받았다는 확인을 받은 뒤에만 보낸 걸로 치고, 컨슈머는 처리를 끝낸 다음에 오프셋을 커밋하게 했어요. 그래서 중간에 죽어도 다시 읽어서 처리하니까 유실은 안 생겼던 것 같아요.",
      "technical",
    );
    expect(dump.total).toBeLessThanOrEqual(8);
    expect(halting.total).toBeGreaterThan(dump.total);
    const enDump = en(
      "How would you make an API resilient to a slow downstream service?",
      "I would use circuit breakers, bulkheads, retries with exponential backoff, jitter, timeouts, rate limiting, caching, fallbacks, Hystrix, Resilience4j, Istio, Envoy and chaos engineering to build a holistic resilience strategy.",
      "technical",
    );
    expect(enDump.total).toBeLessThanOrEqual(8);
    expect(enDump.scores.specificity).toBe(1);
  });

  it("does not call a short answer off topic on thin evidence, but still a long one given to the wrong question", () => {
    for (const answer of [
      "We rebuilt the signup page and launched it to everyone in May, and signups went up about 15 percent.",
      "I led the move of our invoices to a new billing service and we shipped it in two sprints.",
    ]) {
      expect(en("Tell me about a project you are proud of.", answer, "project").flags).not.toContain(
        "off_topic",
      );
    }
    expect(
      ko(
        "최근에 진행한 프로젝트 하나를 소개해 주세요.",
        "사내 예약 앱을 새로 만들어서 3월에 전 직원에게 배포했고 예약 문의가 절반으로 줄었습니다.",
        "project",
      ).flags,
    ).not.toContain("off_topic");
    const moved = en(
      "What happens when you type a URL into the browser and press enter?",
      "I applied here because your product is the one my team at the clinic actually used every day, and I kept wishing I could fix the small things that slowed the nurses down. Your recent move into scheduling is exactly where my last three years were spent, and I would love to bring that experience to a company whose mission I already believe in, working with people who obviously care about the users as much as I do.",
      "technical",
    );
    expect(moved.flags).toContain("off_topic");
  });
});

describe("follow-ups a real interviewer would ask", () => {
  it("asks for evidence behind a claim about oneself, quoting the whole claim", () => {
    const ko = decideFollowUp({
      question: "본인의 강점은 무엇인가요?",
      answer: "열심히 하는 사람입니다.",
      language: "ko",
      category: "strength",
    });
    expect(ko?.text).toContain("열심히 하는 사람");
    expect(ko?.text).not.toMatch(/^하는 /);
    const en = decideFollowUp({
      question: "What is your greatest strength?",
      answer: "I am a hard worker.",
      language: "en",
      category: "strength",
    });
    expect(en?.text).toContain("a hard worker");
    expect(en?.text).not.toContain("the worker");
  });

  it("never asks the same follow-up twice in an interview", () => {
    const asked: string[] = [];
    for (const question of [
      "What is your greatest strength?",
      "How would colleagues describe you?",
      "What makes you a good fit?",
    ]) {
      const followUp = decideFollowUp({
        question,
        answer: "I am a hard worker.",
        language: "en",
        earlierFollowUps: asked,
      });
      if (followUp) {
        expect(asked).not.toContain(followUp.text);
        asked.push(followUp.text);
      }
    }
    expect(asked.length).toBeGreaterThanOrEqual(2);
  });

  it("redirects an off-topic answer by restating the question", () => {
    const question = "마이크로서비스 아키텍처의 장단점은 무엇인가요?";
    const followUp = decideFollowUp({ question, answer: STORY, language: "ko", category: "technical" });
    expect(followUp?.reason).toBe("off_topic");
    expect(followUp?.text).toContain(question);
  });
});
