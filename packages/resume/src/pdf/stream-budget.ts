import { ResumeError } from "../errors/resume-error";
import { decodingStages, type Stage } from "./stream-filters";

/** Decoded bytes a resume may hold in all its streams together; real ones hold a few megabytes. */
export const STREAM_BUDGET_BYTES = 128 * 1024 * 1024;
/** More filters on one stream than this is no resume. */
const MAX_FILTERS = 6;

export interface PdfStream {
  filters: string[];
  body: Buffer;
}

/** The names in `/Filter /A` or `/Filter [/A /B]`, in decoding order. */
function filtersOf(dict: string): string[] {
  const match = /\/Filter\s*(\[[^\]]*\]|\/[^\s/<>[\]()]+)/.exec(dict);
  return match ? [...match[1]!.matchAll(/\/([^\s/<>[\]()]+)/g)].map((m) => m[1]!) : [];
}

/** `/Length 123`, or `/Length 7 0 R` looked up as `7 0 obj 123 endobj`; null when neither works. */
function lengthOf(dict: string, text: string): number | null {
  const match = /\/Length\s+(\d+)(?:\s+(\d+)\s+R)?/.exec(dict);
  if (!match) return null;
  if (match[2] === undefined) return Number(match[1]);
  const object = new RegExp(`(?:^|\\s)${match[1]}\\s+${match[2]}\\s+obj\\s*(\\d+)\\s*endobj`).exec(text);
  return object ? Number(object[1]) : null;
}

/** The dictionary right before `stream` (from its `<<` to the matching `>>`), or "" when there is none. */
function dictBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 64), at).trimEnd();
  if (!before.endsWith(">>")) return "";
  const end = text.lastIndexOf(">>", at);
  let depth = 0;
  for (let j = end; j >= 0 && end - j < 64 * 1024; j--) {
    const pair = text.slice(j, j + 2);
    if (pair === ">>") {
      depth++;
      j--;
    } else if (pair === "<<") {
      depth--;
      if (depth === 0) return text.slice(j, end + 2);
      j--;
    }
  }
  return "";
}

/**
 * Every stream of the file with its filter chain. The body is `/Length` bytes long when that length
 * lands on `endstream` (so the word `endstream` inside compressed data cannot cut it short); otherwise,
 * as pdf.js does, it runs to the next `endstream`. Like pdf.js, whatever follows `stream` on its line
 * (spaces included) is skipped.
 */
export function* pdfStreams(file: Buffer): Generator<PdfStream> {
  const text = file.toString("latin1");
  const keyword = /stream/g;
  for (let match = keyword.exec(text); match; match = keyword.exec(text)) {
    if (text.startsWith("end", match.index - 3)) continue;
    const lineEnd = text.indexOf("\n", match.index);
    const crEnd = text.indexOf("\r", match.index);
    const eol = lineEnd < 0 ? crEnd : crEnd < 0 ? lineEnd : Math.min(lineEnd, crEnd);
    if (eol < 0) break;
    const start = text.startsWith("\r\n", eol) ? eol + 2 : eol + 1;
    const dict = dictBefore(text, match.index);
    const length = lengthOf(dict, text);
    let end = -1;
    if (
      length !== null &&
      start + length <= file.length &&
      /^\s*endstream/.test(text.slice(start + length, start + length + 32))
    ) {
      end = start + length;
    } else {
      end = text.indexOf("endstream", start);
      if (end < 0) end = file.length;
    }
    yield { filters: filtersOf(dict), body: file.subarray(start, end) };
    keyword.lastIndex = end;
  }
}

class Budget {
  constructor(private left: number) {}
  spend(bytes: number): void {
    this.left -= bytes;
    if (this.left < 0) throw new ResumeError("PDF_TOO_COMPLEX", { detail: "streams decode past the budget" });
  }
}

async function* counted(chunks: AsyncIterable<Buffer>, budget: Budget): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    budget.spend(chunk.length);
    yield chunk;
  }
}

async function* once(body: Buffer): AsyncGenerator<Buffer> {
  yield body;
}

/** Decodes a stream through its whole chain, counting every stage's output and keeping none of it. */
async function spendDecoded(stream: PdfStream, budget: Budget): Promise<void> {
  if (stream.filters.length > MAX_FILTERS) {
    throw new ResumeError("PDF_TOO_COMPLEX", { detail: `${stream.filters.length} filters on one stream` });
  }
  let chunks: AsyncIterable<Buffer> = once(stream.body);
  for (const stage of decodingStages(stream.filters) as Stage[]) chunks = counted(stage(chunks), budget);
  for await (const _chunk of chunks) {
    // counting happens as the chunks pass
  }
}

/**
 * Refuses a decompression bomb before the PDF reader sees it. Every stream is decoded through its
 * whole filter chain (Flate, LZW, RunLength, ASCIIHex, ASCII85 in any order, so Flate hidden behind
 * /ASCIIHexDecode counts too), the output of every stage counted against one budget for the file and
 * thrown away as it comes. Image codecs end a chain: reading text never decodes them.
 */
export async function checkStreamBudget(bytes: Uint8Array, budgetBytes = STREAM_BUDGET_BYTES): Promise<void> {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const budget = new Budget(budgetBytes);
  for (const stream of pdfStreams(file)) await spendDecoded(stream, budget);
}
