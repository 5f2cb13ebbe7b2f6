import type { Language } from "@studio/protocol";
import type { SelfIntroChecks } from "./assess-self-intro";
import type { IntroLength } from "./intro-length";

type TipKey =
  | "lengthGood"
  | "tooShort"
  | "tooLong"
  | "opening"
  | "noOpening"
  | "evidence"
  | "noEvidence"
  | "tooManyClaims"
  | "roleLink"
  | "noRoleLink"
  | "closing"
  | "noClosing"
  | "recital";

const TIPS: Record<Language, Record<TipKey, string>> = {
  ko: {
    lengthGood: "길이가 1분 분량({count}음절, 약 {sec}초)에 잘 맞습니다.",
    tooShort:
      "1분에 비해 짧습니다({count}음절, 약 {sec}초). 250~350음절을 목표로 강점 하나에 근거가 되는 경험을 한 문장 더 붙여 보세요.",
    tooLong:
      "1분을 넘깁니다({count}음절, 약 {sec}초). 250~350음절로 줄이고, 가장 보여 주고 싶은 강점 한두 개만 남기세요.",
    opening: "첫 문장에서 어떤 사람인지(직무·분야) 분명히 밝혔습니다.",
    noOpening:
      "첫 문장에서 '저는 ~하는 ○○ 개발자입니다'처럼 직무와 정체성을 한 문장으로 먼저 밝혀 주세요. 인사나 이름만으로는 기억에 남지 않습니다.",
    evidence: "강점을 구체적인 경험과 결과로 뒷받침했습니다.",
    noEvidence:
      "강점을 말로만 주장하고 있습니다. 그 강점이 드러난 경험 하나를 수치나 결과와 함께 한 문장으로 덧붙이세요.",
    tooManyClaims: "근거 사례가 너무 많아 핵심이 흐려집니다. 가장 강한 사례 한두 개만 남기세요.",
    roleLink: "지원한 직무·회사와 본인의 경험을 연결했습니다.",
    noRoleLink:
      "지원한 직무나 회사와의 연결이 없습니다. 그 강점이 이 직무에서 어떻게 쓰일지 한 문장으로 이어 주세요.",
    closing: "마무리 문장으로 인상을 정리했습니다.",
    noClosing:
      "마무리 문장이 없습니다. '입사하면 ~로 기여하겠습니다'처럼 포부나 각오를 한 문장으로 정리하며 끝내세요.",
    recital:
      "이력서를 시간 순서대로 읽는 느낌입니다. 학교·경력 나열은 줄이고, 나를 보여 주는 핵심 메시지 하나에 경험을 모아 주세요.",
  },
  en: {
    lengthGood: "The length fits one minute ({count} words, about {sec} s).",
    tooShort:
      "Short for one minute ({count} words, about {sec} s). Aim for 130-170 words: add one sentence of evidence behind your main strength.",
    tooLong:
      "Longer than one minute ({count} words, about {sec} s). Cut to 130-170 words and keep only the one or two strengths you most want remembered.",
    opening: "Your first sentence says clearly who you are and what you do.",
    noOpening:
      'Open with one line that says who you are: "I\'m a backend engineer who ...". A greeting and a name alone are not memorable.',
    evidence: "You back your strength with a concrete result.",
    noEvidence:
      "Your strengths are claimed, not shown. Add one experience that proves the main one, with a number or an outcome.",
    tooManyClaims: "Too many examples blur the message. Keep the strongest one or two.",
    roleLink: "You connect your experience to the role and the company.",
    noRoleLink:
      "There is no link to the role or company. Add a sentence on how that strength would help in this role.",
    closing: "You end on a clear closing line.",
    noClosing:
      "There is no closing line. End with one sentence on what you want to bring to the team, or why you're excited about the role.",
    recital:
      "This reads like your resume recited in order. Cut the list of schools and jobs and build the minute around one key message.",
  },
};

const fill = (text: string, length: IntroLength) =>
  text
    .replace("{count}", String(length.count))
    .replace("{sec}", String(length.spokenSeconds ?? length.estimatedSeconds));

/** The feedback lines for the checks, what works first; every failed check says what to do instead. */
export function introTips(
  checks: SelfIntroChecks,
  length: IntroLength,
  language: Language,
): { strengths: string[]; improvements: string[] } {
  const tips = TIPS[language];
  const good: TipKey[] = [];
  const fix: TipKey[] = [];
  if (length.verdict === "good") good.push("lengthGood");
  else fix.push(length.verdict === "too_short" ? "tooShort" : "tooLong");
  (checks.opening ? good : fix).push(checks.opening ? "opening" : "noOpening");
  if (checks.evidence === 0) fix.push("noEvidence");
  else if (checks.evidence > 3) fix.push("tooManyClaims");
  else good.push("evidence");
  (checks.roleLink ? good : fix).push(checks.roleLink ? "roleLink" : "noRoleLink");
  (checks.closing ? good : fix).push(checks.closing ? "closing" : "noClosing");
  if (checks.recital) fix.push("recital");
  return {
    strengths: good.map((key) => fill(tips[key], length)),
    improvements: fix.map((key) => fill(tips[key], length)),
  };
}
