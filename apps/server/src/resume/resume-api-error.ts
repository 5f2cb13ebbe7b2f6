import type { ResumeErrorCode } from "@studio/protocol";
import { isResumeError, RESUME_ERROR_STATUS, resumeErrorMessage } from "@studio/resume";
import { ApiError } from "../http/api-error";

/** A refused resume as the API answers it: the code's HTTP status and its English message. */
export function resumeApiError(code: ResumeErrorCode): ApiError {
  return new ApiError(RESUME_ERROR_STATUS[code], code, resumeErrorMessage(code, "en"));
}

/** Turns a ResumeError into its API error; anything else is rethrown as it is (a 500). */
export function asResumeApiError(error: unknown): never {
  throw isResumeError(error) ? resumeApiError(error.code) : error;
}
