import { useState } from "react";

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** The part of a zod schema this hook needs, so the web app depends on the protocol package alone. */
interface SafeParser<T> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[] }> } };
}

/**
 * Validates with a protocol schema and keeps one localized message per field. `messageFor` turns the
 * failing field name into the text to show (the schemas' own messages are English developer text).
 */
export function useZodFormErrors<T, K extends string>(
  schema: SafeParser<T>,
  messageFor: (field: K) => string,
) {
  const [errors, setErrors] = useState<FieldErrors<K>>({});

  const validate = (input: unknown): T | null => {
    const result = schema.safeParse(input);
    if (result.success) {
      setErrors({});
      return result.data;
    }
    const next: FieldErrors<K> = {};
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "") as K;
      if (field && !next[field]) next[field] = messageFor(field);
    }
    setErrors(next);
    return null;
  };

  return { errors, setErrors, validate };
}
