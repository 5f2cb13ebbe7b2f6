export { chunkResume } from "./chunk/chunk-resume";
export { headingSection } from "./chunk/section-headings";
export { isResumeError, RESUME_ERROR_STATUS, ResumeError, resumeErrorMessage } from "./errors/resume-error";
export { type ExtractedFacts, extractResumeFacts } from "./facts/extract-resume-facts";
export { type LlmFacts, llmFactsRequest, llmFactsSchema, mergeLlmFacts } from "./facts/llm-facts";
export { type IndexedResume, type IngestedResume, indexResume, ingestResume } from "./ingest/index-resume";
export { checkPdfFile, MAX_RESUME_BYTES } from "./pdf/check-pdf-file";
export { type ExtractedPdf, type ExtractPdfOptions, extractPdfText } from "./pdf/extract-pdf-text";
export { type ReadPosting, readPosting, toolsIn } from "./posting/read-posting";
export { endsInConsonant, objectParticle } from "./questions/object-particle";
export {
  type PostingFit,
  type PostingForQuestions,
  postingFit,
  postingQuestions,
} from "./questions/posting-questions";
export { type ResumeQuestion, resumeQuestions } from "./questions/resume-questions";
export { Bm25Index, type Bm25IndexData, bm25IndexDataSchema, type RankedChunk } from "./search/bm25-index";
export { type FindPassagesOptions, findPassages, type ResumePassage } from "./search/find-passages";
export { cosine, hybridRank, rankByVector } from "./search/hybrid-rank";
export { indexTerms } from "./search/index-terms";
export { detectLanguage } from "./text/detect-language";
