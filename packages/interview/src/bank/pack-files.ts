import type { Language, QuestionPack } from "@studio/protocol";
import enCompetency from "../../packs/en/competency.json" with { type: "json" };
import enPersonality from "../../packs/en/personality.json" with { type: "json" };
import koCompetency from "../../packs/ko/competency.json" with { type: "json" };
import koPersonality from "../../packs/ko/personality.json" with { type: "json" };
import { type BankQuestion, type PackFile, packFileSchema } from "./question-bank-schema";

/** Every pack file, validated once when the module loads. */
export const PACK_FILES: readonly PackFile[] = [koPersonality, koCompetency, enPersonality, enCompetency].map(
  (file) => packFileSchema.parse(file),
);

/** The questions of one pack in one language. */
export function packQuestions(pack: QuestionPack, language: Language): readonly BankQuestion[] {
  return PACK_FILES.find((f) => f.pack === pack && f.language === language)?.questions ?? [];
}
