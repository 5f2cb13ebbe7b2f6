import type {
  ExecuteBody,
  ExecuteResult,
  ProblemDetail,
  ProblemSummary,
  SubmissionBody,
  SubmissionResult,
} from "@studio/protocol";
import type { UiLanguage } from "../i18n";
import { api } from "./http-client";

const problemPath = (id: string, lang: UiLanguage) =>
  `/api/coding/problems/${encodeURIComponent(id)}?lang=${lang}`;

export async function listProblems(lang: UiLanguage): Promise<ProblemSummary[]> {
  const { problems } = await api.get<{ problems: ProblemSummary[] }>(`/api/coding/problems?lang=${lang}`);
  return problems;
}

export const getProblem = (id: string, lang: UiLanguage) => api.get<ProblemDetail>(problemPath(id, lang));

export const executeCode = (body: ExecuteBody) => api.post<ExecuteResult>("/api/coding/execute", body);

/** `lang` picks the language of the analysis notes. */
export const submitCode = (body: SubmissionBody, lang: UiLanguage) =>
  api.post<SubmissionResult>(`/api/coding/submissions?lang=${lang}`, body);
