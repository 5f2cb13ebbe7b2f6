import type { Category } from "@studio/protocol";

/** What a question asks for, read from its wording; one question may ask for several. */
export type Intent = "story" | "concept" | "future" | "reason" | "self" | "practice" | "question_back";

const INTENT_PATTERNS: [Intent, RegExp][] = [
  [
    "story",
    /(경험|사례|했던|하셨던|겪은|있었나요|적이 있|적 있|당시|tell me about a time|a time (when|you)|describe a (situation|time|project)|have you ever|example of|walk me through (a|the|how you)|how did you|what did you do)/i,
  ],
  [
    "concept",
    /(무엇인가요|무엇이고|무엇이며|이란|란 무엇|차이|동작|작동|원리|장단점|어떻게 (설계|구현|처리|보장|맞추)|how (does|do|would you design|would you)|what is|what are|difference|explain|trade-?offs?|pros and cons)/i,
  ],
  [
    "future",
    /(앞으로|년 뒤|년 후|년 안에|계획|목표|하고 싶|되고 싶|입사하면|입사 후|입사하신다면|입사하게|첫 한 달|기억되고|키우고 싶|in (\d+|five|ten|three) years|future|plan|goal|want to|would you like|first (\d+|thirty|ninety) days|next step)/i,
  ],
  ["reason", /(왜|이유|계기|동기|선택하신|why|reason|what made you|motivat|what drew you|interested in)/i],
  [
    "self",
    /(자기소개|소개해|표현한다면|성격|강점|약점|장점|단점|차별점|칭찬|원칙|어떤 사람|introduce|yourself|strength|weakness|describe you|what kind of person|principle|words that describe)/i,
  ],
  [
    "practice",
    /(요즘|하고 계신|꾸준히|습관|평소|노력을 하|usually|these days|habit|how do you (keep|stay|learn|handle|approach))/i,
  ],
  ["question_back", /(궁금한|질문해|any questions|questions for)/i],
];

const CATEGORY_DEFAULT: Record<Category, Intent> = {
  intro: "self",
  motivation: "reason",
  strength: "self",
  project: "story",
  teamwork: "story",
  technical: "concept",
  problem_solving: "story",
  growth: "future",
  closing: "future",
};

export function questionIntents(question: string, category: Category): Intent[] {
  const found = INTENT_PATTERNS.filter(([, pattern]) => pattern.test(question)).map(([intent]) => intent);
  return found.length > 0 ? found : [CATEGORY_DEFAULT[category]];
}
