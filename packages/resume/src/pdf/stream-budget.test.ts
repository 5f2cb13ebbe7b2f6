import { describe, expect, it } from "vitest";
import { ResumeError } from "../errors/resume-error";
import { deflatedSpaces, hiddenBombs, runLengthBombPdf } from "../fixtures/bomb-pdfs";
import { checkStreamBudget } from "./stream-budget";

const MB = 1024 * 1024;

async function refused(bytes: Uint8Array, budget: number): Promise<ResumeError | null> {
  return checkStreamBudget(bytes, budget).then(
    () => null,
    (error: unknown) => {
      if (error instanceof ResumeError) return error;
      throw error;
    },
  );
}

// The review's bombs: 1-2 MB files inflating to 1 GB were accepted. The same shapes, scaled down to a
// 32 MB budget, must be refused; the same streams below the budget must pass (the count is exact).
describe("stream budget over whole filter chains", () => {
  it("refuses Flate behind ASCIIHex, after spaces on the stream line, and past an `endstream` in stored data", async () => {
    for (const [name, pdf] of Object.entries(await hiddenBombs(64 * MB))) {
      const error = await refused(pdf, 32 * MB);
      expect(error?.code, name).toBe("PDF_TOO_COMPLEX");
      expect(await refused(pdf, 200 * MB), name).toBeNull();
    }
  });

  it("refuses a RunLength bomb", async () => {
    expect((await refused(runLengthBombPdf(64 * MB), 32 * MB))?.code).toBe("PDF_TOO_COMPLEX");
    expect(await refused(runLengthBombPdf(4 * MB), 32 * MB)).toBeNull();
  });

  it("builds a stored block that really holds the text `endstream`", async () => {
    expect((await deflatedSpaces(1024, "x endstream y")).includes("endstream")).toBe(true);
  });
});
