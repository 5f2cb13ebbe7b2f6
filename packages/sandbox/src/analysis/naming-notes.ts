import type { CodingLanguage } from "@studio/protocol";
import type { CodeStructure } from "./code-structure";
import { list, type Note } from "./note";

const COMMON_SHORT_NAMES = new Set(["i", "j", "k", "n", "m", "x", "y", "_"]);

function declaredNames(language: CodingLanguage, code: string): string[] {
  const pattern =
    language === "python"
      ? /^\s*([A-Za-z_]\w*)\s*(?:,\s*[A-Za-z_]\w*\s*)*=[^=]/gm
      : /\b(?:int|long|double|float|char|bool|boolean|String|auto|var|let|const|size_t)\s+([A-Za-z_$][\w$]*)/g;
  return [...code.matchAll(pattern)].map((m) => m[1]!);
}

/** Names against the language's convention, and too many one-letter names. */
export function namingNotes(language: CodingLanguage, structure: CodeStructure): Note[] {
  const notes: Note[] = [];
  const names = [
    ...new Set([...structure.functions.map((f) => f.name), ...declaredNames(language, structure.code)]),
  ];
  if (language === "python") {
    const camel = names.filter((name) => /^[a-z]+[A-Z]/.test(name));
    if (camel.length) {
      notes.push({
        en: `Python names are snake_case by convention (PEP 8): ${list(camel)}.`,
        ko: `파이썬은 관례상 snake_case 이름을 씁니다(PEP 8): ${list(camel)}.`,
      });
    }
  } else if (language === "java" || language === "javascript") {
    const snake = names.filter((name) => /^[a-z]+_[a-z0-9_]+$/.test(name));
    if (snake.length) {
      notes.push({
        en: `${language === "java" ? "Java" : "JavaScript"} names are camelCase by convention: ${list(snake)}.`,
        ko: `${language === "java" ? "자바" : "자바스크립트"}는 관례상 camelCase 이름을 씁니다: ${list(snake)}.`,
      });
    }
  }
  const short = names.filter((name) => name.length === 1 && !COMMON_SHORT_NAMES.has(name));
  if (short.length >= 4) {
    notes.push({
      en: `Many one-letter names (${list(short)}...): descriptive names make your reasoning easier to follow.`,
      ko: `한 글자 이름이 많습니다(${list(short)}...). 의미 있는 이름을 쓰면 풀이를 설명하기 쉽습니다.`,
    });
  }
  return notes;
}
