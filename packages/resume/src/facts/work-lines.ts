import { DETAIL_LABEL } from "./bullet-project";
import { firstRange } from "./date-range";
import { namesRole } from "./role-words";

// A line that carries an e-mail address or a phone number is the candidate's contact line, never an
// entry title ("정민수 | 백엔드 개발자 | minsu@example.com").
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|(?<!\d)(?:\+?\d{1,3}[ -])?\d{2,3}-\d{3,4}-\d{4}(?!\d)/u;
export const isContactLine = (text: string) => CONTACT.test(text);

// The name a title puts in quotes: "가계부 앱 '머니로그'", "사내 디자인 시스템 'Breeze UI' 구축".
const QUOTED_PART = /['"“‘「『]([^'"”’」』]{2,40})['"”’」』]/u;

const TITLE_WORDS = /^(?:[\p{Lu}\d][\p{L}\d.+#-]*\s*)+$/u;

/**
 * A project's own name when its title quotes one inside a description ("여행 일정 공유 서비스
 * '트립메이트'" → "트립메이트"); a quote inside a capitalised name stays part of it ('Design System
 * "Aurora"' → "Design System Aurora").
 */
export function quotedName(name: string): string {
  const quoted = QUOTED_PART.exec(name);
  if (!quoted) return name;
  const rest = name.replace(quoted[0], " ").trim();
  if (!rest || TITLE_WORDS.test(rest)) return name.replace(quoted[0], quoted[1]!).replace(/\s+/g, " ").trim();
  return quoted[1]!.trim();
}

// How long a job lasted, as LinkedIn writes it beside the dates: "(3 years 10 months)", "(1년 2개월)".
const DURATION =
  /\(?\s*(?<!\d)\d{1,2}\s*(?:years?|yrs?|months?|mos?|년|개월)(?:\s*\d{1,2}\s*(?:months?|mos?|개월))?\s*\)?/giu;
export const withoutDuration = (text: string) => text.replace(DURATION, " ").trim();

/** A line that runs on to the next: it ends in a comma, a dash or a word that needs what follows. */
export function runsOn(text: string): boolean {
  return /(?:[,(&/-]|\b(?:with|and|of|for|the|a|an|to|in|on|by|from|using|및|와|과|의))$/iu.test(text.trim());
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
const MARKER = /^(?:- )?(?:\(?\d{1,2}[.)]\s+|[■□◆◇▶▷►●○▪]\s*)?/u;
const SENTENCE_END = /(?:[.!?。]|다|음|함)$/u;

/**
 * The name of a project written as a sub-heading under a job: a short line or bullet holding a name
 * and its own date range and nothing else ("1) 결제 승인 시스템 MSA 전환 (21.06 ~ 22.03)",
 * "■ 대출 비교 엔진 재구축 (2021년 6월 ~ 2022년 5월)"), or null.
 */
export function datedSubheading(line: string): string | null {
  const text = withoutDuration(line);
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
  const bare = text
    .replace(MARKER, "")
    .replace(/[:：]$/, "")
    .trim();
  return (
    DETAIL_LABEL.test(bare) || (/^(?:주요|기타|key|other|main)\s*\S+$/iu.test(bare) && bare.length <= 16)
  );
}

/** The sentences of a prose paragraph (a LinkedIn-style description), each read like a bullet. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[a-z0-9)%][.!?])\s+(?=[A-Z])|(?<=다\.)\s+/u).filter((part) => part.length > 0);
}

// A project's kind or team said beside its dates ("2022.6 - 2022.10 · 개인 프로젝트", "Team of 4").
const KIND =
  /^(?:개인|팀|사이드|토이|졸업|캡스톤|학교|교내|오픈소스)?\s*(?:프로젝트|과제)(?:\s*\(?\d+인\)?)?$|^(?:personal|team|side|solo|school|class|capstone|group|hackathon)\s+project$|^\d+\s*인$|^team of \d+$/iu;

// What the candidate did on it, said beside the dates: "백엔드 1인 개발", "프론트엔드 담당", "Solo".
const PART_IN_IT = /(?:\d+\s*인|개발|담당|참여|리드)$|^(?:solo|team lead|lead)$/iu;

// "Next.js, Yjs, WebSocket": a comma list of short names.
function stackList(part: string): boolean {
  const items = part.split(/\s*,\s*/);
  return (
    items.length >= 2 &&
    items.every((item) => /^[\p{L}\d.+#/ -]{1,24}$/u.test(item) && item.split(" ").length <= 3)
  );
}

/**
 * A line under a project's title that only gives its period with its kind, the candidate's part or the
 * stack ("2022.6 - 2022.10 · 개인 프로젝트", "2023.02 ~ 2023.08 · 백엔드 1인 개발 · Kotlin, Spring Boot"),
 * or opens with the stack ("Next.js, Yjs, WebSocket · 동시 편집 …"): a detail, never a title.
 */
export function projectMetaLine(text: string): boolean {
  const range = firstRange(text);
  const rest = (range ? text.replace(range.text, " ") : text)
    .split(/\s*[·|｜•]\s*|\s+\/\s+/u)
    .map((part) => part.trim())
    .filter(Boolean);
  const meta = (part: string) =>
    KIND.test(part) ||
    PART_IN_IT.test(part) ||
    (namesRole(part) && part.split(" ").length <= 2) ||
    stackList(part) ||
    !/\p{L}{2}/u.test(part);
  if (range && rest.every(meta)) return true;
  // "백엔드 리드 / Kotlin, Spring Boot, Kafka": the part and the stack, without dates.
  if (rest.length >= 2 && rest.every(meta) && rest.some(stackList)) return true;
  return rest.length > 0 && stackList(rest[0]!);
}

// "| Boston, MA", "| New York, NY", "· Remote": where a job was, beside the employer's name.
const LOCATION = /[|｜·]\s*(?:[A-Z][a-z]+(?: [A-Z][a-z]+)*,\s*[A-Z]{2}|remote|원격|[가-힣]+(?:시|구))\s*$/iu;

/** "New York University | New York, NY": an employer with its place, the line under a job's role. */
export function employerWithPlace(text: string): string | null {
  if (!LOCATION.test(text) || firstRange(text) || namesRole(text) || text.startsWith("- ")) return null;
  const name = text.replace(LOCATION, "").trim();
  return name.split(" ").length <= 5 ? name : null;
}

/** "고객사: 메디케어링크 · 역할: 풀스택 (2인)" → ["고객사: 메디케어링크", "역할: 풀스택 (2인)"]. */
export function labelPairs(text: string): string[] {
  const parts = text.split(/\s+[·|｜]\s+(?=[^:：·|]{1,12}[:：]\s)/u);
  return parts.length > 1 ? parts : [text];
}
