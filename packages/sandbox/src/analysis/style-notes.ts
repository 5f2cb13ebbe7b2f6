import type { CodingLanguage } from "@studio/protocol";
import type { CodeStructure } from "./code-structure";
import { deadCodeNotes } from "./dead-code-notes";
import { namingNotes } from "./naming-notes";
import type { Note } from "./note";
import type { StrippedSource } from "./strip-source";

const LONG_FUNCTION_LINES = 40;

function sizeNotes(language: CodingLanguage, structure: CodeStructure): Note[] {
  const notes: Note[] = [];
  for (const fn of structure.functions.filter((f) => f.lineCount > LONG_FUNCTION_LINES).slice(0, 2)) {
    notes.push({
      en: `${fn.name} is ${fn.lineCount} lines long; splitting it into smaller functions would read better.`,
      ko: `${fn.name} 함수가 ${fn.lineCount}줄입니다. 작은 함수로 나누면 읽기 쉬워집니다.`,
    });
  }
  if (structure.maxDepth > (language === "java" ? 5 : 4)) {
    notes.push({
      en: `Blocks nest ${structure.maxDepth} levels deep; early returns or helper functions would flatten them.`,
      ko: `블록이 ${structure.maxDepth}단계까지 중첩됩니다. 조기 반환이나 보조 함수로 줄일 수 있습니다.`,
    });
  }
  return notes;
}

const LANGUAGE_RULES: Record<CodingLanguage, Array<{ pattern: RegExp; note: Note }>> = {
  python: [
    {
      pattern: /\bexcept\s*:/,
      note: {
        en: "A bare `except:` hides every error; catch the exception you expect.",
        ko: "`except:`는 모든 오류를 숨깁니다. 예상하는 예외만 잡으세요.",
      },
    },
    {
      pattern: /\bimport\s+\*/,
      note: {
        en: "`import *` makes it unclear where names come from.",
        ko: "`import *`는 이름의 출처를 흐립니다.",
      },
    },
  ],
  javascript: [
    {
      pattern: /\bvar\s/,
      note: {
        en: "Prefer `let`/`const` to `var` (block scope).",
        ko: "`var` 대신 블록 범위의 `let`/`const`를 쓰세요.",
      },
    },
    {
      pattern: /[^=!<>]==[^=]|!=[^=]/,
      note: {
        en: "`==` converts types; `===` says what you mean.",
        ko: "`==`는 타입을 변환합니다. `===`를 쓰세요.",
      },
    },
  ],
  java: [
    {
      pattern: /catch\s*\([^)]*\)\s*\{\s*\}/,
      note: { en: "An empty catch block swallows the error.", ko: "빈 catch 블록은 오류를 삼킵니다." },
    },
  ],
  c: [
    {
      pattern: /\bgets\s*\(/,
      note: {
        en: "`gets` cannot bound its input; use `fgets`.",
        ko: "`gets`는 입력 길이를 제한하지 못합니다. `fgets`를 쓰세요.",
      },
    },
  ],
  cpp: [
    {
      pattern: /#include\s*<bits\/stdc\+\+\.h>/,
      note: {
        en: "`<bits/stdc++.h>` is a GCC-only header; include what you use in production code.",
        ko: "`<bits/stdc++.h>`는 GCC 전용 헤더입니다. 실무 코드에서는 필요한 헤더만 포함하세요.",
      },
    },
  ],
};

export function styleNotes(
  language: CodingLanguage,
  source: string,
  stripped: StrippedSource,
  structure: CodeStructure,
): Note[] {
  const rules = LANGUAGE_RULES[language].filter((rule) => rule.pattern.test(structure.code));
  const long = source.split("\n").filter((line) => line.length > 120).length;
  const lineNote = long
    ? [{ en: `${long} lines are longer than 120 characters.`, ko: `120자를 넘는 줄이 ${long}개 있습니다.` }]
    : [];
  return [
    ...namingNotes(language, structure),
    ...sizeNotes(language, structure),
    ...deadCodeNotes(language, stripped, structure),
    ...rules.map((rule) => rule.note),
    ...lineNote,
  ];
}
