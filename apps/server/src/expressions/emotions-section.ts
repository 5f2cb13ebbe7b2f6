import { buildEmotionsReport } from "@studio/interview";
import type { EmotionsReport, Language } from "@studio/protocol";
import type { Database } from "../db/connect-database";
import { ExpressionService } from "./expression-service";

/** The report's `emotions` section from the samples stored during the interview (none: undefined). */
export async function emotionsSection(
  db: Database,
  sessionId: string,
  questionOrder: readonly string[],
  language: Language,
): Promise<EmotionsReport | undefined> {
  const samples = await new ExpressionService(db).samplesOf(sessionId);
  return buildEmotionsReport(samples, questionOrder, language);
}
