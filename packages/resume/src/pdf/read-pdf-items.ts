import { Worker } from "node:worker_threads";
import { ResumeError } from "../errors/resume-error";
import { runLimited } from "./concurrency-limit";

/** One run of text as pdf.js placed it on the page (PDF units, y grows upwards). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size on the page. */
  size: number;
  /** pdf.js saw a line break after this run. */
  eol: boolean;
}

/** The text runs of one page and the page's width. */
export interface PdfPageItems {
  width: number;
  items: PdfTextItem[];
}

type PdfWorkerReply =
  | { kind: "pages"; pages: PdfPageItems[] }
  | { kind: "too-many-pages"; pages: number }
  | { kind: "too-much-text"; items: number; chars: number }
  | { kind: "failed"; name: string; message: string };

export interface PdfWorkerLimits {
  maxPages: number;
  timeoutMs: number;
  /** Heap of the worker thread; a PDF that needs more is refused rather than slowing the server. */
  maxHeapMb: number;
}

// A dense resume page holds about a thousand text runs and five thousand characters.
const MAX_ITEMS = 50_000;
const MAX_CHARS = 500_000;
const WORKER_URL = new URL("./pdf-text-worker.mjs", import.meta.url);

function failureError(reply: { name: string; message: string }): ResumeError {
  const detail = `${reply.name}: ${reply.message}`;
  if (reply.name === "PasswordException") return new ResumeError("ENCRYPTED_PDF", { detail });
  if (/call stack|out of memory|allocation failed|invalid array length/i.test(reply.message)) {
    return new ResumeError("PDF_TOO_COMPLEX", { detail });
  }
  return new ResumeError("CORRUPT_PDF", { detail });
}

function fromReply(reply: PdfWorkerReply): PdfPageItems[] | ResumeError {
  switch (reply.kind) {
    case "pages":
      return reply.pages;
    case "too-many-pages":
      return new ResumeError("TOO_MANY_PAGES", { detail: `${reply.pages} pages` });
    case "too-much-text":
      return new ResumeError("PDF_TOO_COMPLEX", {
        detail: `${reply.items} text runs, ${reply.chars} characters`,
      });
    case "failed":
      return failureError(reply);
  }
}

function runWorker(bytes: Uint8Array, limits: PdfWorkerLimits): Promise<PdfPageItems[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, {
      workerData: { bytes, maxPages: limits.maxPages, maxItems: MAX_ITEMS, maxChars: MAX_CHARS },
      resourceLimits: {
        maxOldGenerationSizeMb: limits.maxHeapMb,
        maxYoungGenerationSizeMb: 16,
        stackSizeMb: 4,
      },
    });
    let settled = false;
    const settle = (outcome: PdfPageItems[] | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const tooComplex = (detail: string) => settle(new ResumeError("PDF_TOO_COMPLEX", { detail }));
    const timer = setTimeout(() => tooComplex(`no result after ${limits.timeoutMs} ms`), limits.timeoutMs);
    worker.once("message", (reply: PdfWorkerReply) => settle(fromReply(reply)));
    worker.once("error", (error: Error & { code?: string }) => {
      // Out of heap is the file's doing; any other worker error is ours (a 500, not a refusal).
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") tooComplex(String(error));
      else settle(error);
    });
    worker.once("exit", (code) => tooComplex(`the PDF reader stopped (exit ${code})`));
  });
}

/** The text runs of every page, read by pdf.js in a worker thread within the given limits. */
export function readPdfItems(bytes: Uint8Array, limits: PdfWorkerLimits): Promise<PdfPageItems[]> {
  return runLimited(() => runWorker(bytes, limits));
}
