import type { CodingLanguage } from "@studio/protocol";
import { compilePhaseLimits, LANGUAGES, runPhaseLimits } from "./languages";
import type { Problem } from "./problems/problem";
import { HOST_BACKSTOP_MS } from "./run-phase";

/** The longest one phase can last: its wall clock, then the host's backstop kill. */
const phaseBudget = (wallMs: number) => wallMs + HOST_BACKSTOP_MS;

/**
 * The longest a judge of `problem` in `language` can take once it holds a slot: the compile (or check)
 * phase and every test run to its wall-clock limit. A caller waiting on a verdict longer than this
 * (plus its wait for a slot) is waiting on a run that is gone.
 */
export function judgeBudgetMs(problem: Pick<Problem, "limits" | "tests">, language: CodingLanguage): number {
  const spec = LANGUAGES[language];
  const compile = phaseBudget(compilePhaseLimits(spec).wallMs);
  const run = phaseBudget(runPhaseLimits(spec, problem.limits).wallMs);
  return compile + problem.tests.length * run;
}
