import { describe, expect, it } from "vitest";
import type { PdfTextItem } from "../pdf/read-pdf-items";
import { splitColumns } from "./columns";

const item = (str: string, x: number, y: number, width: number): PdfTextItem => ({
  str,
  x,
  y,
  width,
  size: 10,
  eol: true,
});

describe("splitColumns", () => {
  it("reads a sidebar page column by column, with the name across the top", () => {
    const side = ["Skills", "Kotlin", "Kafka", "Redis", "Education", "Seoul University"].map((s, i) =>
      item(s, 40, 700 - 16 * i, 60),
    );
    const main = Array.from({ length: 16 }, (_, i) =>
      item(`Main column line number ${i} with words`, 200, 700 - 16 * i, 330),
    );
    const { top, columns } = splitColumns([item("Jane Doe", 40, 780, 120), ...main, ...side], 595);
    expect(top.map((i) => i.str)).toEqual(["Jane Doe"]);
    expect(columns[0]!.map((i) => i.str)).toEqual(side.map((i) => i.str));
    expect(columns[1]).toHaveLength(16);
  });

  it("keeps a one-column page whole even when its dates stand flush right", () => {
    const lines = Array.from({ length: 12 }, (_, i) =>
      i % 3 === 0
        ? item(`Company ${i}`, 40, 700 - 16 * i, 80)
        : item(`- a bullet about the work done ${i}`, 50, 700 - 16 * i, 250),
    );
    const dates = [0, 3, 6, 9].map((i) => item("2021.03 - 2023.02", 480 - (i % 2) * 9, 700 - 16 * i, 75));
    expect(splitColumns([...lines, ...dates], 595).columns).toEqual([]);
  });

  it("keeps a table of labels beside their values as one column of rows", () => {
    const labels = ["프로젝트명", "기간", "소속", "역할", "사용 기술", "성과"];
    const rows = labels.flatMap((label, i) => [
      item(label, 50, 700 - 20 * i, 70),
      item(`값 ${label} 내용이 들어가는 칸입니다`, 160, 700 - 20 * i, 200),
    ]);
    const again = labels.flatMap((label, i) => [
      item(label, 50, 560 - 20 * i, 70),
      item(`두 번째 프로젝트의 ${label}`, 160, 560 - 20 * i, 180),
    ]);
    expect(splitColumns([...rows, ...again], 595).columns).toEqual([]);
  });
});
