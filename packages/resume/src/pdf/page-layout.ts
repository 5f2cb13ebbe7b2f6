import { joinWrapped, normalizeLine } from "../text/normalize-text";
import type { PdfTextItem } from "./read-pdf-items";

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

// "3", "- 3 -", "3 / 5", "Page 3 of 5": footers that would otherwise land inside an entry.
const PAGE_NUMBER = /^(-\s*\d{1,3}\s*-|\d{1,3}(\s*(\/|of)\s*\d{1,3})?|page\s+\d{1,3}(\s+of\s+\d{1,3})?)$/i;

function startLine(item: PdfTextItem): Line {
  return { text: item.str, left: item.x, right: item.x + item.width, y: item.y, size: item.size };
}

function onSameLine(line: Line, item: PdfTextItem): boolean {
  return Math.abs(line.y - item.y) <= 0.4 * Math.max(line.size, item.size);
}

function append(line: Line, item: PdfTextItem): void {
  // Runs drawn apart with no space character between them are separate words.
  const gap = item.x - line.right;
  const spaced = /\s$/.test(line.text) || /^\s/.test(item.str);
  line.text += !spaced && gap > 0.2 * item.size ? ` ${item.str}` : item.str;
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
  return lines
    .map((line) => ({ ...line, text: normalizeLine(line.text) }))
    .filter((line) => line.text && !PAGE_NUMBER.test(line.text));
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

const STARTS_ITEM = /^(- |\d{1,2}[.)] |\d{4}\s*[.년/-])/;

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
  if (/[.!?。:]$/.test(line.text) || STARTS_ITEM.test(next.text)) return false;
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

/**
 * The text of one page from its text runs: runs on one baseline become a line, wrapped lines are
 * joined back into their sentence, and a wider gap between lines becomes a blank line (a new paragraph).
 */
export function pageText(items: readonly PdfTextItem[], pageWidth: number): string {
  const lines = groupLines(items);
  if (lines.length === 0) return "";
  const margin = wrapMargin(lines, pageWidth);
  const lineGap = usualLineGap(lines);
  let text = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const [previous, line] = [lines[i - 1]!, lines[i]!];
    const gap = previous.y - line.y;
    if (gap > 1.4 * lineGap || gap < -previous.size) text += `\n\n${line.text}`;
    else if (margin && continues(previous, line, margin.right, margin.width))
      text = joinWrapped(text, line.text);
    else text += `\n${line.text}`;
  }
  return text;
}
