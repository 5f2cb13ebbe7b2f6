import { describe, expect, it } from "vitest";
import { decideFollowUp } from "../follow-up/decide-follow-up";
import { type SetupFollowUpInput, setupFollowUp } from "./setup-follow-up";

const SOLID_KO: SetupFollowUpInput = {
  question: "데이터베이스 인덱스는 어떻게 동작하며, 인덱스를 걸면 오히려 느려지는 경우는 언제인가요?",
  questionId: "ko-backend-technical-01",
  category: "technical",
  language: "ko",
  answer:
    "인덱스는 B-Tree 같은 정렬된 자료구조로 키와 행 위치를 저장해서, 전체 테이블을 훑지 않고 로그 시간에 원하는 행을 찾게 해 줍니다. " +
    "대신 쓰기마다 인덱스도 함께 갱신해야 해서 INSERT와 UPDATE 비용이 늘어나고 저장 공간도 더 듭니다. " +
    "그래서 쓰기가 많은 테이블에 인덱스를 과하게 걸거나, 성별처럼 선택도가 낮은 컬럼에 걸면 옵티마이저가 인덱스를 타도 이득이 없어 오히려 느려집니다. " +
    "실제로 주문 테이블에서 쓰지 않는 인덱스 세 개를 지웠더니 쓰기 지연이 30% 줄었습니다.",
  followUpsAsked: 0,
  mainQuestions: 9,
};

const SOLID_EN: SetupFollowUpInput = {
  question: "How does a database index work, and when can adding an index actually make things slower?",
  questionId: "en-backend-technical-01",
  category: "technical",
  language: "en",
  answer:
    "An index is usually a B-tree that keeps keys sorted with pointers to the rows, so a lookup takes logarithmic time instead of scanning the whole table. " +
    "The trade-off is on writes: every insert and update has to maintain each index too, and indexes take storage. " +
    "So on a write-heavy table, or on a low-selectivity column like a boolean flag, an index can slow things down because the optimizer gains little. " +
    "On our orders table I dropped three unused indexes and write latency fell by 30 percent.",
  followUpsAsked: 0,
  mainQuestions: 9,
};

const THIN_KO: SetupFollowUpInput = {
  question: "팀원과 의견이 충돌했던 경험이 있다면, 어떻게 해결하셨는지 말씀해 주세요.",
  questionId: "ko-general-teamwork-01",
  category: "teamwork",
  language: "ko",
  answer: "팀원과 의견이 달랐던 적이 있었는데 잘 이야기해서 해결했습니다.",
  followUpsAsked: 0,
  mainQuestions: 9,
};

describe("setupFollowUp", () => {
  it("a solid answer gets no follow-up at 중급, but 고급 probes its limits and trade-offs", () => {
    for (const input of [SOLID_KO, SOLID_EN]) {
      expect(decideFollowUp(input)).toBeNull();
      expect(setupFollowUp(input, { difficulty: "intermediate", style: "neutral" })).toBeNull();
      expect(setupFollowUp(input, { difficulty: "basic", style: "friendly" })).toBeNull();
      const probe = setupFollowUp(input, { difficulty: "advanced", style: "neutral" });
      expect(probe?.reason).toBe("depth_probe");
      expect(probe!.text).toMatch(/한계|대안|지표|limits|trade-offs|metric/);
    }
  });

  it("a 압박 interviewer insists on a solid answer even at 중급; a friendly one lets it stand", () => {
    expect(setupFollowUp(SOLID_KO, { difficulty: "intermediate", style: "pressure" })?.reason).toBe(
      "depth_probe",
    );
    expect(setupFollowUp(SOLID_KO, { difficulty: "intermediate", style: "friendly" })).toBeNull();
  });

  it("the same follow-up is worded by style: friendly reassures, pressure demands evidence", () => {
    const base = decideFollowUp(THIN_KO)!.text;
    const neutral = setupFollowUp(THIN_KO, { difficulty: "intermediate", style: "neutral" })!.text;
    const friendly = setupFollowUp(THIN_KO, { difficulty: "intermediate", style: "friendly" })!.text;
    const pressure = setupFollowUp(THIN_KO, { difficulty: "intermediate", style: "pressure" })!.text;
    expect(neutral).toBe(base);
    expect(friendly).toContain(base);
    expect(pressure).toContain(base);
    expect(friendly).toMatch(/편하게|감사|잘 들었|흥미로/);
    expect(pressure).toMatch(/근거|사실/);
    expect(pressure).not.toMatch(/편하게/);
    expect(friendly).not.toMatch(/근거를 들어/);
    const en = { ...THIN_KO, ...SOLID_EN, answer: "We disagreed once, but we talked and it was fine." };
    expect(setupFollowUp(en, { difficulty: "intermediate", style: "pressure" })!.text).toMatch(
      /evidence|convinced|push/i,
    );
    expect(setupFollowUp(en, { difficulty: "intermediate", style: "friendly" })!.text).toMatch(
      /time|thanks|appreciate|interesting/i,
    );
  });

  it("a basic interview allows a follow-up on about one main question in three; advanced on every one", () => {
    const asked = (n: number) => ({ ...THIN_KO, followUpsAsked: n });
    const basic = { difficulty: "basic", style: "neutral" } as const;
    expect(setupFollowUp(asked(2), basic)).not.toBeNull();
    expect(setupFollowUp(asked(3), basic)).toBeNull();
    const advanced = { difficulty: "advanced", style: "neutral" } as const;
    expect(setupFollowUp(asked(8), advanced)).not.toBeNull();
    expect(setupFollowUp(asked(9), advanced)).toBeNull();
  });

  it("a probe is never asked twice in one interview, and intro and closing are not probed", () => {
    const hard = { difficulty: "advanced", style: "neutral" } as const;
    const earlier: string[] = [];
    for (let i = 0; i < 3; i++) {
      const probe = setupFollowUp({ ...SOLID_EN, earlierFollowUps: earlier }, hard);
      expect(probe).not.toBeNull();
      expect(earlier).not.toContain(probe!.text);
      earlier.push(probe!.text);
    }
    expect(setupFollowUp({ ...SOLID_EN, earlierFollowUps: earlier }, hard)).toBeNull();
    const closing = {
      ...SOLID_EN,
      question: "Is there anything else you'd like to add before we finish?",
      questionId: undefined,
      category: "closing",
      answer:
        "Just one thing to add: the index clean-up I described was part of a larger effort I led, and I would " +
        "love to bring that habit of measuring before changing things to your team. Thank you for today.",
    } as const;
    expect(setupFollowUp(closing, hard)?.reason).not.toBe("depth_probe");
  });
});
