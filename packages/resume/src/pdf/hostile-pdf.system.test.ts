import { describe, expect, it } from "vitest";
import { ResumeError } from "../errors/resume-error";
import {
  denseTextPdf,
  flateBombPdf,
  hugeArrayPdf,
  nestedArrayPdf,
  objectStreamPdf,
} from "../fixtures/hostile-pdfs";
import { extractPdfText } from "./extract-pdf-text";

async function refusal(bytes: Uint8Array, options = {}): Promise<{ error: ResumeError; ms: number }> {
  const start = performance.now();
  const error = await extractPdfText(bytes, options).catch((caught: unknown) => caught);
  if (!(error instanceof ResumeError)) throw new Error(`expected a ResumeError, got ${String(error)}`);
  return { error, ms: performance.now() - start };
}

// Each hostile file must end in a clear refusal, quickly, and leave the process able to read the next
// file. Nothing is written to disk on the way, so nothing is left behind either.
describe("hostile PDFs", () => {
  it("refuses a decompression bomb before the reader inflates it", async () => {
    const bomb = await flateBombPdf(200 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(300_000);
    const { error } = await refusal(bomb);
    expect(error.code).toBe("PDF_TOO_COMPLEX");
    expect(error.status).toBe(422);
  });

  it("refuses a bomb deflated twice, which multiplies the ratio", async () => {
    const bomb = await flateBombPdf(64 * 1024 * 1024, 2);
    expect(bomb.length).toBeLessThan(5_000);
    const { error } = await refusal(bomb, { streamBudgetBytes: 32 * 1024 * 1024 });
    expect(error.code).toBe("PDF_TOO_COMPLEX");
  });

  it("refuses deeply nested arrays in a page and inside a compressed object stream", async () => {
    const nested = `<< /X ${"[".repeat(100_000)}${"]".repeat(100_000)} >>`;
    for (const pdf of [nestedArrayPdf(100_000), objectStreamPdf(nested)]) {
      expect((await refusal(pdf)).error.code).toBe("PDF_TOO_COMPLEX");
    }
  });

  it("still reads a well-formed object stream (the fixture is a valid PDF 1.5 file)", async () => {
    const font = "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>";
    const { text } = await extractPdfText(objectStreamPdf(font));
    expect(text).toBe("Resume text drawn with a font from an object stream");
  });

  it("stops a reader that needs more memory than its process may have", async () => {
    const { error } = await refusal(hugeArrayPdf(5_000_000), { maxHeapMb: 32 });
    expect(error.code).toBe("PDF_TOO_COMPLEX");
    expect(error.detail).toMatch(/memory/i);
  });

  it("stops a reader that runs past the timeout", async () => {
    // How fast it is stopped is measured by the bench; here, that the timeout is what stopped it. Room
    // in memory, so that on a slow machine the heap limit cannot stop it first (seen in CI: SIGABRT).
    const { error } = await refusal(denseTextPdf(800, 500), { timeoutMs: 200, maxHeapMb: 1024 });
    expect(error.code).toBe("PDF_TOO_COMPLEX");
    expect(error.detail).toMatch(/after \d+ ms|CPU time/);
  });

  it("refuses a page packed with hundreds of thousands of text runs", async () => {
    const { error } = await refusal(denseTextPdf(800, 500));
    expect(error.code).toBe("PDF_TOO_COMPLEX");
  });

  it("reads a normal file right after the hostile ones", async () => {
    const font = "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>";
    await expect(extractPdfText(objectStreamPdf(font))).resolves.toMatchObject({ pages: 1 });
  });
});
