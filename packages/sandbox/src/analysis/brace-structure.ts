import { lineOf, linesIn, matchingClose } from "./code-positions";
import type { Block, FunctionInfo } from "./code-structure";

/** Loops and functions of C, C++, Java and JavaScript, found by their brackets. */
const KEYWORDS = new Set(
  "if else for while do switch case catch return new sizeof typeof throw try synchronized function await yield delete in of instanceof".split(
    " ",
  ),
);

/** End of a single statement without braces: `for (...) x++;` or `for (...) if (...) { ... }`. */
function statementEnd(code: string, from: number): number {
  const keyword = /^\s*(if|for|while|else)\b/.test(code.slice(from, from + 10));
  let depth = 0;
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "{" && depth === 0) {
      const close = matchingClose(code, i);
      if (keyword) return close + 1;
      i = close;
    } else if (c === ";" && depth === 0) return i + 1;
  }
  return code.length;
}

export function braceLoops(code: string): Block[] {
  const loops: Block[] = [];
  for (const match of code.matchAll(/\b(for|while)\s*\(/g)) {
    const open = match.index + match[0].length - 1;
    const close = matchingClose(code, open);
    const after = code.slice(close + 1).search(/\S/) + close + 1;
    if (code[after] === ";") continue; // the tail of a do-while, or an empty loop
    const end = code[after] === "{" ? matchingClose(code, after) + 1 : statementEnd(code, after);
    const header = code.slice(match.index, close + 1);
    loops.push({ start: match.index, headerEnd: close + 1, end, line: lineOf(code, match.index), header });
  }
  for (const match of code.matchAll(/\bdo\s*\{/g)) {
    const open = match.index + match[0].length - 1;
    const close = matchingClose(code, open);
    const tail = /^\s*while\s*\(([^;]*)\)\s*;/.exec(code.slice(close + 1));
    const header = `while (${tail?.[1] ?? ""})`;
    loops.push({
      start: match.index,
      headerEnd: open,
      end: close + 1,
      line: lineOf(code, match.index),
      header,
    });
  }
  return loops.sort((a, b) => a.start - b.start);
}

export function braceFunctions(code: string): FunctionInfo[] {
  const functions: FunctionInfo[] = [];
  const named = /\b([A-Za-z_$][\w$]*)\s*(?:=\s*(?:async\s*)?(?:function\b\s*)?)?\(/g;
  for (const match of code.matchAll(named)) {
    const name = match[1]!;
    const before = code.slice(Math.max(0, match.index - 8), match.index);
    if (KEYWORDS.has(name) || /(\.|\bnew\s+)$/.test(before)) continue;
    const open = match.index + match[0].length - 1;
    const close = matchingClose(code, open);
    const tail = /^\s*(?:const\s*)?(?:noexcept\s*)?(?:throws\s+[\w.,\s]+)?(?:=>\s*)?\{/.exec(
      code.slice(close + 1),
    );
    if (!tail) continue;
    const body = close + tail[0].length;
    const end = matchingClose(code, body) + 1;
    const line = lineOf(code, match.index);
    const params = code.slice(open + 1, close);
    const header = code.slice(match.index, body);
    functions.push({
      name,
      params,
      start: body,
      headerEnd: body,
      end,
      line,
      header,
      lineCount: linesIn(code, body, end),
    });
  }
  return functions;
}

export function braceDepth(code: string, functions: FunctionInfo[]): number {
  let max = 0;
  for (const fn of functions) {
    let depth = 0;
    for (let i = fn.start; i < fn.end; i++) {
      if (code[i] === "{") max = Math.max(max, ++depth);
      else if (code[i] === "}") depth--;
    }
  }
  return max;
}
