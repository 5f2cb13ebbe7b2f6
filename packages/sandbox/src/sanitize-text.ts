const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A program's output as text that every store and screen accepts: bytes that are not UTF-8 become U+FFFD
 * (the decoder does that), and so do NUL characters, which PostgreSQL refuses in text and jsonb, and lone
 * surrogates, which are not UTF-8 either.
 */
export function sanitizeText(text: string | Buffer): string {
  const decoded = typeof text === "string" ? text : text.toString("utf8");
  return decoded.replaceAll(String.fromCharCode(0), "\uFFFD").replace(LONE_SURROGATE, "\uFFFD");
}
