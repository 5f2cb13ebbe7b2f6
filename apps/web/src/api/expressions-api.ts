import type { ExpressionSample, ExpressionTrend } from "@studio/protocol";
import { api } from "./http-client";

export const getExpressions = (sessionId: string) =>
  api.get<{ samples: ExpressionSample[] }>(`/api/sessions/${encodeURIComponent(sessionId)}/expressions`);

export const getExpressionTrend = () => api.get<ExpressionTrend>("/api/expressions/trend");
