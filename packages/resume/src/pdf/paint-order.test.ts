import { describe, expect, it } from "vitest";
import { pageText } from "./page-layout";
import type { PdfTextItem } from "./read-pdf-items";

const item = (str: string, x: number, y: number, width: number): PdfTextItem => ({
  str,
  x,
  y,
  width,
  size: 10,
  eol: true,
});

describe("pageText of runs drawn out of reading order", () => {
  it("reads a column top to bottom when its headings were drawn before all its entries", () => {
    // Chromium paints a timeline's positioned entries after the headings between them.
    const items = [
      item("Experience", 50, 700, 60),
      item("Projects", 50, 500, 50),
      item("2021 – now", 50, 686, 60),
      item("Fitmate, mobile developer", 50, 672, 140),
      item("2023 · Fitmate", 50, 486, 80),
      item("Offline mode", 50, 472, 70),
    ];
    expect(pageText(items, 595).split(/\n+/)).toEqual([
      "Experience",
      "2021 – now",
      "Fitmate, mobile developer",
      "Projects",
      "2023 · Fitmate",
      "Offline mode",
    ]);
  });

  it("keeps the drawn order of a table row whose first cell wraps", () => {
    const items = [
      item("Period", 50, 700, 40),
      item("Project name that", 150, 686, 100),
      item("wraps in its cell", 150, 672, 100),
      item("2021 – 2022", 50, 686, 60),
      item("Period", 50, 640, 40),
    ];
    expect(pageText(items, 595)).toContain("Project name that");
    expect(pageText(items, 595).indexOf("wraps in its cell")).toBeLessThan(
      pageText(items, 595).indexOf("2021"),
    );
  });

  it("keeps the drawn order of two columns set side by side", () => {
    const items = [
      item("Experience", 50, 700, 60),
      item("Acme — PM", 50, 686, 60),
      item("Profile", 50, 500, 50),
      item("Tools", 300, 700, 30),
      item("Jira, Figma", 300, 686, 60),
    ];
    expect(pageText(items, 595).split(/\n+/)).toEqual([
      "Experience",
      "Acme — PM",
      "Profile",
      "Tools",
      "Jira, Figma",
    ]);
  });
});
