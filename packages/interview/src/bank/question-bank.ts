import type { Language, Role } from "@studio/protocol";
import enBackend from "../../questions/en/backend.json" with { type: "json" };
import enData from "../../questions/en/data.json" with { type: "json" };
import enFrontend from "../../questions/en/frontend.json" with { type: "json" };
import enGeneral from "../../questions/en/general.json" with { type: "json" };
import enPm from "../../questions/en/pm.json" with { type: "json" };
import koBackend from "../../questions/ko/backend.json" with { type: "json" };
import koData from "../../questions/ko/data.json" with { type: "json" };
import koFrontend from "../../questions/ko/frontend.json" with { type: "json" };
import koGeneral from "../../questions/ko/general.json" with { type: "json" };
import koPm from "../../questions/ko/pm.json" with { type: "json" };
import { PACK_FILES } from "./pack-files";
import { type BankQuestion, type QuestionFile, questionFileSchema } from "./question-bank-schema";

/** Every question file, validated once when the module loads. */
export const QUESTION_FILES: readonly QuestionFile[] = [
  koGeneral,
  koBackend,
  koFrontend,
  koData,
  koPm,
  enGeneral,
  enBackend,
  enFrontend,
  enData,
  enPm,
].map((file) => questionFileSchema.parse(file));

// Pack questions are looked up like bank ones: the evaluator finds their talking points by id.
const byId = new Map(
  [...QUESTION_FILES, ...PACK_FILES].flatMap((file) => file.questions.map((q) => [q.id, q] as const)),
);

/** The questions written for one role and language (general holds the shared ones). */
export function roleQuestions(role: Role, language: Language): readonly BankQuestion[] {
  const file = QUESTION_FILES.find((f) => f.role === role && f.language === language);
  return file?.questions ?? [];
}

/** Looks a question up by its stable id, e.g. to recover `tags`/`expects` for a stored plan. */
export function findBankQuestion(id: string): BankQuestion | undefined {
  return byId.get(id);
}
