import type { TFunction } from "i18next";
import { isApiError } from "../api/api-error";

/** A localized sentence for an API or network failure. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t("errors.unknown");
  switch (error.code) {
    case "EMAIL_TAKEN":
      return t("errors.emailTaken");
    case "INVALID_CREDENTIALS":
      return t("errors.invalidCredentials");
    case "NETWORK_ERROR":
      return t("errors.network");
    case "SESSION_CLOSED":
      return t("errors.sessionClosed");
    case "ROUND_CLOSED":
      return t("errors.roundClosed");
    case "SANDBOX_BUSY":
      return t("errors.sandboxBusy");
    case "SANDBOX_UNAVAILABLE":
      return t("errors.sandboxUnavailable");
    case "RATE_LIMITED":
      return t("errors.rateLimited");
    case "LLM_UNAVAILABLE":
      return t("errors.llmUnavailable");
    case "GENERATION_FAILED":
      return t("errors.generationFailed");
  }
  if (error.status === 429) return t("errors.tooManyAttempts");
  if (error.status === 401) return t("errors.unauthorized");
  if (error.status === 404) return t("errors.notFound");
  if (error.status === 413) return t("errors.tooLarge");
  if (error.status === 400 || error.status === 422) return t("errors.invalidInput");
  if (error.status >= 500) return t("errors.server");
  return t("errors.unknown");
}
