import { describe, expect, it } from "vitest";
import { pageText } from "./page-layout";
import type { PdfTextItem } from "./read-pdf-items";

// Items as pdf.js gives them: PDF units, y grows upwards; 10-point text on 14-point lines.
const item = (str: string, x: number, y: number, width: number, eol = true): PdfTextItem => ({
  str,
  x,
  y,
  width,
  size: 10,
  eol,
});

describe("pageText", () => {
  it("puts runs of one baseline on one line, with a space where a gap separates words", () => {
    const items = [
      item("Software", 50, 700, 45, false),
      item("Engineer", 100, 700, 44, false),
      item("!", 144, 700, 3),
    ];
    expect(pageText(items, 595)).toBe("Software Engineer!");
  });

  it("joins wrapped lines back into their sentence and undoes a hyphenated break", () => {
    const items = [
      item("- Built the payment service that handles devel-", 50, 700, 500),
      item("opment traffic for 3 teams", 62, 686, 150),
      item("- Moved the nightly reports to a streaming pipeline so that", 50, 672, 498),
      item("analysts see fresh numbers", 62, 658, 140),
    ];
    expect(pageText(items, 595)).toBe(
      "- Built the payment service that handles development traffic for 3 teams\n" +
        "- Moved the nightly reports to a streaming pipeline so that analysts see fresh numbers",
    );
  });

  it("keeps a short line that ends before the margin as its own line", () => {
    const items = [
      item("주식회사 배달한끼 | 백엔드 개발자", 50, 700, 200),
      item("주문 서비스 분리", 50, 686, 90),
    ];
    expect(pageText(items, 595)).toBe("주식회사 배달한끼 | 백엔드 개발자\n주문 서비스 분리");
  });

  it("turns a wider gap between lines into a paragraph break", () => {
    const lines = ["a1", "a2", "a3", "a4"].map((text, i) => item(text, 50, 700 - 14 * i, 20));
    const after = item("b1", 50, 700 - 14 * 3 - 30, 20);
    expect(pageText([...lines, after], 595)).toBe("a1\na2\na3\na4\n\nb1");
  });

  it("drops page numbers and empty runs", () => {
    const items = [
      item("Skills", 50, 700, 30),
      item("", 0, 0, 0),
      item("2 / 5", 290, 30, 20),
      item("- 3 -", 290, 20, 20),
    ];
    expect(pageText(items, 595)).toBe("Skills");
  });
});
