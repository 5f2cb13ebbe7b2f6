import { splitSentences } from "@studio/interview";
import type { ResumeChunk, ResumeSection } from "@studio/protocol";
import { headingSection, sectionAt } from "./section-headings";
import { readableRow } from "./section-lines";
import { joinedLines } from "./spaced-letters";

/** A run of lines that belong together: a paragraph, or one entry (a job, a project) with its bullets. */
interface Block {
  section: ResumeSection;
  heading: string;
  lines: string[];
}

// Sizes in characters: a chunk should hold one entry, so retrieval points at one job or project.
const MIN_CHARS = 80;
const TARGET_CHARS = 500;
const MAX_CHARS = 800;

const isBullet = (line: string) => line.startsWith("- ");

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let section: ResumeSection = "header";
  let heading = "";
  let lines: string[] = [];
  const flush = () => {
    if (lines.length) blocks.push({ section, heading, lines });
    lines = [];
  };
  const rows = joinedLines(text).map((raw) => (headingSection(raw.trim()) ? raw.trim() : readableRow(raw)));
  // A line alone between blank lines (as the layout sets headings apart) may be a heading by its last
  // word; sectionAt reads that too.
  for (const [i, line] of rows.entries()) {
    const opened = line ? sectionAt(rows, i) : null;
    if (!line || opened) {
      flush();
      if (opened) [section, heading] = [opened, line];
      continue;
    }
    // A plain line after bullets starts the next entry even without a blank line before it.
    if (!isBullet(line) && lines.some(isBullet)) flush();
    lines.push(line);
  }
  flush();
  // No heading known anywhere (prose headings): past the first block, a section of its own where
  // skills are read, as sectionLines does.
  if (blocks.every((block) => block.section === "header")) {
    return blocks.map((block, i) => (i > 0 ? { ...block, section: "other" as const } : block));
  }
  return blocks;
}

const size = (lines: readonly string[]) => lines.reduce((sum, line) => sum + line.length + 1, 0);

/** Small neighbouring blocks of one section (award lines, skill lists) become one chunk. */
function mergeSmall(blocks: readonly Block[]): Block[] {
  const merged: Block[] = [];
  for (const block of blocks) {
    const last = merged.at(-1);
    const fits = last && last.section === block.section && last.heading === block.heading;
    if (fits && (size(last.lines) < MIN_CHARS || size(block.lines) < MIN_CHARS)) {
      if (size(last.lines) + size(block.lines) <= TARGET_CHARS) {
        last.lines = [...last.lines, ...block.lines];
        continue;
      }
    }
    merged.push({ ...block, lines: [...block.lines] });
  }
  return merged;
}

function pieces(lines: readonly string[]): string[] {
  return lines.flatMap((line) => (line.length > TARGET_CHARS ? splitSentences(line) : [line]));
}

/**
 * Cuts an entry longer than MAX_CHARS into windows of about TARGET_CHARS. Each window after the first
 * repeats the entry's title line and the last line of the window before, so a bullet read alone still
 * says where it comes from.
 */
function windows(lines: readonly string[]): string[][] {
  if (size(lines) <= MAX_CHARS) return [[...lines]];
  const title = isBullet(lines[0]!) ? null : lines[0]!;
  const result: string[][] = [];
  let current: string[] = [];
  for (const piece of pieces(lines)) {
    if (current.length && size(current) + piece.length > TARGET_CHARS) {
      result.push(current);
      const overlap = current.at(-1)!;
      current = [...(title && overlap !== title ? [title] : []), ...(overlap.length < 200 ? [overlap] : [])];
    }
    current.push(piece);
  }
  if (current.length) result.push(current);
  return result;
}

/**
 * Cuts a resume's text into chunks by section (경력, 프로젝트, Skills, ... recognised by their
 * headings) and by entry or paragraph, with overlap where a long entry has to be split.
 */
export function chunkResume(text: string): ResumeChunk[] {
  return mergeSmall(splitBlocks(text))
    .flatMap((block) => windows(block.lines).map((lines) => ({ block, lines })))
    .map(({ block, lines }, index) => ({
      id: `c${index}`,
      section: block.section,
      heading: block.heading,
      text: lines.join("\n"),
      index,
    }));
}
