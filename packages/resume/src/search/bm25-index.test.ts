import type { ResumeChunk } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { chunkResume } from "../chunk/chunk-resume";
import { resumeText } from "../fixtures/resume-pdf";
import { ENGLISH_CASES, hitRate, KOREAN_CASES } from "../fixtures/retrieval-cases";
import { ENGLISH_RESUME, KOREAN_RESUME } from "../fixtures/sample-resumes";
import { Bm25Index } from "./bm25-index";
import { findPassages } from "./find-passages";
import { cosine, hybridRank, rankByVector } from "./hybrid-rank";
import { indexTerms } from "./index-terms";

const chunk = (id: string, text: string, section: ResumeChunk["section"] = "experience"): ResumeChunk => ({
  id,
  section,
  heading: "",
  text,
  index: Number(id.slice(1)),
});

describe("indexTerms", () => {
  it("strips Korean particles and adds syllable bigrams", () => {
    expect(indexTerms("결제시스템을")).toEqual(["결제시스템", "~결제", "~제시", "~시스", "~스템"]);
  });

  it("stems English, maps Korean spellings of tools to their names and drops question words", () => {
    expect(indexTerms("How did you reduce latencies?")).toEqual(["reduc", "latenc"]);
    expect(indexTerms("레디스를")).toEqual(indexTerms("Redis"));
    expect(indexTerms("쿠버네티스")).toEqual(indexTerms("Kubernetes"));
  });
});

describe("Bm25Index", () => {
  const chunks = [
    chunk("c0", "Redis 캐시를 도입해 응답 시간을 줄였습니다."),
    chunk("c1", "Kafka 기반 이벤트 파이프라인을 설계했습니다."),
    chunk("c2", "결제 시스템을 리팩터링했습니다."),
  ];
  const index = Bm25Index.build(chunks);

  it("ranks the chunk sharing the rarest terms first and leaves out chunks sharing none", () => {
    expect(index.search("레디스 캐시 도입 경험", 3).map((hit) => hit.chunkId)).toEqual(["c0"]);
    expect(index.search("이벤트 파이프라인", 3)[0]?.chunkId).toBe("c1");
    expect(index.search("결제시스템", 3)[0]?.chunkId).toBe("c2"); // spacing differs, bigrams meet
    expect(index.search("unrelated words", 3)).toEqual([]);
  });

  it("survives a round trip through JSON and refuses data that is no index", () => {
    const restored = Bm25Index.fromJSON(JSON.parse(JSON.stringify(index)));
    expect(restored.search("Kafka 파이프라인", 2)).toEqual(index.search("Kafka 파이프라인", 2));
    expect(restored.size).toBe(3);
    expect(() => Bm25Index.fromJSON({ version: 2 })).toThrow();
  });

  it("is not fooled by a query term named like an object property", () => {
    expect(index.search("constructor toString __proto__", 3)).toEqual([]);
  });
});

describe("retrieval quality over the sample resumes", () => {
  it("puts the right chunk in the top 3 for at least 90% of 20 Korean questions", () => {
    const chunks = chunkResume(resumeText(KOREAN_RESUME));
    const { rate, misses } = hitRate({ chunks, index: Bm25Index.build(chunks) }, KOREAN_CASES, 3);
    expect(KOREAN_CASES).toHaveLength(20);
    expect(rate, `missed: ${misses.join(" / ")}`).toBeGreaterThanOrEqual(0.9);
  });

  it("does the same for English questions over the English resume", () => {
    const chunks = chunkResume(resumeText(ENGLISH_RESUME));
    const { rate, misses } = hitRate({ chunks, index: Bm25Index.build(chunks) }, ENGLISH_CASES, 3);
    expect(rate, `missed: ${misses.join(" / ")}`).toBeGreaterThanOrEqual(0.9);
  });
});

describe("hybrid ranking", () => {
  it("computes cosine similarity", () => {
    expect(cosine([1, 0], [1, 0])).toBeCloseTo(1);
    expect(cosine([1, 0], [0, 1])).toBeCloseTo(0);
    expect(cosine([1, 2], [-1, -2])).toBeCloseTo(-1);
    expect(cosine([0, 0], [1, 1])).toBe(0);
    expect(() => cosine([1], [1, 2])).toThrow(RangeError);
  });

  it("ranks stored vectors by cosine, leaving out chunks unrelated in meaning", () => {
    const vectors = [
      { chunkId: "unrelated", vector: [0, 1] },
      { chunkId: "c0", vector: [0.2, 1] },
      { chunkId: "opposite", vector: [-1, 0] },
      { chunkId: "c1", vector: [1, 0.1] },
    ];
    expect(rankByVector([1, 0], vectors, 4).map((hit) => hit.chunkId)).toEqual(["c1", "c0"]);
  });

  it("fuses the two rankings by reciprocal rank, weighted", () => {
    const lexical = [
      { chunkId: "a", score: 9 },
      { chunkId: "b", score: 5 },
    ];
    const semantic = [
      { chunkId: "b", score: 0.9 },
      { chunkId: "c", score: 0.8 },
    ];
    expect(hybridRank(lexical, semantic, 0.5, 3).map((hit) => hit.chunkId)).toEqual(["b", "a", "c"]);
    expect(hybridRank(lexical, semantic, 0, 1)[0]?.chunkId).toBe("a");
    expect(hybridRank(lexical, semantic, 1, 1)[0]?.chunkId).toBe("b");
  });

  it("findPassages returns chunk text with section, and lets a semantic ranking reorder BM25", () => {
    const chunks = [
      chunk("c0", "Redis 캐시 도입"),
      chunk("c1", "Kafka 파이프라인 설계"),
      chunk("c2", "학사 졸업", "education"),
    ];
    const index = Bm25Index.build(chunks);
    const [first] = findPassages(index, chunks, "Redis 캐시");
    expect(first).toMatchObject({ chunkId: "c0", section: "experience", text: "Redis 캐시 도입" });
    const semantic = [
      { chunkId: "c2", score: 0.9 },
      { chunkId: "c1", score: 0.5 },
    ];
    const fused = findPassages(index, chunks, "Redis 캐시", { semantic, semanticWeight: 0.8, k: 3 });
    expect(fused.map((passage) => passage.chunkId)).toEqual(["c2", "c1", "c0"]);
  });
});
