import type { Category, Language } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { decideFollowUp } from "./decide-follow-up";

const ask = (answer: string, language: Language, category: Category = "project") =>
  decideFollowUp({
    question: language === "ko" ? "프로젝트 경험을 말씀해 주세요." : "Tell me about a project.",
    answer,
    language,
    category,
  });

const DEV_01 =
  "작년 하반기에 사내 주문 조회 API의 응답 속도가 느리다는 고객 문의가 한 달에 40건 넘게 들어왔습니다. 저는 백엔드 개발자 3명으로 구성된 팀에서 성능 개선을 맡았고, 목표는 p95 응답 시간을 1초 이하로 줄이는 것이었습니다. 먼저 APM으로 병목을 측정해 보니 주문 목록 쿼리가 N+1 문제로 요청당 120번 이상 실행되고 있었습니다. 제가 직접 쿼리를 조인 한 번으로 합치고, 자주 조회되는 상품 정보에는 Redis 캐시를 5분 TTL로 적용했습니다. 배포 전에는 부하 테스트로 초당 300건에서 검증했습니다. 그 결과 p95 응답 시간이 2.8초에서 0.4초로 줄었고, 관련 고객 문의는 다음 달 5건 이하로 떨어졌습니다. 이 경험으로 추측보다 측정을 먼저 해야 한다는 것을 배웠습니다.";
const EN_STRONG =
  "Last year our nightly pipeline failed twice a week with out-of-memory errors. I owned the pipeline, so my task was to find the cause. I profiled a failing run and found a join that loaded the whole 40 GB table because the filter ran after it. I rewrote the step to filter first and process hourly partitions. As a result, peak memory dropped from 58 GB to 9 GB and we had zero failures for three months.";

describe("decideFollowUp", () => {
  it("asks nothing after a complete, specific answer", () => {
    expect(ask(DEV_01, "ko")).toBeNull();
    expect(ask(EN_STRONG, "en", "problem_solving")).toBeNull();
  });

  it("asks for the candidate's own part when only the team acted", () => {
    const ko = ask(
      "저희 팀은 결제 모듈을 Kafka 기반으로 전환했습니다. 저희가 함께 장애 대응 체계도 만들었고 매출이 20% 늘었습니다.",
      "ko",
    );
    expect(ko?.reason).toBe("no_personal_action");
    expect(ko?.text).toContain("결제 모듈");
    expect(ko?.text).toMatch(/본인이 직접/);
    const en = ask(
      "We migrated the checkout service to Kafka and then we rebuilt the dashboards, which cut incidents by 40 percent.",
      "en",
    );
    expect(en?.reason).toBe("no_personal_action");
    expect(en?.text).toContain("checkout service");
  });

  it("asks for the result when a story stops at the actions", () => {
    const ko = ask(
      "저는 사내 배포 파이프라인을 Jenkins에서 GitHub Actions로 옮기는 작업을 맡았습니다. 빌드 스크립트를 모두 다시 작성했고 캐시 설정을 추가했습니다.",
      "ko",
    );
    expect(ko?.reason).toBe("no_result");
    expect(ko?.text).toContain("빌드 스크립트");
    const en = ask(
      "I built an internal search tool with Elasticsearch. I wrote the indexing jobs and set up the cluster on three nodes.",
      "en",
    );
    expect(en?.reason).toBe("no_result");
    expect(en?.text).toContain("indexing jobs");
  });

  it("asks about a technology that was named but never explained", () => {
    const ko = ask("제가 맡은 주문 서비스에 Kafka를 도입했습니다. 응답 시간이 30% 줄었습니다.", "ko");
    expect(ko?.reason).toBe("unexplained_tech");
    expect(ko?.text).toContain("Kafka");
    expect(ko?.text).not.toContain("Kafka를");
    const en = ask("I added Kafka to the order service. Latency went down 30 percent.", "en");
    expect(en?.reason).toBe("unexplained_tech");
    expect(en?.text).toContain("Kafka");
  });

  it("asks for a concrete example after a vague answer", () => {
    const ko = ask(
      "쇼핑몰 프로젝트에서 저는 백엔드를 담당했습니다. 여러 가지 기능을 열심히 만들었고 팀원들과 잘 소통하면서 잘 마무리할 수 있었습니다.",
      "ko",
    );
    expect(ko?.reason).toBe("vague");
    expect(ko?.text).toMatch(/구체적/);
    const en = ask(
      "I want to join because it is a great company with a good culture, and I think I can grow a lot here with really nice people.",
      "en",
      "motivation",
    );
    expect(en?.reason).toBe("vague");
    expect(en?.text).toMatch(/specific|concrete/);
  });

  it("asks for more after a very short answer, in depth for a technical question", () => {
    expect(ask("열심히 했습니다.", "ko")?.reason).toBe("too_short");
    expect(ask("It went well.", "en")?.reason).toBe("too_short");
    const technical = ask("인덱스는 데이터를 빨리 찾게 해 주는 것입니다.", "ko", "technical");
    expect(technical?.reason).toBe("too_short");
    expect(technical?.text).toContain("인덱스의");
  });

  it("phrases the same answer the same way every time, and varies across answers", () => {
    const answer =
      "We redesigned the onboarding flow and then we shipped it to all users by March with 20 percent more signups.";
    expect(ask(answer, "en")).toEqual(ask(answer, "en"));
    const texts = new Set(
      [
        "the onboarding flow",
        "the billing page",
        "the search index",
        "the admin console",
        "the export job",
      ].map(
        (thing) =>
          ask(
            `We redesigned ${thing} and then we shipped it to all users with 20 percent more signups.`,
            "en",
          )?.text,
      ),
    );
    expect(texts.size).toBeGreaterThan(1);
    for (const text of texts) expect(text).not.toContain("{p}");
  });
});

describe("no follow-up asks for a result the answer already gives", () => {
  it.each([
    [
      "ko",
      "동료와 갈등을 해결한 경험을 말씀해 주세요.",
      "예전 팀에서 배포 일정을 두고 QA 담당자와 자주 부딪혔습니다. 제가 먼저 배포 전 체크리스트를 같이 만들자고 제안했고, 매주 목요일에 함께 점검했습니다. 그 뒤 석 달 동안 일정 때문에 다툰 일이 한 번도 없었습니다.",
    ],
    [
      "en",
      "Tell me about a process you improved.",
      "At my last job releases often broke the admin panel. I added a smoke test suite that ran before every deploy and asked each team to own one test. Since then a broken admin panel has not once reached production.",
    ],
  ] as const)("%s", (language, question, answer) => {
    const followUp = decideFollowUp({ question, answer, language, category: "teamwork" });
    expect(followUp?.reason).not.toBe("no_result");
  });
});
