import { type PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import type { FontPair } from "./fonts";
import type { CorpusResume, Layout, Section } from "./types";

const SIZES = { a4: [595, 842], letter: [612, 792] } as const;
const GREY = rgb(0.35, 0.35, 0.35);

/** One column of text on a run of pages: wraps words, moves to the next page when full. */
class Column {
  pageIndex = 0;
  y: number;

  constructor(
    private readonly doc: PDFDocument,
    readonly x: number,
    readonly width: number,
    private readonly top: number,
    private readonly bottom: number,
    private readonly pageSize: readonly [number, number],
    startY: number,
  ) {
    this.y = startY;
  }

  get page(): PDFPage {
    while (this.doc.getPageCount() <= this.pageIndex) this.doc.addPage([...this.pageSize]);
    return this.doc.getPage(this.pageIndex);
  }

  advance(height: number): void {
    if (this.y - height < this.bottom) {
      this.pageIndex++;
      this.y = this.top;
    }
    this.y -= height;
  }

  text(text: string, font: PDFFont, size: number, x = 0, color = rgb(0, 0, 0)): void {
    this.page.drawText(text, { x: this.x + x, y: this.y, size, font, color });
  }

  rule(): void {
    const y = this.y - 3;
    this.page.drawLine({
      start: { x: this.x, y },
      end: { x: this.x + this.width, y },
      thickness: 0.6,
      color: GREY,
    });
  }
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  return [...lines, current];
}

/** Draws sections of markup (see Section.lines) into a column in the layout's style. */
class SectionWriter {
  readonly size: number;
  constructor(
    private readonly column: Column,
    private readonly fonts: FontPair,
    private readonly layout: Layout,
    narrow: boolean,
  ) {
    this.size = (layout.size ?? 10) - (narrow ? 0.5 : 0);
  }

  private paragraph(text: string, indent: number, font = this.fonts.regular, size = this.size): void {
    for (const line of wrap(text, font, size, this.column.width - indent)) {
      this.column.advance(size * 1.4);
      this.column.text(line, font, size, indent);
    }
  }

  heading(title: string): void {
    const style = this.layout.heading ?? "bold";
    const size = this.size + (style === "large" ? 4 : 2);
    this.column.advance(size * 1.1);
    this.column.advance(size * 1.3);
    const text = style === "caps-rule" && /[a-z]/.test(title) ? title.toUpperCase() : title;
    if (style === "square") this.column.text(`■ ${text}`, this.fonts.bold, size);
    else if (style === "bar") {
      this.column.text("|", this.fonts.bold, size);
      this.column.text(text, this.fonts.bold, size, 8);
    } else this.column.text(text, this.fonts.bold, size);
    if (style === "caps-rule" || style === "underline") this.column.rule();
    this.column.advance(3);
  }

  private bulleted(text: string, level: number): void {
    const glyph = this.layout.bullet ?? "•";
    const indent = 10 + level * 12;
    const lines = wrap(text, this.fonts.regular, this.size, this.column.width - indent);
    lines.forEach((line, i) => {
      this.column.advance(this.size * 1.4);
      if (i === 0 && glyph !== "none") this.column.text(glyph, this.fonts.regular, this.size, indent - 9);
      this.column.text(line, this.fonts.regular, this.size, indent);
    });
  }

  private title(text: string, sub: boolean): void {
    const [left = "", right] = text.split(/\s+\|\s+(?=[^|]*$)/);
    const size = sub ? this.size : this.size + 0.5;
    this.column.advance(sub ? 3 : 6);
    this.paragraph(left, 0, this.fonts.bold, size);
    if (!right) return;
    const width = this.fonts.regular.widthOfTextAtSize(right, this.size);
    if ((this.layout.titleDates ?? "right") === "below")
      this.paragraph(right, 0, this.fonts.regular, this.size - 0.5);
    else this.column.text(right, this.fonts.regular, this.size, this.column.width - width, GREY);
  }

  private row(label: string, values: string): void {
    this.column.advance(this.size * 1.45);
    this.column.text(label, this.fonts.bold, this.size);
    const labelWidth = Math.min(95, this.column.width * 0.35);
    const lines = wrap(values, this.fonts.regular, this.size, this.column.width - labelWidth);
    lines.forEach((line, i) => {
      if (i > 0) this.column.advance(this.size * 1.4);
      this.column.text(line, this.fonts.regular, this.size, labelWidth);
    });
  }

  line(markup: string): void {
    if (markup.startsWith("## ")) this.title(markup.slice(3), false);
    else if (markup.startsWith("### ")) this.title(markup.slice(4), true);
    else if (markup.startsWith("-- ")) this.bulleted(markup.slice(3), 1);
    else if (markup.startsWith("- ")) this.bulleted(markup.slice(2), 0);
    else if (markup.startsWith("> ")) this.paragraph(markup.slice(2), 14);
    else if (markup.includes(":: ")) {
      const [label, values] = markup.split(":: ");
      this.row(label!, values!);
    } else this.paragraph(markup, 0);
  }

  sections(sections: readonly Section[]): void {
    for (const section of sections) {
      this.heading(section.heading);
      for (const line of section.lines) this.line(line);
    }
  }
}

function header(column: Column, fonts: FontPair, resume: CorpusResume): void {
  const [name = "", ...rest] = resume.header;
  const center = resume.layout.headerAlign === "center";
  const put = (text: string, font: PDFFont, size: number) => {
    column.advance(size * 1.35);
    const x = center ? (column.width - font.widthOfTextAtSize(text, size)) / 2 : 0;
    column.text(text, font, size, x);
  };
  put(name, fonts.bold, 20);
  column.advance(4);
  for (const line of rest) put(line, fonts.regular, (resume.layout.size ?? 10) - 0.5);
  column.advance(6);
}

/** Draws the resume onto a new document: header, then one column or a sidebar beside the main column. */
export function renderResume(doc: PDFDocument, fonts: FontPair, resume: CorpusResume): void {
  const { layout } = resume;
  const pageSize = SIZES[layout.page ?? "a4"];
  const margin = layout.margin ?? 48;
  const full = pageSize[0] - 2 * margin;
  const top = pageSize[1] - margin;
  const head = new Column(doc, margin, full, top, margin, pageSize, top);
  header(head, fonts, resume);
  if (!layout.sidebar || !resume.side) {
    new SectionWriter(head, fonts, layout, false).sections(resume.main);
    return;
  }
  const sideWidth = full * 0.3;
  const gutter = 22;
  const mainWidth = full - sideWidth - gutter;
  const [sideX, mainX] =
    layout.sidebar === "left" ? [margin, margin + sideWidth + gutter] : [margin + mainWidth + gutter, margin];
  const side = new Column(doc, sideX, sideWidth, top, margin, pageSize, head.y);
  const main = new Column(doc, mainX, mainWidth, top, margin, pageSize, head.y);
  new SectionWriter(side, fonts, layout, true).sections(resume.side);
  new SectionWriter(main, fonts, layout, false).sections(resume.main);
}
