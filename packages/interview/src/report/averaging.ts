/** Follow-up answers count half: they probe the same main question again rather than open a new one. */
export const FOLLOW_UP_WEIGHT = 0.5;

export function answerWeight(answer: { followUp: boolean }): number {
  return answer.followUp ? FOLLOW_UP_WEIGHT : 1;
}

/** Mean of `value` over answers, main answers weighted 1 and follow-ups FOLLOW_UP_WEIGHT; 0 for none. */
export function weightedMean<T extends { followUp: boolean }>(
  answers: readonly T[],
  value: (answer: T) => number,
) {
  let sum = 0;
  let weights = 0;
  for (const answer of answers) {
    sum += answerWeight(answer) * value(answer);
    weights += answerWeight(answer);
  }
  return weights === 0 ? 0 : sum / weights;
}

export function roundTo1(value: number): number {
  return Math.round(value * 10) / 10;
}
