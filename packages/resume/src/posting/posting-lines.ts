import { normalizeLine } from "../text/normalize-text";

// Headings a posting may write inline, followed by their items on the same line ("자격요건: Kotlin
// 3년 이상, Kafka 운영 경험", "… Requirements: 5 years of React. Nice to have: GraphQL.").
const INLINE_HEADING =
  /(자격\s?요건|지원\s?자격|필수\s?(?:요건|사항|조건)|우대\s?(?:사항|조건|요건)|주요\s?업무|담당\s?업무|업무\s?내용|인재상|핵심\s?가치|requirements|qualifications|must[- ]haves?|responsibilities|nice[- ]to[- ]haves?|preferred(?: qualifications)?|bonus(?: points)?|what you(?:'|’)ll do|what we(?:'|’)re looking for|duties|our values|values)\s*[:：]\s*/giu;

/** The items of an inline heading's text: its sentences, or its comma-separated parts. */
function items(text: string): string[] {
  return text
    .split(/(?<=[.!?。])\s+|\s*[;·•]\s*|,\s+/u)
    .map((item) => item.replace(/[.。]$/, "").trim())
    .filter((item) => item.length >= 2);
}

/**
 * The posting's lines, each inline heading on a line of its own with its items below it, so a
 * posting pasted as one paragraph or as "Heading: a, b" rows reads like one set out line by line.
 */
export function postingLines(text: string): string[] {
  return text.split(/\r?\n/).flatMap((raw) => {
    const line = normalizeLine(raw);
    if (!line) return [];
    const marks = [...line.matchAll(INLINE_HEADING)].filter(
      (match) => match.index === 0 || /(?:^|[.!?。]|\s)$/.test(line.slice(0, match.index)),
    );
    if (marks.length === 0) return [line];
    const out = marks[0]!.index ? [line.slice(0, marks[0]!.index).trim()] : [];
    marks.forEach((mark, i) => {
      const end = marks[i + 1]?.index ?? line.length;
      out.push(mark[1]!, ...items(line.slice(mark.index + mark[0].length, end)));
    });
    return out.filter(Boolean);
  });
}
