import type { TFunction } from "i18next";
import { isApiError } from "../api/api-error";
import { errorMessage } from "../i18n/error-message";

/** Why keeping or deleting a recording on the server failed, in words about recordings. */
export function recordingErrorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error, 413, "RECORDING_QUOTA_EXCEEDED")) return t("recording.errors.quota");
  if (isApiError(error, 413)) return t("recording.errors.tooLarge");
  if (isApiError(error, 415)) return t("recording.errors.type");
  return errorMessage(t, error);
}
