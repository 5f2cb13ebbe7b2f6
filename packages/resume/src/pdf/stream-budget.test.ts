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
  }, 60_000);

  it("refuses a RunLength bomb", async () => {
    expect((await refused(runLengthBombPdf(64 * MB), 32 * MB))?.code).toBe("PDF_TOO_COMPLEX");
    expect(await refused(runLengthBombPdf(4 * MB), 32 * MB)).toBeNull();
  }, 60_000);

  it("builds a stored block that really holds the text `endstream`", async () => {
    expect((await deflatedSpaces(1024, "x endstream y")).includes("endstream")).toBe(true);
  });
});

describe("filter decoders", () => {
  it("decode LZW, ASCII85 and RunLength data to the bytes they hold", async () => {
    const { decodingStages } = await import("./stream-filters");
    const decode = async (filters: string[], bytes: Buffer) => {
      let chunks: AsyncIterable<Buffer> = (async function* () {
        yield bytes;
      })();
      for (const stage of decodingStages(filters)) chunks = stage(chunks);
      const out: Buffer[] = [];
      for await (const chunk of chunks) out.push(chunk);
      return Buffer.concat(out).toString("latin1");
    };
    // The PDF specification's LZW example (7.4.4.2): 45 45 45 45 45 65 45 45 45 66.
    const lzw = Buffer.from([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01]);
    expect(await decode(["LZWDecode"], lzw)).toBe("-----A---B");
    expect(await decode(["ASCII85Decode"], Buffer.from('87cURD]i,"Ebo80~>'))).toBe("Hello World!");
    expect(await decode(["RunLengthDecode"], Buffer.from([2, 0x61, 0x62, 0x63, 254, 0x7a, 128]))).toBe(
      "abczzz",
    );
    expect(await decode(["AHx", "RL"], Buffer.from("02616263FE7A80>"))).toBe("abczzz");
  });
});
