// Prints JSON figures for the resume pipeline: parse + chunk + index time of a five-page PDF
// (target < 1 s), retrieval latency over many queries (target p95 < 10 ms) and top-3 hit rates.
// Run from the repository root: npx tsx packages/resume/bench/resume-bench.ts
import { resumePdf } from "../src/fixtures/resume-pdf";
import { ENGLISH_CASES, hitRate, KOREAN_CASES } from "../src/fixtures/retrieval-cases";
import { ENGLISH_RESUME, KOREAN_RESUME, longKoreanResume } from "../src/fixtures/sample-resumes";
import { extractPdfText, indexResume, ingestResume } from "../src/index";

const INGEST_RUNS = 10;
const QUERY_ROUNDS = 50;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

async function timeIngest(pdf: Uint8Array) {
  const totals: number[] = [];
  const extraction: number[] = [];
  for (let run = 0; run < INGEST_RUNS; run++) {
    const start = performance.now();
    const { text } = await extractPdfText(pdf);
    const extracted = performance.now();
    indexResume(text);
    totals.push(performance.now() - start);
    extraction.push(extracted - start);
  }
  const sorted = [...totals].sort((a, b) => a - b);
  return {
    runs: INGEST_RUNS,
    firstMs: round(totals[0]!),
    medianMs: round(percentile(sorted, 50)),
    maxMs: round(sorted.at(-1)!),
    medianExtractMs: round(
      percentile(
        [...extraction].sort((a, b) => a - b),
        50,
      ),
    ),
  };
}

function timeQueries(resume: Awaited<ReturnType<typeof ingestResume>>) {
  const queries = [...KOREAN_CASES, ...ENGLISH_CASES].map((item) => item.query);
  const times: number[] = [];
  for (let r = 0; r < QUERY_ROUNDS; r++) {
    for (const query of queries) {
      const start = performance.now();
      resume.index.search(query, 3);
      times.push(performance.now() - start);
    }
  }
  const sorted = times.sort((a, b) => a - b);
  return {
    queries: times.length,
    chunks: resume.chunks.length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1)!),
  };
}

async function main() {
  const longPdf = await resumePdf(longKoreanResume(), { pageNumbers: true });
  const korean = await ingestResume(await resumePdf(KOREAN_RESUME));
  const english = await ingestResume(await resumePdf(ENGLISH_RESUME));
  const long = await ingestResume(longPdf);
  const rate = (resume: typeof korean, cases: typeof KOREAN_CASES, k: number) =>
    hitRate(resume, cases, k).rate;
  const figures = {
    node: process.version,
    fivePageResume: { pages: long.pages, bytes: longPdf.length, chunks: long.chunks.length },
    parseChunkIndexFivePages: { targetMs: 1000, ...(await timeIngest(longPdf)) },
    retrievalFivePages: { targetP95Ms: 10, ...timeQueries(long) },
    hitRate: {
      koreanTwoPagesTop3: rate(korean, KOREAN_CASES, 3),
      koreanTwoPagesTop1: rate(korean, KOREAN_CASES, 1),
      koreanFivePagesTop3: rate(long, KOREAN_CASES, 3),
      koreanFivePagesTop1: rate(long, KOREAN_CASES, 1),
      englishTop3: rate(english, ENGLISH_CASES, 3),
      englishTop1: rate(english, ENGLISH_CASES, 1),
      cases: { korean: KOREAN_CASES.length, english: ENGLISH_CASES.length },
    },
  };
  console.log(JSON.stringify(figures, null, 2));
}

await main();
