import type { ResumeChunk } from "@studio/protocol";
import { TOOL_NAMES, VENDOR } from "../text/tool-names";
import { TOOL_SPELLINGS } from "../text/tool-spellings";

const KNOWN = new Set(TOOL_NAMES.map((name) => name.toLowerCase()));
const NAMED = new Map(TOOL_NAMES.map((name) => [name.toLowerCase(), name]));
// "쿠버네티스" in a list is the skill "Kubernetes", as the rest of the resume's tools are named.
const canonical = (item: string) => NAMED.get(TOOL_SPELLINGS.get(item) ?? "") ?? item;
// Row labels of skill tables and category words: "Languages", "프레임워크", "Data", "MLOps".
const LABELS = new Set(
  `languages language programming frameworks framework libraries tools tooling data database databases cloud infra infrastructure
  devops backend back-end frontend front-end mobile web ml mlops ai serving systems practices platforms platform testing test
  others other etc misc design product analytics collaboration os core skills stack tech toolbox apis messaging monitoring
  observability security ci/cd ci 언어 프레임워크 라이브러리 데이터 데이터베이스 인프라 클라우드 도구 툴 기타 서버 협업 협업툴 모바일 웹
  프론트엔드 백엔드 테스트 운영 모니터링 배포 분석 디자인 기술 역량 dbms ui 솔루션 형상관리 hardware rtos engines
  methods architecture engineering`.split(/\s+/),
);
// Spoken languages and their levels belong to 어학, not to skills.
const SPOKEN =
  /^(?:english|korean|japanese|chinese|mandarin|cantonese|spanish|french|german|italian|portuguese|russian|vietnamese|tamil|hindi|arabic|한국어|영어|일본어|중국어|스페인어|프랑스어|독일어|모국어|native|fluent|basic|business|intermediate|advanced|expert|proficient|beginner|업무\s?가능|원어민|상|중|하|toeic.*|opic.*|toefl.*|ielts.*|jlpt.*)$/iu;
// "Svelte Expert", "Kotlin 중급": a level written after a skill rates it; it names nothing.
const LEVEL_AFTER =
  /\s+(?:expert|advanced|intermediate|beginner|proficient|familiar|상급|중급|초급|능숙|숙련)$/iu;
// "RTOS ............ FreeRTOS": a dotted leader parts a label from its values as a colon does.
const LABELLED_ROW = /^([^:：|—–,.]{1,24}?)\s*(?:[:：]|\s[—–]\s|\s\|\s|\s*\.{3,}\s*)\s*/u;
// What rates a skill rather than names one: "● ● ● ○ ○", "4/5", "★★★☆".
const RATING = /^[\s●○◐◉◯•·★☆■□▪▫\d/|-]+$/u;

function withoutLabel(row: string): string {
  const match = LABELLED_ROW.exec(row);
  if (!match) {
    // A table row whose label cell sits close to its values: "프레임워크 Spring Boot, Ktor".
    // "UI 솔루션 Nexacro": a label of two category words.
    const words = row.split(" ");
    const label = words.findIndex((word) => !categoryWord(word));
    return label > 0 && label <= 2 ? words.slice(label).join(" ") : row;
  }
  const label = match[1]!.trim();
  // "HLSL | ● ● ○ ○ ○": the "label" is the skill, rated.
  if (RATING.test(row.slice(match[0].length))) return label;
  const isLabel =
    label.split(/\s+/).length <= 3 && (/[:：]|\.{3}/.test(match[0]) || !KNOWN.has(label.toLowerCase()));
  return isLabel ? row.slice(match[0].length) : row;
}

const isTool = (words: readonly string[]) => {
  const name = words.join(" ");
  return KNOWN.has(name.toLowerCase()) || TOOL_SPELLINGS.has(name);
};

// "Android Development", "iOS 개발": the tool, without the word for working with it.
const PRACTICE_WORD = /\s+(?:development|programming|engineering|개발)$/iu;

/**
 * An item that still holds a label inside ("Puppet Practices: SLOs", "WorkManager 기타 — Git", where
 * two rows of a table ran together): its values, each without the label word before the colon or dash.
 */
