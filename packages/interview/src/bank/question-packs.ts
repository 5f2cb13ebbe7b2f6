import type { InterviewDifficulty, Language, QuestionPack, Role } from "@studio/protocol";
import { candidatePools } from "./choose-questions";
import { packQuestions } from "./pack-files";
import type { BankQuestion, PlannedQuestion } from "./question-bank-schema";
import { seededRandom, shuffled } from "./seeded-random";

export interface ChoosePackOptions {
  pack: QuestionPack;
  role: Role;
  language: Language;
  /** Main questions in all, intro and closing included; the pack supplies the ones between. */
  count: number;
  seed: string;
  difficulty?: InterviewDifficulty;
}

/** Spreads the pack's questions over its categories, so a short set is not all one kind. */
function spreadOverCategories(questions: BankQuestion[]): BankQuestion[] {
  const byCategory = new Map<string, BankQuestion[]>();
  for (const q of questions) byCategory.set(q.category, [...(byCategory.get(q.category) ?? []), q]);
  const lists = [...byCategory.values()];
  const out: BankQuestion[] = [];
  for (let i = 0; out.length < questions.length; i++) {
    for (const list of lists) if (list[i]) out.push(list[i]!);
  }
  return out;
}

/**
 * A 인성 or 역량 interview: the role's usual opening question, then questions of the pack (spread over
 * its categories, never repeated), then a closing question. One or two questions are all pack.
 */
export function choosePackQuestions({
  pack,
  role,
  language,
  count,
  seed,
  difficulty,
}: ChoosePackOptions): PlannedQuestion[] {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`count must be a positive integer, got ${count}`);
  const random = seededRandom(`${seed}|${pack}|${language}`);
  const fromPack = spreadOverCategories(shuffled([...packQuestions(pack, language)], random));
  if (count <= 2) return fromPack.slice(0, count);
  const pools = candidatePools(role, language, random, difficulty);
  const middle = fromPack.slice(0, count - 2);
  return [pools.get("intro")![0]!, ...middle, pools.get("closing")![0]!];
}
