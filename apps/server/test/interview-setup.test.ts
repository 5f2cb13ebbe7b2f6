import { findBankQuestion } from "@studio/interview";
import { evaluationSchema, sessionDetailSchema } from "@studio/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

const THIN = "네, 열심히 했습니다.";

const GOOD_INTRO =
  "안녕하십니까, 사용자 데이터를 근거로 서비스를 개선해 온 3년 차 백엔드 개발자 김민준입니다. " +
  "저의 가장 큰 강점은 문제를 끝까지 파고드는 집요함입니다. " +
  "이전 회사에서 정산 배치가 매일 밤 네 시간씩 걸려 아침 업무가 늦어지는 문제가 있었는데, 쿼리 실행 계획을 하나씩 분석해 병목이던 조인을 나누고 인덱스를 다시 설계했습니다. " +
  "그 결과 처리 시간을 60% 줄였고, 운영팀이 아침마다 수동으로 확인하던 일도 없앴습니다. " +
  "또한 장애가 났을 때 원인을 문서로 남기고 팀과 공유하는 습관 덕분에 같은 장애가 다시 나지 않도록 막을 수 있었습니다. " +
  "귀사의 결제 플랫폼 팀이 대용량 트래픽을 안정적으로 처리하는 데 집중하고 있다고 들었습니다. " +
  "입사하게 된다면 이런 집요함으로 결제 시스템의 안정성과 성능을 높이는 데 기여하겠습니다. 감사합니다.";

interface Asked {
  id: string;
  text: string;
  category: string;
  followUp?: boolean;
}

describe(`interview setup changes the interview (${backendName})`, () => {
  let server: TestServer;
  let alice: Client;

  beforeAll(async () => {
    server = await startTestServer();
    alice = new Client(server.url);
    await alice.signUp();
    // Migrating a fresh embedded database can take minutes on a loaded machine.
  }, 300_000);

  afterAll(async () => {
    await server.close({ removeData: true });
  });

  const create = async (body: Record<string, unknown>) => {
    const res = await alice.request("POST", "/api/sessions", { language: "ko", role: "backend", ...body });
    expect(res.status).toBe(201);
    return res.body as { id: string; question: Asked };
  };
  const answer = async (id: string, question: Asked, text: string) => {
    const res = await alice.request("POST", `/api/sessions/${id}/answers`, { questionId: question.id, text });
    expect(res.status).toBe(200);
    return res.body as { next: Asked | null; done: boolean; evaluation: unknown };
  };
  const plan = async (id: string) => {
    const res = await alice.request("GET", `/api/sessions/${id}`);
    return sessionDetailSchema.parse(res.body);
  };

  it("초급 sessions ask fundamentals, 고급 sessions design and trade-off questions", async () => {
    for (let i = 0; i < 3; i++) {
      for (const difficulty of ["basic", "advanced"] as const) {
        const { id } = await create({ difficulty, focusCategory: "technical", questionCount: 3 });
        const detail = await plan(id);
        expect(detail.setup?.difficulty).toBe(difficulty);
        const level = findBankQuestion(detail.question!.id)?.level;
        expect(level).toBe(difficulty);
      }
    }
  });

  it("follow-ups: 초급 allows one in three main questions, 중급 one on every weak answer", async () => {
    const followUpsOver = async (difficulty: "basic" | "intermediate") => {
      let { id, question } = await create({ difficulty, questionCount: 3 });
      let followUps = 0;
      for (let turn = 0; turn < 10; turn++) {
        const step = await answer(id, question, THIN);
        if (!step.next) break;
        if (step.next.followUp) followUps++;
        question = step.next;
      }
      return followUps;
    };
    expect(await followUpsOver("basic")).toBe(1);
    expect(await followUpsOver("intermediate")).toBe(3);
  });

  it("압박 and 친절 interviewers word the same follow-up and the next question differently", async () => {
    const firstTurn = async (style: "friendly" | "pressure") => {
      const { id, question } = await create({ style, questionCount: 3 });
      const step = await answer(id, question, THIN);
      expect(step.next?.followUp).toBe(true);
      const after = await answer(id, step.next!, THIN);
      return { followUp: step.next!.text, nextMain: after.next!.text, planned: (await plan(id)).question };
    };
    const friendly = await firstTurn("friendly");
    const pressure = await firstTurn("pressure");
    expect(friendly.followUp).toMatch(/편하게|천천히/);
    expect(pressure.followUp).toMatch(/근거|사실/);
    expect(pressure.followUp).not.toMatch(/편하게/);
    expect(friendly.nextMain).toMatch(/^(답변 감사합니다|잘 들었습니다)/);
    expect(pressure.nextMain).toMatch(/^(다음 질문입니다|넘어가겠습니다)/);
    // The styled wording is what the session keeps asking after a reload.
    expect(pressure.planned?.text).toBe(pressure.nextMain);
  });

  it("1분 자기소개: one timed question, feedback on length and structure, no follow-up", async () => {
    const { id, question } = await create({
      format: "intro_1min",
      questionCount: 9,
      answerTimeLimitSec: 300,
    });
    const detail = await plan(id);
    expect(detail.answerTimeLimitSec).toBe(60);
    expect(detail.setup?.format).toBe("intro_1min");
    expect(question.category).toBe("intro");
    const step = await answer(id, question, GOOD_INTRO);
    expect(step.done).toBe(true);
    const evaluation = evaluationSchema.parse(step.evaluation);
    expect(evaluation.selfIntro?.length.verdict).toBe("good");
    expect(evaluation.selfIntro?.checks).toMatchObject({ opening: true, roleLink: true, closing: true });

    const short = await create({ format: "intro_1min" });
    const shortStep = await answer(short.id, short.question, "안녕하세요. 김민준입니다. 잘 부탁드립니다.");
    const shortEval = evaluationSchema.parse(shortStep.evaluation);
    expect(shortEval.selfIntro?.length.verdict).toBe("too_short");
    expect(shortEval.feedback).toMatch(/250~350음절/);
  });

  it("a 인성 pack session asks the pack's questions between the intro and the closing", async () => {
    const { id, question } = await create({ questionPack: "personality", questionCount: 4 });
    expect((await plan(id)).setup?.questionPack).toBe("personality");
    expect(question.category).toBe("intro");
    let next: Asked | null = question;
    const mains: Asked[] = [];
    while (next) {
      if (!next.followUp) mains.push(next);
      next = (await answer(id, next, GOOD_INTRO)).next;
    }
    expect(mains.map((q) => q.id.split("-")[1])).toEqual([
      "general",
      "personality",
      "personality",
      "general",
    ]);
    expect(mains.at(-1)?.category).toBe("closing");
    const bad = await alice.request("POST", "/api/sessions", { language: "ko", questionPack: "hobbies" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBeTruthy();
  });
});
