import type { CodingLanguage } from "@studio/protocol";
import type { CodeStructure } from "./code-structure";
import { list, type Note } from "./note";
import type { StrippedSource } from "./strip-source";

/** Called by the runtime or a framework, not by the candidate's code. */
const ENTRY_POINTS = new Set([
  "main",
  "solve",
  "solution",
  "run",
  "compare",
  "toString",
  "equals",
  "hashCode",
  "constructor",
]);

function calledByRuntime(name: string, code: string, fn: { start: number; header: string }): boolean {
  const before = code.slice(Math.max(0, fn.start - fn.header.length - 60), fn.start - fn.header.length);
  return ENTRY_POINTS.has(name) || /^__\w+__$/.test(name) || /@Override\b[\s\w<>,.[\]]*$/.test(before);
}

function unreachableLines(language: CodingLanguage, code: string): number[] {
  const lines: number[] = [];
  if (language === "python") {
    const rows = code.split("\n");
    rows.forEach((row, i) => {
      if (!/^\s*(return|break|continue|raise)\b/.test(row)) return;
      const indent = row.search(/\S/);
      const next = rows.slice(i + 1).findIndex((r) => r.trim() !== "");
      const following = next < 0 ? undefined : rows[i + 1 + next]!;
      if (
        following &&
        following.search(/\S/) === indent &&
        !/^\s*(elif|else|except|finally)\b/.test(following)
      ) {
        lines.push(i + 2 + next);
      }
    });
    return lines;
  }
  for (const match of code.matchAll(/([{;}]\s*)(return|break|continue|throw)\b[^;{}]*;(\s*)([^\s}])/g)) {
    const after = code.slice(match.index + match[0].length - 1, match.index + match[0].length + 8);
    if (/^(case|default)\b/.test(after)) continue;
    lines.push(code.slice(0, match.index + match[0].length).split("\n").length);
  }
  return lines;
}

function unusedImports(language: CodingLanguage, code: string): string[] {
  const imported: string[] = [];
  if (language === "python") {
    for (const m of code.matchAll(/^\s*import\s+([\w.]+)(?:\s+as\s+(\w+))?\s*$/gm))
      imported.push(m[2] ?? m[1]!.split(".")[0]!);
    for (const m of code.matchAll(/^\s*from\s+[\w.]+\s+import\s+([\w\s,]+)$/gm)) {
      for (const part of m[1]!.split(","))
        imported.push(
          part
            .trim()
            .split(/\s+as\s+/)
            .pop()!,
        );
    }
  } else if (language === "java") {
    for (const m of code.matchAll(/^\s*import\s+[\w.]+\.([A-Z]\w*)\s*;/gm)) imported.push(m[1]!);
  }
  return imported.filter((name) => name && (code.match(new RegExp(`\\b${name}\\b`, "g"))?.length ?? 0) < 2);
}

/** Unreachable statements, functions never called, unused imports, commented-out code. */
export function deadCodeNotes(
  language: CodingLanguage,
  stripped: StrippedSource,
  structure: CodeStructure,
): Note[] {
  const notes: Note[] = [];
  const code = structure.code;
  const unreachable = unreachableLines(language, code);
  if (unreachable.length) {
    notes.push({
      en: `Unreachable code after return/break on line ${unreachable.slice(0, 3).join(", ")}.`,
      ko: `return/break 뒤의 코드는 실행되지 않습니다(${unreachable.slice(0, 3).join(", ")}번째 줄).`,
    });
  }
  const unused = structure.functions
    .filter((fn) => !calledByRuntime(fn.name, code, fn))
    .filter((fn) => (code.match(new RegExp(`\\b${fn.name.replace(/\$/g, "\\$")}\\b`, "g"))?.length ?? 0) < 2)
    .map((fn) => fn.name);
  if (unused.length) {
    notes.push({
      en: `Defined but never called: ${list(unused)}.`,
      ko: `정의했지만 호출하지 않는 함수: ${list(unused)}.`,
    });
  }
  const imports = unusedImports(language, code);
  if (imports.length)
    notes.push({ en: `Unused imports: ${list(imports)}.`, ko: `사용하지 않는 import: ${list(imports)}.` });
  const codeLike =
    /([;{}]\s*$|^(\/\/|#)\s*(print|console\.|System\.out|printf|cout|return\b|if\s*\(|for\b|while\b|int\s|let\s|const\s|def\s))/;
  const commented = stripped.comments.filter((c) => codeLike.test(c.text.trim()));
  if (commented.length >= 2) {
    notes.push({
      en: `${commented.length} commented-out lines of code; delete them before you submit.`,
      ko: `주석 처리된 코드가 ${commented.length}줄 있습니다. 제출 전에 지우세요.`,
    });
  }
  return notes;
}
