import { errorBodySchema } from "@studio/protocol";

/**
 * The response schemas of a route's error statuses: every error answers `{"error": {"code", "message"}}`,
 * so a route lists the statuses it can answer and nothing else.
 */
export function errorResponses<S extends number>(...statuses: S[]): Record<S, typeof errorBodySchema> {
  return Object.fromEntries(statuses.map((status) => [status, errorBodySchema])) as Record<
    S,
    typeof errorBodySchema
  >;
}
