import { beforeAll, describe, expect, it } from "vitest";
import { resumePdf } from "../fixtures/resume-pdf";
import { ENGLISH_CASES, hitRate, KOREAN_CASES } from "../fixtures/retrieval-cases";
import { ENGLISH_RESUME, KOREAN_RESUME, longKoreanResume } from "../fixtures/sample-resumes";
import { resumeQuestions } from "../questions/resume-questions";
import { Bm25Index } from "../search/bm25-index";
import { findPassages } from "../search/find-passages";
import { indexResume, ingestResume } from "./index-resume";

// From PDF bytes to what the interview uses, as the server's background job runs it.
describe("ingestResume", () => {
  const pdfs: Record<string, Uint8Array> = {};
  beforeAll(async () => {
    pdfs.ko = await resumePdf(KOREAN_RESUME);
    pdfs.en = await resumePdf(ENGLISH_RESUME);
    pdfs.long = await resumePdf(longKoreanResume(), { pageNumbers: true });
  });

  it("indexes a Korean PDF resume: facts, questions and retrieval of the right passage", async () => {
    const resume = await ingestResume(pdfs.ko!);
    expect(resume).toMatchObject({ pages: 2, language: "ko" });
    expect(resume.chunks).toHaveLength(10);
    expect(resume.facts.projects.map((project) => project.name)).toContain("정산 자동화 플랫폼");
    expect(resumeQuestions(resume.facts, "ko", 1)[0]?.text).toContain(
      "이력서에 적으신 '실시간 주문 알림 시스템' 프로젝트에서 \"WebSocket과 Kafka로",
    );
    expect(hitRate(resume, KOREAN_CASES).rate).toBeGreaterThanOrEqual(0.9);
    const [passage] = findPassages(resume.index, resume.chunks, "레디스로 응답 시간을 줄인 방법");
    expect(passage?.text).toContain("Redis 캐시를 도입해");
  });

  it("indexes an English PDF resume", async () => {
    const resume = await ingestResume(pdfs.en!);
    expect(resume).toMatchObject({ pages: 1, language: "en" });
    expect(resume.facts.companies).toEqual(["Northwind Commerce Inc.", "Contoso Labs Corp."]);
    expect(hitRate(resume, ENGLISH_CASES).rate).toBeGreaterThanOrEqual(0.9);
  });

  // Its speed is measured by `npm run bench`, never asserted here: a busy machine must stay green.
  it("parses and indexes a five-page resume, the stored index answering like the built one", async () => {
    const resume = await ingestResume(pdfs.long!);
    expect(resume.pages).toBe(5);
    // The stored index gives the same answers as the built one.
    const stored = Bm25Index.fromJSON(JSON.parse(JSON.stringify(resume.index.toJSON())));
    expect(stored.search("Elasticsearch 검색 응답 시간", 3)).toEqual(
      resume.index.search("Elasticsearch 검색 응답 시간", 3),
    );
  });

  it("indexes plain text without a PDF", () => {
    const resume = indexResume("Skills\nGo, PostgreSQL\n\nProjects\nLedger (2023)\n- Built a ledger in Go");
    expect(resume.language).toBe("en");
    expect(resume.facts.projects[0]?.name).toBe("Ledger");
    expect(resume.facts.skills).toEqual(expect.arrayContaining(["Go", "PostgreSQL"]));
  });
});
