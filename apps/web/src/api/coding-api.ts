import {
  type ExecuteBody,
  executeResultSchema,
  type ProblemDetail,
  type ProblemSummary,
  problemDetailSchema,
  problemListSchema,
  type SubmissionBody,
  submissionResultSchema,
} from "@studio/protocol";
import type { UiLanguage } from "../i18n";
import { api } from "./http-client";

const problemPath = (id: string, lang: UiLanguage) =>
  `/api/coding/problems/${encodeURIComponent(id)}?lang=${lang}`;

export async function listProblems(lang: UiLanguage): Promise<ProblemSummary[]> {
  const { problems } = await api.get(`/api/coding/problems?lang=${lang}`, problemListSchema);
  return problems;
}

export const getProblem = (id: string, lang: UiLanguage): Promise<ProblemDetail> =>
  api.get(problemPath(id, lang), problemDetailSchema);

export const executeCode = (body: ExecuteBody) => api.post("/api/coding/execute", body, executeResultSchema);

/** `lang` picks the language of the analysis notes. */
export const submitCode = (body: SubmissionBody, lang: UiLanguage) =>
  api.post(`/api/coding/submissions?lang=${lang}`, body, submissionResultSchema);
