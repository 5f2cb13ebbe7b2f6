import type { Language, QuestionPack } from "@studio/protocol";
import enCompetency from "../../questions/en/competency.json" with { type: "json" };
import enPersonality from "../../questions/en/personality.json" with { type: "json" };
import koCompetency from "../../questions/ko/competency.json" with { type: "json" };
import koPersonality from "../../questions/ko/personality.json" with { type: "json" };
import { type BankQuestion, type PackFile, packFileSchema } from "./question-bank-schema";

/** Every pack file, validated once when the module loads. */
export const PACK_FILES: readonly PackFile[] = [koPersonality, koCompetency, enPersonality, enCompetency].map(
  (file) => packFileSchema.parse(file),
);

/** The questions of one pack in one language. */
export function packQuestions(pack: QuestionPack, language: Language): readonly BankQuestion[] {
  return PACK_FILES.find((f) => f.pack === pack && f.language === language)?.questions ?? [];
}
