import type { Language } from "@studio/protocol";
import { isHollow, type JudgedAnswer } from "./panel-answers";

/** A two-line summary in the panel's language: how much was heard, the strongest and weakest items. */
export function summarise(
  language: Language,
  scores: Record<string, number>,
  judged: readonly JudgedAnswer[],
  unasked: readonly string[],
): string {
  const ko = language === "ko";
  if (judged.length === 0) return ko ? "아직 답변이 없습니다." : "No answers yet.";
  const hollow = judged.filter((j) => isHollow(j.evaluation)).length;
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const [best, worst] = [ranked[0], ranked[ranked.length - 1]];
  const parts = [ko ? `답변 ${judged.length}개를 들었습니다.` : `${judged.length} answer(s) heard.`];
  if (hollow > 0)
    parts.push(
      ko
        ? `그중 ${hollow}개는 질문과 관계없거나 내용이 없었습니다.`
        : `${hollow} of them were off topic or empty.`,
    );
  if (best && worst && best[1] > worst[1])
    parts.push(
      ko
        ? `가장 강한 항목은 ${best[0]}(${best[1]}/5), 보완할 항목은 ${worst[0]}(${worst[1]}/5)입니다.`
        : `Strongest: ${best[0]} (${best[1]}/5); weakest: ${worst[0]} (${worst[1]}/5).`,
    );
  if (unasked.length > 0)
    parts.push(
      ko
        ? `아직 직접 확인하지 못한 항목: ${unasked.join(", ")}.`
        : `Not asked about directly yet: ${unasked.join(", ")}.`,
    );
  return parts.join(" ");
}
