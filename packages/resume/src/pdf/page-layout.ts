import { splitColumns } from "../layout/columns";
import { joinWrapped, normalizeLine } from "../text/normalize-text";
import type { PdfTextItem } from "./read-pdf-items";

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  /** Runs far apart on one baseline ("Company      2021 - 2023", a table row): never a wrapped line. */
  gapped: boolean;
  /** Set larger than the body text and short: a section heading (or the name on top). */
  heading?: boolean;
  /** Indented under the line above without a bullet glyph. */
  indented?: boolean;
}

// "3", "- 3 -", "3 / 5", "Page 3 of 5": footers that would otherwise land inside an entry.
const PAGE_NUMBER = /^(-\s*\d{1,3}\s*-|\d{1,3}(\s*(\/|of)\s*\d{1,3})?|page\s+\d{1,3}(\s+of\s+\d{1,3})?)$/i;

function startLine(item: PdfTextItem): Line {
  return {
    text: item.str,
    left: item.x,
    right: item.x + item.width,
    y: item.y,
    size: item.size,
    gapped: false,
  };
}

function onSameLine(line: Line, item: PdfTextItem): boolean {
  return Math.abs(line.y - item.y) <= 0.4 * Math.max(line.size, item.size);
}

function append(line: Line, item: PdfTextItem): void {
  // Runs drawn apart with no space character between them are separate words.
  const gap = item.x - line.right;
  const spaced = /\s$/.test(line.text) || /^\s/.test(item.str);
  // A wide gap parts two fields (a title and its flush-right dates, a table's label and values).
  if (gap > 2.5 * item.size) {
    line.text = `${line.text.trimEnd()} | ${item.str.trimStart()}`;
    line.gapped = true;
  } else line.text += !spaced && gap > 0.2 * item.size ? ` ${item.str}` : item.str;
  line.right = Math.max(line.right, item.x + item.width);
  line.size = Math.max(line.size, item.size);
}

function groupLines(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    if (item.str.trim()) {
      if (current && onSameLine(current, item)) append(current, item);
      else {
        if (current) lines.push(current);
        current = startLine(item);
      }
    }
    if (item.eol && current) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return inPageOrder(lines)
    .map((line) => ({ ...line, text: normalizeLine(line.text) }))
    .filter((line) => line.text && !PAGE_NUMBER.test(line.text));
}

/**
 * Lines top to bottom when the PDF drew them out of that order: Chromium paints positioned boxes (a
 * timeline's entries) after the rest, so every heading of a column comes before all its entries. A
 * jump back up of a quarter of the column says so; a table's tall cell jumps back by one row only,
 * and its runs keep the order they were drawn in.
 */
