import type { Criterion, Language, PanelMember, PersonaId, PersonaVerdict, Report } from "@studio/protocol";
import { roundTo1, weightedMean } from "../report/averaging";
import { CRITERION_LABELS, formatScore, quote } from "../report/report-labels";

type Answer = Pick<Report["questions"][number], "persona" | "followUp" | "question" | "evaluation">;

/** What each persona looks at most closely when it judges an answer. */
const FOCUS: Record<PersonaId, readonly Criterion[]> = {
  tech_lead: ["technical", "logic"],
  hr: ["communication", "star"],
  executive: ["specificity", "logic"],
};

/** Average total out of 25 at or above which each recommendation is given (the report's grade bands). */
const BANDS = [
  { recommendation: "strong_yes", min: 19 },
  { recommendation: "yes", min: 15 },
  { recommendation: "lean_no", min: 11 },
] as const;

const CLOSING: Record<Language, Record<PersonaVerdict["recommendation"], string>> = {
  ko: {
    strong_yes: "다음 단계로 강력히 추천하겠습니다.",
    yes: "다음 단계로 추천하겠습니다.",
    lean_no: "아직은 확신이 서지 않습니다.",
    no: "이번에는 추천하기 어렵습니다.",
    none: "제 질문에는 답변을 듣지 못했습니다.",
  },
  en: {
    strong_yes: "I would strongly recommend moving forward.",
    yes: "I would recommend moving forward.",
    lean_no: "I am not yet convinced.",
    no: "I could not recommend moving forward this time.",
    none: "I did not hear an answer to my questions.",
  },
};

const snippet = (text: string) => (text.length > 40 ? `${text.slice(0, 38).trimEnd()}…` : text);

function summaryOf(
  member: PanelMember,
  answers: readonly Answer[],
  language: Language,
  verdict: PersonaVerdict["recommendation"],
): string {
  if (answers.length === 0) return CLOSING[language][verdict];
  const focus = FOCUS[member.id];
  const labels = focus
    .map((c) => quote(CRITERION_LABELS[language][c], language))
    .join(language === "ko" ? "·" : " and ");
  const focusMean = weightedMean(
    answers,
    (a) => focus.reduce((s, c) => s + a.evaluation.scores[c], 0) / focus.length,
  );
  const best = answers.reduce((b, a) => (a.evaluation.total > b.evaluation.total ? a : b));
  const worst = answers.reduce((w, a) => (a.evaluation.total < w.evaluation.total ? a : w));
  const lines =
    language === "ko"
      ? [
          `제가 중점적으로 본 ${labels} 평균은 ${formatScore(focusMean)}/5점입니다.`,
          `가장 좋았던 답변은 ${quote(snippet(best.question), language)} 질문에 대한 답변(${best.evaluation.total}/25)입니다.`,
          worst !== best
            ? `${quote(snippet(worst.question), language)} 질문의 답변(${worst.evaluation.total}/25)은 보완이 필요합니다.`
            : "",
        ]
      : [
          `On what I look at most, ${labels}, you averaged ${formatScore(focusMean)}/5.`,
          `Your best answer was to ${quote(snippet(best.question), language)} (${best.evaluation.total}/25).`,
          worst !== best
            ? `Your answer to ${quote(snippet(worst.question), language)} (${worst.evaluation.total}/25) needs more work.`
            : "",
        ];
  return [...lines.filter(Boolean), CLOSING[language][verdict]].join(" ");
}

/**
 * What each AI interviewer would say about the candidate, from the scores of the answers to their own
 * questions (follow-ups weigh half, as in the report's averages) and the criteria they care about most.
 */
export function personaVerdicts(
  members: readonly PanelMember[],
  answers: readonly Answer[],
  language: Language,
): PersonaVerdict[] {
  return members.map((member) => {
    const own = answers.filter((a) => a.persona === member.id);
    const average = own.length > 0 ? roundTo1(weightedMean(own, (a) => a.evaluation.total)) : null;
    const recommendation =
      average === null ? "none" : (BANDS.find((b) => average >= b.min)?.recommendation ?? "no");
    return {
      persona: member.id,
      name: member.name,
      title: member.title,
      answered: own.length,
      average,
      recommendation,
      summary: summaryOf(member, own, language, recommendation),
    };
  });
}
