import { type Category, type Criterion, categorySchema, type Language } from "@studio/protocol";

/** What an evaluation item (기술, 경험, ...) is judged on: a mix of the five criteria and the questions it concerns. */
export interface ItemProfile {
  weights: Partial<Record<Criterion, number>>;
  /** Answers to these kinds of question count fully for the item; others count less. */
  categories: readonly Category[];
  /** A question worth asking when the item has not been heard about yet. */
  ask: Record<Language, string>;
}

/** Every question category, in the protocol's order. */
const ALL: readonly Category[] = categorySchema.options;

const PROFILES: readonly [RegExp, ItemProfile][] = [
  [
    /기술|전문|역량|tech|skill|engineer|coding|코딩/i,
    {
      weights: { technical: 3, specificity: 1, logic: 1 },
      categories: ["technical", "problem_solving", "project"],
      ask: {
        ko: "가장 자신 있는 기술을 실제로 어떻게 적용했는지, 선택한 이유와 함께 설명해 주시겠어요?",
        en: "Which technology are you strongest in, and how did you apply it - and why that choice?",
      },
    },
  ],
  [
    /경험|경력|성과|experience|track|result|achievement/i,
    {
      weights: { star: 2, specificity: 2, logic: 1 },
      categories: ["project", "strength", "problem_solving", "teamwork"],
      ask: {
        ko: "맡았던 일 중 가장 큰 성과를 낸 경험을 상황, 본인의 행동, 결과 순서로 말씀해 주세요.",
        en: "Tell us about your biggest result: the situation, what you did yourself, and the outcome.",
      },
    },
  ],
  [
    /인성|태도|협업|소통|커뮤니케이션|character|attitude|culture|team|communicat|personality/i,
    {
      weights: { communication: 2, logic: 1, star: 1 },
      categories: ["teamwork", "strength", "growth", "intro"],
      ask: {
        ko: "팀원과 의견이 달랐던 때 어떻게 대화하고 결론을 냈는지 구체적으로 말씀해 주세요.",
        en: "Describe a time you disagreed with a teammate: how did you talk it through and decide?",
      },
    },
  ],
  [
    /동기|지원|열정|motivat|why|passion|interest/i,
    {
      weights: { specificity: 2, logic: 1, communication: 1 },
      categories: ["motivation", "growth", "closing"],
      ask: {
        ko: "이 직무와 회사에 지원한 이유를, 앞으로 하고 싶은 일과 연결해서 말씀해 주세요.",
        en: "Why this role and this company - and how does it connect to what you want to do next?",
      },
    },
  ],
];

/** The profile of an item by its name; an item no rule recognises weighs every criterion and question alike. */
export function itemProfile(item: string): ItemProfile {
  const found = PROFILES.find(([pattern]) => pattern.test(item));
  if (found) return found[1];
  return {
    weights: { specificity: 1, logic: 1, technical: 1, star: 1, communication: 1 },
    categories: ALL,
    ask: {
      ko: `'${item}' 항목을 판단할 수 있도록 관련된 경험을 구체적으로 말씀해 주시겠어요?`,
      en: `Could you give a concrete example that shows your ${item}?`,
    },
  };
}
