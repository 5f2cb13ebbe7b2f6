import { ResumeError } from "../errors/resume-error";
import { tidyParagraphs } from "../text/normalize-text";
import { checkPdfFile, MAX_RESUME_BYTES } from "./check-pdf-file";
import { pageText } from "./page-layout";
import { readPdfItems } from "./read-pdf-items";
import { checkStreamBudget, STREAM_BUDGET_BYTES } from "./stream-budget";

export interface ExtractPdfOptions {
  /** More pages than this is no resume (TOO_MANY_PAGES). */
  maxPages?: number;
  /** The reader is stopped after this long (PDF_TOO_COMPLEX). */
  timeoutMs?: number;
  maxBytes?: number;
  /** Heap of the reader process (its address space is capped at this plus ~768 MB). */
  maxHeapMb?: number;
  /** Decompressed size all streams may reach together. */
  streamBudgetBytes?: number;
}

export interface ExtractedPdf {
  pages: number;
  /** All pages, normalised; paragraphs are separated by a blank line. */
  text: string;
  pageTexts: string[];
}

// A page of a scanned resume may still carry a watermark ("Scanned with ...") or a page number.
const MIN_LETTERS_PER_PAGE = 25;

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * Reads the text of a resume PDF. Throws a ResumeError (with the HTTP status to answer) for an empty
 * file, a non-PDF, an encrypted, damaged, scanned, too long or hostile PDF. pdf.js runs in a child
 * process under an address-space and CPU limit and a timeout, after a check that the file's streams,
 * through their whole filter chain, don't decode into a bomb: a hostile file ends in a refusal instead
 * of a stalled or exhausted server, and its memory leaves with the child.
 */
export async function extractPdfText(
  bytes: Uint8Array,
  options: ExtractPdfOptions = {},
): Promise<ExtractedPdf> {
  checkPdfFile(bytes, options.maxBytes ?? MAX_RESUME_BYTES);
  await checkStreamBudget(bytes, options.streamBudgetBytes ?? STREAM_BUDGET_BYTES);
  const pages = await readPdfItems(bytes, {
    maxPages: options.maxPages ?? 20,
    timeoutMs: options.timeoutMs ?? 10_000,
    maxHeapMb: options.maxHeapMb ?? 256,
  });
  if (pages.length === 0) throw new ResumeError("CORRUPT_PDF", { detail: "no pages" });
  const pageTexts = pages.map((page) => tidyParagraphs(pageText(page.items, page.width)));
  // A page break is no paragraph break: an entry often goes on at the top of the next page.
  const text = pageTexts.filter(Boolean).join("\n");
  if (letterCount(text) < MIN_LETTERS_PER_PAGE * Math.max(1, pageTexts.length)) {
    throw new ResumeError("NO_TEXT", { detail: `${letterCount(text)} letters on ${pageTexts.length} pages` });
  }
  return { pages: pageTexts.length, text, pageTexts };
}
