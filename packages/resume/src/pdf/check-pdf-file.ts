import { ResumeError } from "../errors/resume-error";

export const MAX_RESUME_BYTES = 10 * 1024 * 1024;

const MAGIC = Buffer.from("%PDF-");
const END_MARKER = Buffer.from("%%EOF");
// Readers accept the header anywhere in the first kilobyte and the end marker in the last one or two.
const HEADER_WINDOW = 1024;
const TRAILER_WINDOW = 2048;

function isBlank(bytes: Buffer): boolean {
  return bytes.every(
    (byte) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0,
  );
}

/**
 * Refuses what is not worth handing to the PDF reader: an empty or oversized file, a file without the
 * `%PDF-` magic number, and a PDF cut short (no `%%EOF` at its end, as after an interrupted upload).
 */
export function checkPdfFile(bytes: Uint8Array, maxBytes = MAX_RESUME_BYTES): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length === 0 || isBlank(buffer)) throw new ResumeError("EMPTY_FILE");
  if (buffer.length > maxBytes) throw new ResumeError("FILE_TOO_LARGE", { detail: `${buffer.length} bytes` });
  if (buffer.subarray(0, HEADER_WINDOW).indexOf(MAGIC) < 0) throw new ResumeError("NOT_PDF");
  if (buffer.subarray(-TRAILER_WINDOW).indexOf(END_MARKER) < 0) {
    throw new ResumeError("CORRUPT_PDF", { detail: "no %%EOF marker: the file looks truncated" });
  }
}
