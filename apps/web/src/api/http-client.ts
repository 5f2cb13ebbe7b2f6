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
export async function send<T>(
  method: Method,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<ApiResponse<T>> {
  const init: RequestInit = {
    method,
    credentials: "include",
    headers: { accept: "application/json", ...headers },
  };
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

/** A response schema from @studio/protocol: what the server promises, checked on arrival. */
export interface ResponseSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { message: string } };
}

/**
 * The body checked against the protocol's schema: a server that answers in another shape (an older or
 * newer version, a proxy's page) is an ApiError here, not an undefined field deep in a component.
 */
export function validated<T>(schema: ResponseSchema<T>, data: unknown, path: string): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new ApiError(0, "INVALID_RESPONSE", `Unexpected response from ${path.split("?")[0]}`);
}

export const api = {
  get: async <T>(path: string, schema?: ResponseSchema<T>) => {
    const { data } = await send<T>("GET", path);
    return schema ? validated(schema, data, path) : data;
  },
  post: async <T>(path: string, body?: unknown, schema?: ResponseSchema<T>) => {
    const { data } = await send<T>("POST", path, body ?? {});
    return schema ? validated(schema, data, path) : data;
  },
  put: async <T>(path: string, body: unknown, schema?: ResponseSchema<T>) => {
    const { data } = await send<T>("PUT", path, body);
    return schema ? validated(schema, data, path) : data;
  },
  patch: async <T>(path: string, body: unknown, schema: ResponseSchema<T>) => {
    const { data } = await send<T>("PATCH", path, body);
    return validated(schema, data, path);
  },
  delete: async (path: string, body?: unknown) => {
    await send<null>("DELETE", path, body);
  },
};
