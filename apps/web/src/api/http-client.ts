import { ApiError } from "./api-error";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface ApiResponse<T> {
  status: number;
  data: T;
}

/**
 * Sends a same-origin JSON request with the session cookie. Non-2xx answers throw an ApiError; a
 * network failure throws an ApiError with status 0 and code NETWORK_ERROR.
 */
export async function send<T>(method: Method, path: string, body?: unknown): Promise<ApiResponse<T>> {
  const init: RequestInit = { method, credentials: "include", headers: { accept: "application/json" } };
  if (body !== undefined) {
    init.headers = { ...init.headers, "content-type": "application/json" };
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    throw new ApiError(0, "NETWORK_ERROR", error instanceof Error ? error.message : "Network error");
  }
  if (!response.ok) throw await ApiError.fromResponse(response);
  const text = response.status === 204 ? "" : await response.text();
  return { status: response.status, data: (text ? JSON.parse(text) : null) as T };
}

export const api = {
  get: async <T>(path: string) => (await send<T>("GET", path)).data,
  post: async <T>(path: string, body?: unknown) => (await send<T>("POST", path, body ?? {})).data,
  put: async <T>(path: string, body: unknown) => (await send<T>("PUT", path, body)).data,
  patch: async <T>(path: string, body: unknown) => (await send<T>("PATCH", path, body)).data,
  delete: async (path: string, body?: unknown) => {
    await send<null>("DELETE", path, body);
  },
};
