import type { CodingLanguage } from "@studio/protocol";

export interface StrippedSource {
  /** The source with comments and string contents blanked; offsets and line breaks are unchanged. */
  code: string;
  comments: Array<{ line: number; text: string }>;
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, " ");
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (source[i] === "\n") line++;
  return line;
}

/** Where a string that opens at `start` with `quote` ends (index after the closing quote). */
function stringEnd(source: string, start: number, quote: string): number {
  let i = start + quote.length;
  while (i < source.length) {
    if (source[i] === "\\") i += 2;
    else if (source.startsWith(quote, i)) return i + quote.length;
    else if (quote.length === 1 && quote !== "`" && source[i] === "\n") return i;
    else i++;
  }
  return source.length;
}

/** Comments and strings out of the way, so the structure scanners only see code. */
export function stripSource(language: CodingLanguage, source: string): StrippedSource {
  const python = language === "python";
  const quotes = python ? ['"""', "'''", '"', "'"] : language === "javascript" ? ['"', "'", "`"] : ['"', "'"];
  let code = "";
  const comments: StrippedSource["comments"] = [];
  let i = 0;
  while (i < source.length) {
    const lineComment = python ? source[i] === "#" : source.startsWith("//", i);
    const blockComment = !python && source.startsWith("/*", i);
    const quote = quotes.find((q) => source.startsWith(q, i));
    let end = i + 1;
    if (lineComment || blockComment) {
      end = blockComment ? source.indexOf("*/", i + 2) + 2 : source.indexOf("\n", i);
      if (end < i + 2) end = source.length;
      comments.push({ line: lineAt(source, i), text: source.slice(i, end) });
      code += blank(source.slice(i, end));
    } else if (quote) {
      end = stringEnd(source, i, quote);
      const text = source.slice(i, end);
      const closing = text.length >= 2 * quote.length && text.endsWith(quote) ? quote.length : 0;
      code +=
        quote + blank(text.slice(quote.length, text.length - closing)) + text.slice(text.length - closing);
    } else code += source[i];
    i = end;
  }
  return { code, comments };
}
