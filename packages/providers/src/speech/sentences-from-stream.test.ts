import { describe, expect, it } from "vitest";
import { sentencesFromStream } from "./sentences-from-stream";

async function* deltas(pieces: string[], seen?: string[]): AsyncGenerator<string> {
  for (const piece of pieces) {
    seen?.push(piece);
    yield piece;
  }
}

async function collect(stream: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

describe("sentencesFromStream", () => {
  it("yields each Korean sentence as soon as the next one starts", async () => {
    const seen: string[] = [];
    const when: number[] = [];
    const pieces = ["안녕하", "세요. 저는 ", "면접관입", "니다. 자기", "소개를 부탁드립니다."];
    for await (const _ of sentencesFromStream(deltas(pieces, seen))) when.push(seen.length);
    expect(when).toEqual([2, 4, 5]);
    expect(await collect(sentencesFromStream(deltas(pieces)))).toEqual([
      "안녕하세요.",
      "저는 면접관입니다.",
      "자기소개를 부탁드립니다.",
    ]);
  });

  it("does not cut decimals, file names or abbreviations that arrive in pieces", async () => {
    const pieces = ["I used Node", ".", "js for 2", ".", "8 years, e.g", ". at work! ", "What next?"];
    expect(await collect(sentencesFromStream(deltas(pieces)))).toEqual([
      "I used Node.js for 2.8 years, e.g. at work!",
      "What next?",
    ]);
  });

  it("splits on newlines and yields an unterminated remainder at the end", async () => {
    const pieces = ["첫 줄입니다\n", "\n두 번째", " 줄"];
    expect(await collect(sentencesFromStream(deltas(pieces)))).toEqual(["첫 줄입니다", "두 번째 줄"]);
  });

  it("yields nothing for an empty or punctuation-only stream", async () => {
    expect(await collect(sentencesFromStream(deltas(["", " ", "..."])))).toEqual([]);
  });
});
