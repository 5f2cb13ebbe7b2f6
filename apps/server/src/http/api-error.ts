import type { ErrorCode } from "@studio/protocol";

/** An error the client should see as `{"error": {"code", "message"}}` with this HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what = "Resource") => new ApiError(404, "NOT_FOUND", `${what} not found`);
export const unauthorized = () => new ApiError(401, "UNAUTHORIZED", "Sign in first");
