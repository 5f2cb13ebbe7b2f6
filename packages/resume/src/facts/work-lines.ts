import { DETAIL_LABEL } from "./bullet-project";
import { firstRange } from "./date-range";

// A line that carries an e-mail address or a phone number is the candidate's contact line, never an
// entry title ("정민수 | 백엔드 개발자 | minsu@example.com").
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|(?<!\d)(?:\+?\d{1,3}[ -])?\d{2,3}-\d{3,4}-\d{4}(?!\d)/u;
export const isContactLine = (text: string) => CONTACT.test(text);

// The name a title puts in quotes: "가계부 앱 '머니로그'", "사내 디자인 시스템 'Breeze UI' 구축".
const QUOTED_PART = /['"“‘「『]([^'"”’」』]{2,40})['"”’」』]/u;

/** A project's own name when its title quotes one ("여행 일정 공유 서비스 '트립메이트'" → "트립메이트"). */
export function quotedName(name: string): string {
  return QUOTED_PART.exec(name)?.[1]?.trim() ?? name;
}

// Things built that a quoted name in a line of activities names: "중고 교재 거래 플랫폼 '책방' 개발".
const WORK_NOUN =
  /(?:서비스|앱|어플|플랫폼|챗봇|봇|시스템|사이트|웹|게임|프로젝트|도구|라이브러리|\b(?:app|service|platform|bot|tool|game|website|library|project)\b)/iu;

/** The quoted name of something built in a line of an activities or education section, or null. */
export function quotedWork(text: string): string | null {
  const name = QUOTED_PART.exec(text)?.[1]?.trim();
  return name && WORK_NOUN.test(text) ? name : null;
}

// Numbering and markers before a sub-entry: "1) ", "2. ", "■ ", "▶ ", "(1) ".
const MARKER = /^(?:- )?(?:\(?\d{1,2}[.)]\s+|[■□◆◇▶▷►●○◼︎▪]\s*)/u;
const SENTENCE_END = /(?:[.!?。]|다|음|함)$/u;

/**
 * The name of a project written as a sub-heading under a job: a short line or bullet holding a name
 * and its own date range and nothing else ("1) 결제 승인 시스템 MSA 전환 (21.06 ~ 22.03)",
 * "■ 대출 비교 엔진 재구축 (2021년 6월 ~ 2022년 5월)"), or null.
 */
export function datedSubheading(text: string): string | null {
  const range = firstRange(text);
  if (!range) return null;
  const name = text
    .replace(MARKER, "")
    .replace(range.text, " ")
    .replace(/\(\s*\)|\[\s*\]/g, " ")
    .replace(/\s*[|｜·,:–—-]\s*$/u, "")
    .replace(/\s+/g, " ")
    .trim();
  const words = name.split(" ");
  if (name.length < 2 || words.length > 8 || SENTENCE_END.test(name) || !/\p{L}{2}/u.test(name)) return null;
  if (/[,:;]/.test(name) || DETAIL_LABEL.test(name)) return null;
  return name;
}

/** A sub-heading line that only labels the rows below it: "■ 주요 성과", "담당업무", "Key achievements". */
export function labelOnly(text: string): boolean {
  const bare = text.replace(MARKER, "").replace(/[:：]$/, "").trim();
  return DETAIL_LABEL.test(bare) || /^(?:주요|기타|key|other|main)\s*\S+$/iu.test(bare) && bare.length <= 16;
}

/** The sentences of a prose paragraph (a LinkedIn-style description), each read like a bullet. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[a-z0-9)%][.!?])\s+(?=[A-Z])|(?<=다\.)\s+/u).filter((part) => part.length > 0);
}

// A project's kind or team said beside its dates ("2022.6 - 2022.10 · 개인 프로젝트", "Team of 4").
const KIND =
  /^(?:개인|팀|사이드|토이|졸업|캡스톤|학교|교내|오픈소스)?\s*(?:프로젝트|과제)(?:\s*\(?\d+인\)?)?$|^(?:personal|team|side|solo|school|class|capstone|group|hackathon)\s+project$|^\d+\s*인$|^team of \d+$/iu;

/** A line under a project's title that only gives its period and kind, or its stack: a detail, no title. */
export function projectMetaLine(text: string): boolean {
  const range = firstRange(text);
  const rest = (range ? text.replace(range.text, " ") : text)
    .split(/\s*[·|｜•]\s*/u)
    .map((part) => part.trim())
    .filter(Boolean);
  if (range && rest.every((part) => KIND.test(part) || !/\p{L}{2}/u.test(part))) return true;
  // "Next.js, Yjs, WebSocket · 동시 편집 …": a comma list of short names first is the project's stack.
  const first = rest[0]?.split(/\s*,\s*/) ?? [];
  return first.length >= 2 && first.every((item) => /^[\p{L}\d.+#/ -]{1,24}$/u.test(item) && item.split(" ").length <= 3);
}

/** "고객사: 메디케어링크 · 역할: 풀스택 (2인)" → ["고객사: 메디케어링크", "역할: 풀스택 (2인)"]. */
export function labelPairs(text: string): string[] {
  const parts = text.split(/\s+[·|｜]\s+(?=[^:：·|]{1,12}[:：]\s)/u);
  return parts.length > 1 ? parts : [text];
}
