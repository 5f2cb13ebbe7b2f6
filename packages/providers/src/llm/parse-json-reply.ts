import type { z } from "zod";

export type JsonReplyResult<T> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * Reads a model's JSON reply leniently: models wrap JSON in ```json fences or add a sentence around
 * it even when told not to, so the outermost {...} is taken before parsing and validating.
 */
export function parseJsonReply<T>(text: string, schema: z.ZodType<T>): JsonReplyResult<T> {
  const json = outermostObject(text);
  if (json === null) return { ok: false, problem: "the reply contains no JSON object" };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, problem: `the JSON does not parse: ${(error as Error).message}` };
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
  return { ok: false, problem: `the JSON does not match the required shape: ${issues.join("; ")}` };
}

function outermostObject(text: string): string | null {
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  return start >= 0 && end > start ? text.slice(start, end + 1) : null;
}
