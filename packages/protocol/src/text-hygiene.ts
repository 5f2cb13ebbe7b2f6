import { z } from "zod";

// A NUL byte ends a C string and PostgreSQL's text refuses it; a lone UTF-16 surrogate cannot be
// encoded as UTF-8 at all. Either one in a request is a broken or hostile client, never a candidate.
const UNSAFE_TEXT = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_TEXT_GLOBAL = new RegExp(UNSAFE_TEXT.source, "g");

/** Whether a string holds a NUL or an unpaired surrogate. */
export function isUnsafeText(text: string): boolean {
  return UNSAFE_TEXT.test(text);
}

/** Removes NUL and unpaired surrogates from text a program produced (compiler output, a PDF's text). */
export function stripUnsafeText(text: string): string {
  return text.replace(UNSAFE_TEXT_GLOBAL, "");
}

/** The path of the first string (object keys included) in `value` that holds unsafe text, or null. */
export function findUnsafeText(value: unknown, path: (string | number)[] = [], depth = 0): string | null {
  if (typeof value === "string") return isUnsafeText(value) ? path.join(".") || "(value)" : null;
  if (depth > 64 || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], [...path, i], depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (isUnsafeText(key)) return [...path, "(key)"].join(".");
    const found = findUnsafeText(item, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Every input schema of the API passes through this (the server's validator and the interview socket
 * wrap theirs in it): NUL and unpaired surrogates anywhere in the input are a 400, whatever the field.
 */
export function refuseUnsafeText<T extends z.ZodType>(schema: T) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      const at = findUnsafeText(value);
      if (at !== null) {
        ctx.addIssue({ code: "custom", message: `${at}: contains a NUL byte or an unpaired surrogate` });
      }
    })
    .pipe(schema);
}

/**
 * The one form of an email the server compares and stores: Unicode NFKC (full-width letters become
 * ASCII), trimmed and lower-cased, so `Boss@Example.com` and `ｂｏｓｓ@example.com` are one account.
 */
export function normalizeEmail(email: string): string {
  return email.normalize("NFKC").trim().toLowerCase();
}
