import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROBLEMS_DIR } from "@studio/sandbox";
import { drawDesign } from "@studio/whiteboard/testing";
import type { Page } from "playwright-core";

type Language = "ko" | "en";

/** An answer with what stretches a phone screen: a long URL, a long identifier, code and plain prose. */
export const WIDE_ANSWER = {
  ko: "저는 결제 팀 백엔드 개발자로 https://github.com/example-organization/payment-reconciliation-service/blob/main/src/main/java/com/example/payment/PaymentReconciliationServiceImplementation.java 를 맡아 ConcurrentHashMap<String,List<Map<Integer,Long>>>를 쓰던 정산 배치를 바꿨습니다. 상황은 월말마다 정산이 네 시간씩 걸리는 것이었고, 제 과제는 이를 한 시간 안으로 줄이는 것이었습니다. SELECT_ORDER_LINE_ITEMS_WITH_SETTLEMENT_STATUS_AND_CURRENCY_CONVERSION 쿼리에 인덱스를 더하고 배치를 병렬로 나눴습니다. 결과로 처리 시간이 75% 줄었습니다.",
  en: "As the payments backend developer I owned https://github.com/example-organization/payment-reconciliation-service/blob/main/src/main/java/com/example/payment/PaymentReconciliationServiceImplementation.java and replaced the ConcurrentHashMap<String,List<Map<Integer,Long>>> settlement batch. The situation: month-end settlement took four hours; my task was to bring it under one. I added an index to SELECT_ORDER_LINE_ITEMS_WITH_SETTLEMENT_STATUS_AND_CURRENCY_CONVERSION and split the batch into parallel parts. As a result the run time fell by 75%.",
};

/** A design whose labels are long words, for the whiteboard review and the report's whiteboard section. */
export const wideDesign = () =>
  drawDesign({
    boxes: {
      c: ["Client-Application-Frontend-Gateway", 0, 1],
      lb: ["LoadBalancerWithHealthChecks", 1, 1],
      api: ["URL-Shortener-API-Servers-x3", 2, 1],
      cache: ["RedisClusterCacheForHotShortLinks", 3, 0],
      db: ["PostgreSQLPrimaryDatabaseForLinks", 3, 1],
    },
    arrows: [
      ["c", "lb", "HTTPS://short.example.com/abcdefghijklmnop"],
      ["lb", "api"],
      ["api", "cache"],
      ["api", "db"],
    ],
  });

/** An accepted two-sum in Python, from the problem's own reference submissions. */
export const twoSumPython = () =>
  readFileSync(join(PROBLEMS_DIR, "two-sum", "submissions", "accepted", "hash_map.py"), "utf8");

/** Sends an answer's delivery figures the way the browser does after the answer (REST). */
export async function putDelivery(
  page: Page,
  baseUrl: string,
  sessionId: string,
  questionId: string,
  delivery: unknown,
): Promise<void> {
  const path = `${baseUrl}/api/sessions/${sessionId}/answers/${encodeURIComponent(questionId)}/delivery`;
  const res = await page.request.put(path, { data: delivery });
  if (res.status() !== 200) throw new Error(`delivery refused with ${res.status()}`);
}

/** Delivery figures as the browser measures them from a recording. */
export const measuredDelivery = (language: Language) => ({
  talkMs: 36_000,
  thinkingMs: 1_800,
  pauseCount: 2,
  longestPauseMs: 3_100,
  pauses: [
    { startMs: 6_000, endMs: 9_100 },
    { startMs: 15_000, endMs: 17_200 },
  ],
  rate:
    language === "ko"
      ? { unit: "syllables_per_second" as const, value: 5.1 }
      : { unit: "words_per_minute" as const, value: 132 },
  loudnessVariation: 5.2,
  recordedMs: 42_000,
  fillerCount: 3,
});

/**
 * A whole interview through the API, every answer `text` (`durationMs` as if spoken), ended, with a
 * coding submission and a whiteboard analysis made during it. Returns the session and its answers' ids.
 */
export async function finishInterview(
  page: Page,
  baseUrl: string,
  options: {
    language: Language;
    mode: "text" | "voice";
    questionCount: number;
    text: string;
    /** Adds a coding submission and a whiteboard analysis to the interview. */
    extras?: boolean;
    /** Delivery figures sent for every answer before the end. */
    delivery?: unknown;
  },
) {
  const { language, mode, questionCount, text, extras = false } = options;
  const created = await page.request.post(`${baseUrl}/api/sessions`, {
    data: { language, mode, questionCount, role: "backend", systemDesign: extras },
  });
  const session = (await created.json()) as { id: string; question: { id: string } | null };
  // Before the answers: the last answer ends the interview and queues its report.
  if (extras) {
    await page.request.post(`${baseUrl}/api/coding/submissions`, {
      data: { problemId: "two-sum", language: "python", source: twoSumPython(), sessionId: session.id },
    });
    const analysis = await page.request.post(`${baseUrl}/api/whiteboard/analyze`, {
      data: { scene: { elements: wideDesign().elements }, problemId: "url-shortener", sessionId: session.id },
    });
    if (analysis.status() !== 200) throw new Error(`analysis refused with ${analysis.status()}`);
  }
  let question = session.question;
  const answered: string[] = [];
  while (question) {
    const res = await page.request.post(`${baseUrl}/api/sessions/${session.id}/answers`, {
      data: { questionId: question.id, text, durationMs: 42_000 },
    });
    if (res.status() !== 200) throw new Error(`answer refused with ${res.status()}`);
    answered.push(question.id);
    if (options.delivery) await putDelivery(page, baseUrl, session.id, question.id, options.delivery);
    question = (await res.json()).next;
  }
  await page.request.post(`${baseUrl}/api/sessions/${session.id}/end`);
  return { id: session.id, answered };
}
