import { describe, expect, it } from "vitest";
import { extractAnswerFeatures } from "./extract-answer-features";

const features = (answer: string, language: "ko" | "en", category?: "project" | "technical") =>
  extractAnswerFeatures({ question: "질문", answer, language, category });

describe("extractAnswerFeatures", () => {
  it("counts quantities with units in Korean and English", () => {
    expect(features("p95가 2.8초에서 0.4초로, 문의는 40건에서 5건으로 줄었습니다.", "ko").quantities).toBe(5);
    expect(features("Peak memory dropped from 58 GB to 9 GB within three months.", "en").quantities).toBe(3);
    expect(features("많이 빨라졌고 여러 가지가 좋아졌습니다.", "ko").quantities).toBe(0);
  });

  it("tells the candidate's own actions from the team's", () => {
    const we = features("We rewrote the service and we added a cache. Our team shipped it.", "en");
    expect(we.selfActions).toBe(0);
    expect(we.teamActions).toBeGreaterThan(0);
    const me = features("I rewrote the service and added a cache.", "en");
    expect(me.selfActions).toBe(1);
    const ko = features("저희 팀이 결제 모듈을 개선했습니다. 제가 직접 쿼리를 분석했습니다.", "ko");
    expect([ko.teamActions, ko.selfActions]).toEqual([1, 1]);
  });

  it("counts hedging", () => {
    expect(features("아마 서버 문제였던 것 같아요. 잘 모르겠지만요.", "ko").hedges).toBe(3);
    expect(features("I think it was maybe the database, probably.", "en").hedges).toBe(3);
    expect(features("The database was the bottleneck.", "en").hedges).toBe(0);
  });

  it("finds named technologies by their dictionary form", () => {
    const f = features("Redis 캐시를 적용하고 쿼리를 조인으로 합쳤습니다.", "ko");
    expect(f.techTerms).toEqual(expect.arrayContaining(["redis", "캐시", "쿼리", "조인"]));
  });

  it("flags a bare list of terms as unexplained", () => {
    const listed = features(
      "Threads involve concurrency, parallelism, mutexes, semaphores, deadlocks, and the kernel.",
      "en",
    );
    expect(listed.termListSentences).toBe(1);
    expect(listed.listedTechTerms).toEqual(expect.arrayContaining(["mutex", "semaphore", "deadlock"]));
    const explained = features(
      "Threads share memory, so you need a mutex to avoid race conditions, which costs some throughput.",
      "en",
    );
    expect(explained.termListSentences).toBe(0);
    expect(explained.unexplainedTechTerms).toEqual([]);
  });

  it("tells a list of multi-word buzzwords from a list of concrete actions", () => {
    const buzzwords = features(
      "I use ROC-AUC, PR-AUC, log loss, Brier score, Cohen's kappa, KS statistic and confusion matrices.",
      "en",
    );
    expect(buzzwords.termListSentences).toBe(1);
    const koBuzzwords = features(
      "캐시 정합성은 Redis, Write-through, Cache-aside, Eventual Consistency, 분산 락, CAP 이론 등을 종합적으로 활용합니다.",
      "ko",
    );
    expect(koBuzzwords.termListSentences).toBe(1);
    const actions = features(
      "I added Redis caching, moved images to S3, enabled gzip, split the bundle and tuned Postgres indexes.",
      "en",
    );
    expect(actions.termListSentences).toBe(0);
    const koActions = features(
      "Redis 캐시를 추가했고, 이미지를 S3로 옮겼고, gzip을 켰고, 번들을 나눴고, Postgres 인덱스를 조정했습니다.",
      "ko",
    );
    expect(koActions.termListSentences).toBe(0);
  });

  it("marks a short refusal as a non-answer, but not a long answer that mentions not knowing", () => {
    expect(features("특별히 기억에 남는 건 없는 것 같습니다.", "ko").nonAnswer).toBe(true);
    expect(features("I am not sure, I think they are the same thing.", "en").nonAnswer).toBe(true);
    const long =
      "At first I did not know why the job failed, so I profiled it, found a join that loaded 40 GB, and pushed the filter down. Memory fell to 9 GB.";
    expect(features(long, "en").nonAnswer).toBe(false);
  });

  it("measures how much of the question the answer picks up", () => {
    const f = extractAnswerFeatures({
      question: "Explain the difference between a process and a thread.",
      answer: "A thread runs inside a process and shares its memory.",
      language: "en",
    });
    expect(f.relevance).toBeGreaterThan(0.3);
  });
});
