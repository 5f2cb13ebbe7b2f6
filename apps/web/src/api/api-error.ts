import { errorBodySchema } from "@studio/protocol";

/** An HTTP failure from the API, carrying the status and the `{error: {code}}` of the contract. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    const body: unknown = await response.json().catch(() => null);
    const parsed = errorBodySchema.safeParse(body);
    if (parsed.success)
      return new ApiError(response.status, parsed.data.error.code, parsed.data.error.message);
    return new ApiError(response.status, `HTTP_${response.status}`, response.statusText || "Request failed");
  }
}

export function isApiError(error: unknown, status?: number, code?: string): error is ApiError {
  if (!(error instanceof ApiError)) return false;
  if (status !== undefined && error.status !== status) return false;
  return code === undefined || error.code === code;
}
