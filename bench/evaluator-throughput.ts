import { evaluateAnswer } from "@studio/interview";
import { devAnswers } from "../apps/server/test/dev-answers";

/** Answers evaluated per second by the rule engine on this (single) thread, over the reference answers. */
export function evaluatorThroughput(durationMs = 2000) {
  const answers = devAnswers();
  for (const a of answers) evaluateAnswer({ question: a.question, answer: a.answer, language: a.language });
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < durationMs) {
    const a = answers[count % answers.length]!;
    evaluateAnswer({ question: a.question, answer: a.answer, language: a.language });
    count++;
  }
  const seconds = (performance.now() - started) / 1000;
  return { answersPerSecond: Math.round(count / seconds), answers: count, target: ">= 500" };
}
