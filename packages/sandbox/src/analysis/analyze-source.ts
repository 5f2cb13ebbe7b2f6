import type { CodeAnalysis, CodingLanguage } from "@studio/protocol";
import { codeStructure } from "./code-structure";
import { formatCost } from "./cost";
import { type ComplexityEstimate, estimateComplexity, hiddenLinearCalls } from "./estimate-complexity";
import type { Note } from "./note";
import { stripSource } from "./strip-source";
import { styleNotes } from "./style-notes";

export type NoteLocale = "en" | "ko";

const REASONS_KO: Record<string, string> = {
  loops: "반복문 중첩",
  sort: "정렬",
  "memoized recursion": "메모이제이션 재귀",
  "graph search (each node once)": "그래프 탐색(노드당 한 번)",
  "divide and conquer": "분할 정복",
  "halving recursion": "절반씩 줄어드는 재귀",
  "branching recursion without memoization": "메모이제이션 없는 분기 재귀",
  "linear recursion": "선형 재귀",
};

function complexityNote(estimate: ComplexityEstimate): Note {
  const complexity = formatCost(estimate.cost);
  const en = estimate.reasons.join(", ") || "straight-line code";
  const ko = estimate.reasons.map((reason) => REASONS_KO[reason] ?? reason).join(", ") || "반복 없는 코드";
  return {
    en: `Estimated time complexity ${complexity} (from ${en}; n is the input size).`,
    ko: `예상 시간 복잡도 ${complexity} (${ko} 기준, n은 입력 크기).`,
  };
}

/**
 * A static reading of the submission: estimated time complexity from loop nesting, sorting and recursion,
 * and style notes (naming, function length, nesting, dead code, language idioms). Heuristic by design.
 */
export function analyzeSource(
  language: CodingLanguage,
  source: string,
  locale: NoteLocale = "en",
): CodeAnalysis {
  const stripped = stripSource(language, source);
  const structure = codeStructure(language, stripped.code);
  const estimate = estimateComplexity(language, structure);
  const hidden = hiddenLinearCalls(language, structure).slice(0, 3);
  const hiddenNotes: Note[] = hidden.map(({ line, call }) => ({
    en: `Line ${line}: ${call.replace(/\($/, "(...)")} inside a loop walks the whole collection each time.`,
    ko: `${line}번째 줄: 반복문 안의 ${call.replace(/\($/, "(...)")}은 매번 전체를 순회합니다.`,
  }));
  const notes = [
    complexityNote(estimate),
    ...hiddenNotes,
    ...styleNotes(language, source, stripped, structure),
  ];
  return { complexity: formatCost(estimate.cost), notes: notes.map((note) => note[locale]) };
}