function splitInnerLabels(item: string): string[] {
  const parts = item.split(/\s*[:：]\s+|\s+[—–]\s+/u);
  return parts
    .map((part, i) => {
      const words = part.split(/\s+/);
      const last = words.at(-1)?.toLowerCase() ?? "";
      return i < parts.length - 1 && words.length > 1 && LABELS.has(last)
        ? words.slice(0, -1).join(" ")
        : part;
    })
    .filter(Boolean);
}

const withoutPracticeWord = (item: string) => {
  const tool = item.replace(PRACTICE_WORD, "");
  return tool !== item && isTool(tool.split(/\s+/)) ? tool : item;
};

/**
 * A row of skill chips set side by side with no comma ("Java Kotlin Spring Boot"): the known tools
 * it is made of, longest first, when nothing else is left; otherwise the item as it is.
 */
function splitChips(item: string): string[] {
  const words = item.split(/\s+/);
  if (words.length < 2 || isTool(words)) return [item];
  // "Apache Flink", "AWS Lambda": one product under its maker's name, not two tools.
  if (VENDOR.test(words[0]!) && isTool(words.slice(1))) return [item];
  const tools: string[] = [];
  for (let at = 0; at < words.length; ) {
    const length = [4, 3, 2, 1].find((n) => at + n <= words.length && isTool(words.slice(at, at + n)));
    // A row label run into the row before ("JPA DBMS Oracle", "UI 솔루션 Nexacro", "형상관리/CI SVN").
    if (!length && categoryWord(words[at]!)) {
      at += 1;
      continue;
    }
    if (!length) return [item];
    tools.push(words.slice(at, at + length).join(" "));
    at += length;
  }
  return tools.length ? tools : [item];
}

const categoryWord = (word: string) =>
  LABELS.has(word.toLowerCase()) || word.split("/").every((part) => LABELS.has(part.toLowerCase()));

// "Product discovery", "incident management": practices in lower case, not tools.
const isConcept = (item: string) => {
  const words = item.split(/\s+/);
  return (
    words.length >= 2 && words.slice(1).every((word) => /^[a-z]/.test(word)) && !KNOWN.has(item.toLowerCase())
  );
};

function keep(item: string): boolean {
  const lower = item.toLowerCase();
  return (
    /\p{L}/u.test(item) &&
    item.length <= 30 &&
    item.split(/\s+/).length <= 4 &&
    !LABELS.has(lower) &&
    !SPOKEN.test(item) &&
    !isConcept(item)
  );
}

/**
 * The items of the skills sections, one skill each: row labels dropped ("Languages: Go, Python",
 * "언어 | Kotlin", "Frameworks — React"), parentheses opened ("Python (pandas, scikit-learn)" gives
 * three), spoken languages and lower-case practices left out.
 */
export function listedSkills(chunks: readonly ResumeChunk[]): string[] {
  return (
    chunks
      .filter((chunk) => chunk.section === "skills")
      .flatMap((chunk) => chunk.text.split("\n"))
      // A label dropped from "Data & MLOps" leaves "& MLOps": the joining sign goes with it.
      .map((line) => withoutLabel(line.replace(/^- /, "").trim()).replace(/^[&/+]\s*/, ""))
      // "Spark (coursework)": a lower-case word in brackets that names no tool is a note on the skill.
      .map((row) => row.replace(/\s*\(([a-z]+)\)/g, (note, word: string) => (KNOWN.has(word) ? note : "")))
      .flatMap((row) =>
        row
          .replace(/[()[\]]/g, ",")
          .split(/\s*[,，、;·•|]\s*|\s+[/&]\s+|(?<=[^\s/]{3})\/(?=[^\s/]{3})|\s+(?:and|및)\s+/u),
      )
      .map((item) =>
        item
          .trim()
          .replace(/[.;:]$/, "")
          .replace(LEVEL_AFTER, ""),
      )
      .flatMap(splitInnerLabels)
      .map(withoutPracticeWord)
      .flatMap(splitChips)
      .map(canonical)
      .filter(keep)
  );
}
