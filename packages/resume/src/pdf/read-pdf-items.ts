import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
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

type PdfChildReply =
  | { kind: "pages"; pages: PdfPageItems[] }
  | { kind: "too-many-pages"; pages: number }
  | { kind: "too-much-text"; items: number; chars: number }
  | { kind: "failed"; name: string; message: string };

export interface PdfReaderLimits {
  maxPages: number;
  timeoutMs: number;
  /** V8 heap of the reader process; its whole address space is this plus ADDRESS_SPACE_BASE_MB. */
  maxHeapMb: number;
}

// A dense resume page holds about a thousand text runs and five thousand characters.
const MAX_ITEMS = 50_000;
const MAX_CHARS = 500_000;
// Node itself needs ~700 MB of address space (code range, thread stacks) before any heap: what is
// above that is what pdf.js may take, ArrayBuffers included (worker resourceLimits never capped those).
const ADDRESS_SPACE_BASE_MB = 768;
const CHILD = fileURLToPath(new URL("./pdf-text-child.mjs", import.meta.url));

function failureError(reply: { name: string; message: string }): ResumeError {
  const detail = `${reply.name}: ${reply.message}`;
  if (reply.name === "PasswordException") return new ResumeError("ENCRYPTED_PDF", { detail });
  if (/call stack|out of memory|allocation failed|invalid array length/i.test(reply.message)) {
    return new ResumeError("PDF_TOO_COMPLEX", { detail });
  }
  return new ResumeError("CORRUPT_PDF", { detail });
}

function fromReply(reply: PdfChildReply): PdfPageItems[] | ResumeError {
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

function stopReason(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal === "SIGXCPU") return "out of CPU time (SIGXCPU)";
  if (signal === "SIGABRT" || signal === "SIGTRAP" || signal === "SIGSEGV")
    return `out of memory (${signal})`;
  return signal ?? `exit ${code}`;
}

/** `sh -c 'ulimit ...; exec node child'`: the limits hold from the child's first instruction. */
function spawnReader(limits: PdfReaderLimits) {
  const addressSpaceKb = (limits.maxHeapMb + ADDRESS_SPACE_BASE_MB) * 1024;
  const cpuSeconds = Math.max(1, Math.ceil(limits.timeoutMs / 1000));
  const script = `ulimit -v ${addressSpaceKb} && ulimit -t ${cpuSeconds} && exec "$0" "$@"`;
  return spawn(
    "sh",
    [
      "-c",
      script,
      process.execPath,
      `--max-old-space-size=${limits.maxHeapMb}`,
      "--stack-size=2000",
      CHILD,
      String(limits.maxPages),
      String(MAX_ITEMS),
      String(MAX_CHARS),
    ],
    { stdio: ["pipe", "ignore", "ignore", "pipe"], env: { PATH: process.env.PATH ?? "" } },
  );
}

function runChild(bytes: Uint8Array, limits: PdfReaderLimits): Promise<PdfPageItems[]> {
  return new Promise((resolve, reject) => {
    const child = spawnReader(limits);
    const out: Buffer[] = [];
    let settled = false;
    const settle = (outcome: PdfPageItems[] | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill("SIGKILL");
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const tooComplex = (detail: string) => settle(new ResumeError("PDF_TOO_COMPLEX", { detail }));
    const timer = setTimeout(() => tooComplex(`no result after ${limits.timeoutMs} ms`), limits.timeoutMs);
    child.stdio[3]?.on("data", (chunk: Buffer) => out.push(chunk));
    child.once("error", (error) => settle(error));
    child.stdin?.once("error", () => {}); // a child that died early closes its stdin: its exit says why
    child.once("close", (code, signal) => {
      const text = Buffer.concat(out).toString("utf8").trim();
      if (code === 0 && text) {
        try {
          return settle(fromReply(JSON.parse(text) as PdfChildReply));
        } catch (error) {
          return settle(error as Error);
        }
      }
      // Killed by RLIMIT_CPU (SIGXCPU), out of heap or address space (V8 aborts), or by the timer.
      tooComplex(`the PDF reader stopped: ${stopReason(code, signal)}`);
    });
    child.stdin?.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}

/** The text runs of every page, read by pdf.js in a child process within the given limits. */
export function readPdfItems(bytes: Uint8Array, limits: PdfReaderLimits): Promise<PdfPageItems[]> {
  return runLimited(() => runChild(bytes, limits));
}
