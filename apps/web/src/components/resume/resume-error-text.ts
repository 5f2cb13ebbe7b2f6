import { resumeErrorCodeSchema } from "@studio/protocol";
import type { TFunction } from "i18next";
import { isApiError } from "../../api/api-error";
import { errorMessage } from "../../i18n/error-message";

/** A localized sentence for a refused resume (by its code) or any other upload failure. */
export function resumeErrorText(t: TFunction, error: unknown): string {
  const code = resumeErrorCodeSchema.safeParse(isApiError(error) ? error.code : error);
  if (code.success) return t(`resume.errors.${code.data}`);
  if (error === "TIMEOUT") return t("resume.timeout");
  return errorMessage(t, error);
}
