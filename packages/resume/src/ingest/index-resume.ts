import type { Language, ResumeChunk } from "@studio/protocol";
import { chunkResume } from "../chunk/chunk-resume";
import { type ExtractedFacts, extractResumeFacts } from "../facts/extract-resume-facts";
import { type ExtractPdfOptions, extractPdfText } from "../pdf/extract-pdf-text";
import { Bm25Index } from "../search/bm25-index";
import { detectLanguage } from "../text/detect-language";

export interface IndexedResume {
  language: Language;
  chunks: ResumeChunk[];
  facts: ExtractedFacts;
  index: Bm25Index;
}

/** Chunks, facts and the BM25 index of a resume's text. Pure and fast: no worker, no I/O. */
export function indexResume(text: string, language: Language = detectLanguage(text)): IndexedResume {
  const chunks = chunkResume(text);
  return {
    language,
    chunks,
    facts: extractResumeFacts(text, chunks, language),
    index: Bm25Index.build(chunks),
  };
}

export interface IngestedResume extends IndexedResume {
  pages: number;
  text: string;
}

/**
 * Everything the background job stores for an uploaded PDF: page count, text, chunks, facts and the
 * index (store `index.toJSON()`). Throws a ResumeError for a file that cannot be used.
 */
export async function ingestResume(
  bytes: Uint8Array,
  options: ExtractPdfOptions = {},
): Promise<IngestedResume> {
  const { pages, text } = await extractPdfText(bytes, options);
  return { pages, text, ...indexResume(text) };
}
