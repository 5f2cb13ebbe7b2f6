import { linesIn, matchingClose } from "./code-positions";
import type { Block, FunctionInfo } from "./code-structure";

/** Loops and functions of Python, found by indentation; comprehensions count as loops. */
function indentOf(line: string): number {
  return line.replace(/\t/g, "    ").search(/\S/);
}

/** Index of the bracket that opens the expression around `at` on this line, or -1. */
function openingBracket(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (")]}".includes(text[i]!)) depth++;
    else if ("([{".includes(text[i]!) && depth-- === 0) return i;
  }
  return -1;
}

/** A comprehension or generator: the element before `for` repeats; the iterable after it runs once. */
function comprehension(code: string, lineStart: number, text: string, forAt: number, line: number): Block {
  const open = openingBracket(text, forAt);
  const close = open < 0 ? text.length : matchingClose(code, lineStart + open) - lineStart;
  const start = lineStart + open + 1;
  const header = text.slice(forAt, close);
  return { start, headerEnd: start, end: lineStart + forAt, line, header };
}

/** Python blocks end at the first later line indented no deeper than their header. */
export function pythonBlocks(code: string): { loops: Block[]; functions: FunctionInfo[]; maxDepth: number } {
  const lines = code.split("\n");
  const offsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    offsets.push(offset);
    offset += line.length + 1;
  }
  const endOf = (index: number, indent: number) => {
    for (let j = index + 1; j < lines.length; j++)
      if (lines[j]!.trim() && indentOf(lines[j]!) <= indent) return offsets[j]! - 1;
    return code.length;
  };
  const loops: Block[] = [];
  const functions: FunctionInfo[] = [];
  let maxDepth = 0;
  lines.forEach((text, i) => {
    if (!text.trim()) return;
    const indent = indentOf(text);
    const start = offsets[i]! + indent;
    const fn = /^(?:async\s+)?def\s+(\w+)\s*\(([^)]*)/.exec(text.trim());
    if (fn) {
      const end = endOf(i, indent);
      const body = offsets[i]! + text.length;
      const lineCount = linesIn(code, body, end) - 1;
      const header = text.trim();
      functions.push({
        name: fn[1]!,
        params: fn[2]!,
        start: body,
        headerEnd: body,
        end,
        line: i + 1,
        header,
        lineCount,
      });
    }
    if (/^(?:async\s+)?(for|while)\b/.test(text.trim())) {
      loops.push({
        start,
        headerEnd: offsets[i]! + text.length,
        end: endOf(i, indent),
        line: i + 1,
        header: text.trim(),
      });
    }
    const statementFor = /^(?:async\s+)?for\b/.test(text.trim()) ? text.indexOf("for", indent) : -1;
    for (const match of text.matchAll(/\bfor\b/g)) {
      if (match.index !== statementFor)
        loops.push(comprehension(code, offsets[i]!, text, match.index, i + 1));
    }
    maxDepth = Math.max(maxDepth, Math.floor(indent / 4));
  });
  return { loops: loops.sort((a, b) => a.start - b.start), functions, maxDepth };
}
