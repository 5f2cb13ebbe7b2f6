import type { Category, Criterion, Language, StarPart } from "@studio/protocol";

export type Localized<T = string> = Readonly<Record<Language, T>>;

export const CRITERION_LABELS: Localized<Readonly<Record<Criterion, string>>> = {
  ko: {
    specificity: "구체성",
    logic: "논리성",
    technical: "기술 이해도",
    star: "STAR 구조",
    communication: "전달력",
  },
  en: {
    specificity: "specificity",
    logic: "logic",
    technical: "technical understanding",
    star: "STAR structure",
    communication: "communication",
  },
};

export const STAR_PART_LABELS: Localized<Readonly<Record<StarPart, string>>> = {
  ko: { situation: "상황(S)", task: "과제(T)", action: "행동(A)", result: "결과(R)" },
  en: { situation: "situation", task: "task", action: "action", result: "result" },
};

export const CATEGORY_LABELS: Localized<Readonly<Record<Category, string>>> = {
  ko: {
    intro: "자기소개",
    motivation: "지원 동기",
    strength: "강점",
    project: "프로젝트 경험",
    teamwork: "협업",
    technical: "기술",
    problem_solving: "문제 해결",
    growth: "성장 계획",
    closing: "마무리",
  },
  en: {
    intro: "introduction",
    motivation: "motivation",
    strength: "strengths",
    project: "project experience",
    teamwork: "teamwork",
    technical: "technical",
    problem_solving: "problem solving",
    growth: "growth",
    closing: "closing",
  },
};

export function formatScore(value: number): string {
  return value.toFixed(1);
}

export function quote(text: string, language: Language): string {
  return language === "ko" ? `'${text}'` : `"${text}"`;
}

/** "2분 30초" / "2 min 30 s". */
export function formatDuration(ms: number, language: Language): string {
  const seconds = Math.round(ms / 1000);
  const [min, sec] = [Math.floor(seconds / 60), seconds % 60];
  if (language === "ko")
    return [min ? `${min}분` : "", sec ? `${sec}초` : ""].filter(Boolean).join(" ") || "0초";
  return [min ? `${min} min` : "", sec ? `${sec} s` : ""].filter(Boolean).join(" ") || "0 s";
}
