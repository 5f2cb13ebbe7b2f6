import { Readable } from "node:stream";
import { constants, createInflate, inflateSync } from "node:zlib";
import { ResumeError } from "../errors/resume-error";

/** Decompressed bytes a resume may hold in all its streams together; real ones hold a few megabytes. */
export const STREAM_BUDGET_BYTES = 128 * 1024 * 1024;

const STREAM = Buffer.from("stream");
const END_STREAM = Buffer.from("endstream");

function looksLikeZlib(bytes: Uint8Array): boolean {
  const [cmf, flg] = bytes;
  return cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0;
}

/** The raw bodies of the file's streams that start with a zlib header (FlateDecode). */
function* flateBodies(file: Buffer): Generator<Buffer> {
  let from = 0;
  for (let at = file.indexOf(STREAM, from); at >= 0; at = file.indexOf(STREAM, from)) {
    from = at + STREAM.length;
    if (file.toString("latin1", at - 3, at) === "end") continue;
    let start = from;
    if (file[start] === 0x0d) start++;
    if (file[start] === 0x0a) start++;
    const end = file.indexOf(END_STREAM, start);
    const body = file.subarray(start, end < 0 ? file.length : end);
    if (looksLikeZlib(body)) yield body;
    if (end >= 0) from = end + END_STREAM.length;
  }
}

class Budget {
  constructor(private left: number) {}
  spend(bytes: number): void {
    this.left -= bytes;
    if (this.left < 0)
      throw new ResumeError("PDF_TOO_COMPLEX", { detail: "streams decompress past the budget" });
  }
}

async function* inflated(input: AsyncIterable<Buffer> | Iterable<Buffer>): AsyncGenerator<Buffer> {
  // Z_SYNC_FLUSH: a truncated stream yields what it has instead of an error.
  const inflater = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
  const source = Readable.from(input);
  source.on("error", (error) => inflater.destroy(error));
  source.pipe(inflater);
  try {
    for await (const chunk of inflater) yield chunk as Buffer;
  } finally {
    source.destroy();
    inflater.destroy();
  }
}

async function* counted(chunks: AsyncIterable<Buffer>, budget: Budget): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    budget.spend(chunk.length);
    yield chunk;
  }
}

/** How many times a stream is deflated: /Filter [/FlateDecode /FlateDecode] multiplies a bomb. */
function deflateDepth(body: Buffer): number {
  let depth = 0;
  let head = body;
  while (depth < 4 && looksLikeZlib(head)) {
    depth++;
    try {
      head = inflateSync(head.subarray(0, 256), { finishFlush: constants.Z_SYNC_FLUSH });
    } catch {
      break;
    }
  }
  return depth;
}

/** Counts what a stream inflates to without keeping it. Damaged data ends the count: pdf.js judges it. */
async function spendInflated(body: Buffer, budget: Budget): Promise<void> {
  let chunks: AsyncIterable<Buffer> | Buffer[] = [body];
  for (let level = deflateDepth(body); level > 0; level--) chunks = counted(inflated(chunks), budget);
  try {
    for await (const _chunk of chunks) {
      // counting happens as the chunks pass
    }
  } catch (error) {
    if (error instanceof ResumeError) throw error;
  }
}

/**
 * Refuses a decompression bomb before the PDF reader sees it: pdf.js would inflate a stream into one
 * growing buffer outside the worker's heap limit. Inflating here runs on libuv's thread pool and keeps
 * nothing but a count. Only Flate streams are counted (the filter of nearly every PDF); images count
 * too, so a resume of many full-page lossless images may be refused. Other filters (LZW, RunLength)
 * expand less and are left to the worker's timeout.
 */
export async function checkStreamBudget(bytes: Uint8Array, budgetBytes = STREAM_BUDGET_BYTES): Promise<void> {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const budget = new Budget(budgetBytes);
  for (const body of flateBodies(file)) {
    await spendInflated(body, budget);
  }
}