function inPageOrder(lines: Line[]): Line[] {
  if (lines.length < 4) return lines;
  const ys = lines.map((line) => line.y);
  const span = Math.max(...ys) - Math.min(...ys);
  const jumpsBack = lines.some((line, i) => i > 0 && line.y - lines[i - 1]!.y > 0.25 * span);
  // Two lines on one baseline are side by side (columns the splitter left whole, a table's cells): the
  // drawn order is the only reading order there is.
  const sideBySide = lines.some((line, i) =>
    lines.some((other, j) => j > i && Math.abs(other.y - line.y) <= 0.4 * Math.max(line.size, other.size)),
  );
  return jumpsBack && !sideBySide ? [...lines].sort((a, b) => Math.round(b.y) - Math.round(a.y)) : lines;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The usual distance between baselines on this page; a bigger gap separates paragraphs. */
function usualLineGap(lines: readonly Line[]): number {
  const gaps = lines.slice(1).map((line, i) => lines[i]!.y - line.y);
  const positive = gaps.filter((gap) => gap > 0);
  return positive.length >= 3 ? median(positive) : 1.3 * median(lines.map((line) => line.size));
}

// A bracketed label ("【프로젝트명】", "[Project]") or a bullet's opening verb ("Built …", "Shipped …")
// starts an item too: where bullets are drawn as shapes, nothing else tells the next bullet apart.
const STARTS_ITEM =
  /^(- |\d{1,2}[.)] |\d{4}\s*[.년/-]|[【［[▶■●○◎]|(?:Built|Shipped|Led|Designed|Developed|Implemented|Wrote|Created|Launched|Owned|Profiled|Migrated|Reduced|Introduced|Rewrote|Mentored|Delivered|Replaced|Assessed|Moved)\s)/u;

/** How wide the first word of a line is, estimated from the line's width per character. */
function firstWordWidth(line: Line): number {
  const word = line.text.split(" ")[0] ?? "";
  return ((line.right - line.left) * (word.length + 1)) / line.text.length;
}

/**
 * A line that goes on in the next one: the next line's first word would not have fitted at its end,
 * and the next line starts no new item (bullet, numbering, date) and has the same font size.
 */
function continues(line: Line, next: Line, rightEdge: number, width: number): boolean {
  if (line.right + firstWordWidth(next) < rightEdge - 0.02 * width) return false;
  if (line.gapped || next.gapped || /[.!?。:]$/.test(line.text) || STARTS_ITEM.test(next.text)) return false;
  // Short lines one under the other are a list (a sidebar's skills), unless the first ends mid-phrase.
  const words = (text: string) => text.split(" ").length;
  if (words(line.text) <= 4 && words(next.text) <= 3 && !/[,&/+(]$|\b(?:and|및|or)$/.test(line.text))
    return false;
  // A plain line followed by an indented one is a title over its first item (a list whose bullets are
  // drawn as shapes, not glyphs), not a sentence running on.
  if (next.indented && !line.indented && !line.text.startsWith("- ")) return false;
  return next.left >= line.left - 2 && Math.abs(next.size - line.size) < 1;
}

/**
 * Where wrapped lines end: the right edge of the text, trusted only when the text spans at least half
 * the page and two lines or more reach it (a list of short lines has no margin to run into).
 */
function wrapMargin(lines: readonly Line[], pageWidth: number): { right: number; width: number } | null {
  const right = Math.max(...lines.map((line) => line.right));
  const width = right - Math.min(...lines.map((line) => line.left));
  const reaching = lines.filter((line) => line.right >= right - 0.1 * width).length;
  return width >= 0.5 * pageWidth && reaching >= 2 ? { right, width } : null;
}

function blockText(items: readonly PdfTextItem[], pageWidth: number): string {
  const lines = markLayout(groupLines(items));
  if (lines.length === 0) return "";
  const margin = wrapMargin(lines, pageWidth);
  const lineGap = usualLineGap(lines);
  const shown = (line: Line) => (line.indented ? `- ${line.text}` : line.text);
  let text = shown(lines[0]!);
  for (let i = 1; i < lines.length; i++) {
    const [previous, line] = [lines[i - 1]!, lines[i]!];
    const gap = previous.y - line.y;
    if (gap > 1.4 * lineGap || gap < -previous.size || line.heading || previous.heading)
      text += `\n\n${shown(line)}`;
    else if (margin && continues(previous, line, margin.right, margin.width))
      text = joinWrapped(text, line.text);
    else text += `\n${shown(line)}`;
  }
  return text;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.floor(p * (values.length - 1))] ?? 0;

/**
 * What the positions say about each line: a short line set in a larger size than the body is a
 * heading; a line indented from the column's edge without a bullet glyph is an item under the line
 * above it (resumes often indent bullets without drawing one), unless it is centred.
 */
function markLayout(lines: Line[]): Line[] {
  if (lines.length < 4) return lines;
  const body = median(lines.map((line) => line.size));
  const edge = percentile(
    lines.map((line) => line.left),
    0.1,
  );
  const end = Math.max(...lines.map((line) => line.right));
  return lines.map((line) => {
    const heading = line.size >= 1.12 * body && line.text.length <= 40;
    const indent = line.left - edge;
    // Centred: as far from both edges, and clearly so (a long indented bullet that happens to end as
    // far from the right edge as its indent is no centred line).
    const centred = Math.abs(indent - (end - line.right)) < 4 && indent > 0.1 * (end - edge);
    const item = indent > 6 && indent < 60 && !centred && !line.text.startsWith("- ") && !heading;
    return { ...line, heading, indented: item };
  });
}

/**
 * The text of one page from its text runs: a two-column page is read column by column (the header
 * across both first), runs on one baseline become a line, wrapped lines are joined back into their
 * sentence, and a wider gap between lines or a heading becomes a blank line (a new paragraph).
 */
export function pageText(items: readonly PdfTextItem[], pageWidth: number): string {
  const { top, columns } = splitColumns(items, pageWidth);
  // A column wraps at its own right edge: its width stands for the page's.
  const extent = (part: PdfTextItem[]) =>
    Math.max(...part.map((i) => i.x + i.width)) - Math.min(...part.map((i) => i.x));
  return [top, ...columns]
    .map((part, i) => blockText(part, i > 0 && part.length ? extent(part) : pageWidth))
    .filter(Boolean)
    .join("\n\n");
}
