import type { Evidence, Language } from "@studio/protocol";
import { splitSentences, tokenize } from "../text";

/** A project on the resume with the results it claims ("p95 1.2초 → 240ms", "conversion +11%"). */
export interface ResumeClaim {
  project: string;
  results: readonly string[];
}

/** A number with its unit, units folded to one spelling ("밀리초" and "ms", "퍼센트" and "%"). */
interface Figure {
  value: number;
  unit: string;
}

const UNITS: [RegExp, string][] = [
  [/^(%|퍼센트|percent|pct|％)$/i, "%"],
  [/^(ms|밀리초|milliseconds?)$/i, "ms"],
  [/^(s|초|secs?|seconds?)$/i, "s"],
  [/^(분|mins?|minutes?)$/i, "min"],
  [/^(시간|h|hrs?|hours?)$/i, "h"],
  [/^(배|x|times)$/i, "x"],
  [/^(명|users?|people)$/i, "people"],
  [/^(건|requests?|cases?)$/i, "count"],
  [/^(원|won|krw)$/i, "won"],
  [/^(tps|qps|rps)$/i, "rate"],
];
const FIGURE = /(\d+(?:[.,]\d+)?)\s*(%|％|[a-z]+|[가-힣]+)/gi;

function figures(text: string): Figure[] {
  const found: Figure[] = [];
  for (const [, number, word] of text.matchAll(FIGURE)) {
    // A Korean unit may carry a particle ("240ms로", "3배를"): try the word, then its first syllables.
    const candidates = [word!, word!.slice(0, 2), word!.slice(0, 1)];
    const unit = candidates.map((w) => UNITS.find(([re]) => re.test(w))?.[1]).find(Boolean);
    if (unit) found.push({ value: Number(number!.replace(",", ".")), unit });
  }
  return found;
}

/** Words that say which measure a figure is of ("실패율", "p95", "latency"), not the figures themselves. */
function measureWords(text: string, language: Language): Set<string> {
  return new Set(tokenize(text, language).filter((w) => w.length >= 2 && !/\d/.test(w)));
}

/** Most of the project's name is in the sentence ("주문 조회 API를 개선" names "주문 조회 API 개선"). */
function names(sentence: string, project: string, language: Language): boolean {
  const wanted = tokenize(project, language).filter((w) => w.length >= 2);
  if (wanted.length === 0) return false;
  const given = tokenize(sentence, language);
  const found = wanted.filter((w) =>
    given.some((g) => g.startsWith(w) || (g.length >= 2 && w.startsWith(g))),
  );
  return found.length / wanted.length >= 0.6;
}

/** Which project each sentence speaks of: the last one named so far (null before any is named). */
function projectsOf(sentences: readonly string[], claims: readonly ResumeClaim[], language: Language) {
  let current: string | null = null;
  return sentences.map((sentence) => {
    current = claims.find((c) => names(sentence, c.project, language))?.project ?? current;
    return current;
  });
}

const same = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, 0.01 * Math.max(a, b));

const NOTES = {
  contradicts: {
    ko: (result: string) =>
      `이력서에는 '${result}'라고 적혀 있는데 답변의 수치가 다릅니다. 어느 쪽이 맞는지 분명히 해 두세요.`,
    en: (result: string) =>
      `The resume says '${result}', but the answer gives a different figure. Make clear which one is right.`,
  },
  adds: {
    ko: (project: string) => `이력서의 '${project}'에 없는 수치를 더해 구체적으로 설명한 답변입니다.`,
    en: (project: string) => `Adds figures to '${project}' that the resume does not give.`,
  },
} as const;

/**
 * Checks an answer's figures against the results its resume claims: a sentence that speaks of the same
 * measure (shared words) in the same unit with none of the resume's numbers contradicts it; figures about a
 * project the resume gives none for add detail. Null when the answer says nothing checkable.
 */
export function checkResumeClaims(
  answer: string,
  language: Language,
  claims: readonly ResumeClaim[],
): Evidence | null {
  const sentences = splitSentences(answer);
  const about = projectsOf(sentences, claims, language);
  for (const claim of claims) {
    for (const result of claim.results) {
      const claimed = figures(result);
      if (claimed.length === 0) continue;
      const words = measureWords(result.replaceAll(claim.project, ""), language);
      for (const [i, sentence] of sentences.entries()) {
        // A figure about another project of the resume is no claim about this one.
        if (about[i] !== null && about[i] !== claim.project) continue;
        const given = figures(sentence).filter((f) => claimed.some((c) => c.unit === f.unit));
        if (given.length === 0) continue;
        // The same measure: the sentence names the project and shares a word with the result, or shares
        // most of the result's words ("시간" alone is no measure: 처리 시간 is not 장애 감지 시간).
        const shared = [...measureWords(sentence, language)].filter((w) => words.has(w)).length;
        const named = about[i] === claim.project;
        if (!(named ? shared >= 1 : shared >= 2 && shared >= 0.5 * words.size)) continue;
        const agrees = given.some((f) => claimed.some((c) => c.unit === f.unit && same(c.value, f.value)));
        if (!agrees)
          return {
            criterion: "logic",
            quote: sentence.slice(0, 160),
            note: NOTES.contradicts[language](result),
          };
      }
    }
  }
  const bare = (project: string | null) =>
    claims.find((c) => c.project === project && !c.results.some((r) => figures(r).length > 0));
  const i = sentences.findIndex((s, j) => bare(about[j]!) && figures(s).length > 0);
  return i >= 0
    ? { criterion: "specificity", quote: sentences[i]!.slice(0, 160), note: NOTES.adds[language](about[i]!) }
    : null;
}
