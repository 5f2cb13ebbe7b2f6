import type { SectionLine } from "../chunk/section-lines";
import { bulletProject, cleanProjectName, namedWorkLed } from "./bullet-project";
import { firstRange, type MonthRange, within } from "./date-range";
import { addDetail, detailRow, headsDatedRole, titleName } from "./entry-lines";
import {
  dateOnly,
  endsSentence,
  isBullet,
  isRoleLine,
  isTitle,
  LABEL_VALUE,
  LEGAL_FORM,
  namedDescription,
  readTitle,
  TAGGED,
} from "./entry-titles";
import { findDates } from "./find-dates";
import { namesRole, teachingPost } from "./role-words";
import {
  datedSubheading,
  employerWithPlace,
  isContactLine,
  labelOnly,
  labelPairs,
  projectMetaLine,
  quotedName,
  quotedWork,
  runsOn,
  sentences,
} from "./work-lines";

/** A project as the entries show it, before its details are read from its lines. */
export interface ProjectDraft {
  name: string;
  period?: string;
  company?: string;
  role?: string;
  /** The project's own lines: its title, bullets and description. */
  lines: string[];
}

export interface Entries {
  companies: string[];
  projects: ProjectDraft[];
}

// The work word a project's title ends in, when the title wrapped before it: "… 시스템" / "구축".
const WORK_END = /^(?:\S+\s)?(?:구축|재구축|개발|고도화|전환|개편|리뉴얼|유지보수)$/u;
// "백엔드 개발" under a title is the part the candidate took in it, not the title's end.
const PART_TAKEN =
  /^(?:백엔드|프론트엔드|프런트엔드|서버|풀스택|ios|android|안드로이드|클라이언트|웹|앱|기능|api)\s+개발$/iu;
const wrappedTitleEnd = (text: string) => WORK_END.test(text) && !PART_TAKEN.test(text) && !namesRole(text);

// A piece of a table cell, not a title: three letters or fewer ("한울저", "PL", "No"), or a legal form
// cut from its name ("(주)코드브").
const cellFragment = (text: string) =>
  !/['"“‘「『]/u.test(text) &&
  (text.replace(/[^\p{L}\p{N}]/gu, "").length <= 3 || /^(?:\(주\)|㈜|주식회사)\s*\S{0,4}$/u.test(text));

// The employer's name alone over a project card, already read as a company.
const companyBadge = (text: string, companies: readonly string[]) => {
  const bare = text.replace(/^(?:\(주\)|㈜|주식회사)\s*/u, "").trim();
  return companies.some((company) => company.replace(/^(?:\(주\)|㈜|주식회사)\s*/u, "").trim() === bare);
};

const TITLE_MARKS = /[「『]([^」』]{2,40})[」』]/u;

const orgKey = (name: string) =>
  name
    .replace(/주식회사|\(주\)|㈜|,?\s(?:Inc|Corp|Co|Ltd|LLC|GmbH)\.?$/gu, "")
    .trim()
    .toLowerCase();

/**
 * "Harbor Mutual Insurance — Claims Platform Modernisation" over "Meridian Partners · Technical lead ·
 * 2023 – 2024": a client's name, then the engagement, done for an employer the next line names. The
 * project is the engagement; the client is no employer.
 */
function clientEngagement(
  text: string,
  next: string | undefined,
  companies: readonly string[],
): string | null {
  const match = /^(?:- )?(\S.{1,50}?)\s+[—–]\s+(\p{Lu}.{2,60})$/u.exec(text);
  if (!match || !next || endsSentence(text)) return null;
  const firm = orgKey(next.replace(/^- /, "").split(/\s*[·|｜,]\s*/u)[0] ?? "");
  if (!firm || !companies.some((company) => orgKey(company) === firm)) return null;
  return cleanProjectName(match[2]!);
}

// "Stockholm · 2020 – now", "Seoul, KR | 2019 – 2021": where a job was and when, under its title.
// "Jan 2022 → now · remote": working remotely is a place too.
const PLACE = /^\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2}(?:,\s*\p{Lu}[\p{L}]*)?$/u;
const REMOTE = /^(?:remote|hybrid|on-?site|원격|재택)$/iu;
function placeAndDates(text: string): boolean {
  const range = firstRange(text);
  if (!range || isBullet(text)) return false;
  const rest = text
    .replace(range.text, " ")
    .replace(/[|｜·•()]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return (PLACE.test(rest) || REMOTE.test(rest)) && !namesRole(rest) && !LEGAL_FORM.test(rest);
}

/** A line that only names a role and its dates: "- 프론트엔드 개발자 · 2022.01 – 현재". */
function roleAndDates(text: string): boolean {
  const range = firstRange(text);
  if (!range) return false;
  const parts = text
    .replace(/^- /, "")
    .replace(range.text, " ")
    .split(/\s*[|｜·•()]\s*/u)
    .map((part) => part.trim())
    .filter((part) => /\p{L}/u.test(part));
  return parts.length === 1 && namesRole(parts[0]!) && parts[0]!.split(" ").length <= 4;
}

/** A card's row of tag chips: "Next.js React Query Tailwind CSS", the resume's skills and little else. */
function tagChips(text: string, skills: readonly string[]): boolean {
  let rest = ` ${text} `;
  let named = 0;
  for (const skill of [...skills].sort((a, b) => b.length - a.length)) {
    const at = rest.toLowerCase().indexOf(` ${skill.toLowerCase()} `);
    if (at < 0) continue;
    rest = `${rest.slice(0, at)} ${rest.slice(at + skill.length + 2)}`;
    named++;
  }
  return named >= 2 && rest.trim().split(/\s+/).filter(Boolean).length <= 1;
}

/**
 * The top of a dated card: a line of dates with at most a kind or a badge beside them, over a short
 * name that is no sentence, result or role.
 */
function datedCardTop(dates: string, name: string): boolean {
  const range = firstRange(dates);
  if (!range || dates.replace(/^- /, "").indexOf(range.text) > 1) return false;
  const bare = name.replace(/^- /, "");
  return (
    bare.length <= 40 &&
    bare.split(" ").length <= 6 &&
    !endsSentence(bare) &&
    !firstRange(bare) &&
    !/\d\s*%|→/.test(bare) &&
    !namesRole(bare)
  );
}

/** What follows a row's opening dates and bar ("" for dates alone), or null for any other line. */
function afterRowDates(text: string): string | null {
  const bare = text.replace(/^- /, "");
  const range = firstRange(bare);
  if (!range || !bare.startsWith(range.text)) return null;
  const rest = bare.slice(range.text.length).trim();
  if (rest === "") return "";
  return /^[|｜]/u.test(rest) ? rest.replace(/^[|｜]\s*/u, "") : null;
}

/** A job's title drawn as a list item: "- 회사 (2016.07 ~ 2016.12) / 팀 / 직급". */
function bulletJob(text: string): { name: string; range: MonthRange } | null {
  const match = /^- ([^()/,:]{2,30}?)\s*\(([^()]+)\)\s*\/\s*(.+)$/u.exec(text);
  const range = match ? firstRange(match[2]!) : null;
  if (!match || !range || range.text.length < match[2]!.trim().length - 2 || !namesRole(match[3]!))
    return null;
  return { name: match[1]!.trim(), range: range.range };
}

/**
 * "Summer 2018 Research Intern, Orchid Labs, Seattle. Built a distillation pipeline …": a dated title
 * the layout ran into its description, read as the title and a bullet.
 */
function runInTitle(line: SectionLine): SectionLine[] {
  if (line.section !== "experience" || isBullet(line.text)) return [line];
  const range = firstRange(line.text);
  if (!range || !line.text.startsWith(range.text)) return [line];
  const cut = /^(.{10,90}?[a-z)])\.\s+(?=\p{Lu})/u.exec(line.text);
  if (!cut || !namesRole(cut[1]!)) return [line];
  return [
    { ...line, text: cut[1]! },
    { ...line, text: `- ${line.text.slice(cut[0].length)}`, afterBreak: false },
  ];
}

// "토스뱅크 · 정규직", "Zalando · Full-time": a LinkedIn-style card names the employer beside the kind
// of employment, under the role.
const EMPLOYMENT_KIND =
  /^(?:- )?([^·•|]{2,40}?)\s*[·•|]\s*(?:정규직|계약직|파견직|인턴|프리랜서|full[- ]time|part[- ]time|contract|internship|freelance|self[- ]employed|apprenticeship)$/iu;

const EMPLOYER_ROW = /^(?:- )?(?:name and address of employer|employer)\s*[:：|]?\s+(\S.*)$/iu;

// "- 관측성 플랫폼 통합 (23.08 ~ 24.03) — …": a bullet opening with a name and its own dates names a
// project of its own, even under a project that was opened by a labelled row.
const DATED_NAME = /^(?:- )?[^()]{2,48}?\s*\(([^)]*)\)\s*(?:[:：]|\s[—–-]\s)/u;
const datedName = (text: string) => findDates(DATED_NAME.exec(text)?.[1] ?? "").length > 0;

// "'야간 배치 안정화' 작업을 이끌었습니다": 작업 and 과제 name a piece of work as 프로젝트 does.
const QUOTED =
  /(?:프로젝트|project)\s*['"“‘「]([^'"”’」]{2,40})['"”’」]|['"“‘「]([^'"”’」]{2,40})['"”’」]\s*(?:프로젝트|project|작업|과제)/giu;

/**
 * Reads jobs and projects from the lines of a resume: in experience sections an entry title names a
 * company (with a role, a legal form, or dates outside the current job) or one of its projects (dates
 * inside the current job's, or "프로젝트:"); bullets under a job may name projects of their own; in
 * project sections each title starts a project; elsewhere only tagged and quoted project names count.
 */
export function readEntries(given: readonly SectionLine[], skills: readonly string[] = []): Entries {
  const lines = given.flatMap(runInTitle);
  const companies: string[] = [];
  const projects: ProjectDraft[] = [];
  // `titled`: the job's company line was read and its role line with the dates comes next;
  // `nameless`: the job's title named a role and dates, and its company may follow on the next line.
  // `opened`: the line of the job's role and dates; an employer with its place may follow it.
  let job: { name?: string; range?: MonthRange; titled?: number; nameless?: number; opened?: number } | null =
    null;
  let project = null as ProjectDraft | null;
  // The line the open job's title stands on.
  let jobAt = -1;
  // The line that gave the open job its role and dates.
  let datedAt = -1;
  let section = lines[0]?.section;
  // The line a projects table's first dated row stood on, and a row's dates waiting for its name.
  let tableRowAt = -1;
  let rowDates: string | null = null;
  // A date range on a line of its own that no open entry took.
  let datedRow: { at: number; date: NonNullable<ReturnType<typeof firstRange>> } | null = null;
  const start = (name: string, text: string, company?: string) => {
    project = { name: quotedName(name), period: firstRange(text)?.text, company, lines: [text] };
    projects.push(project);
  };
  const fromBullet = (text: string) => {
    const name = bulletProject(text);
    if (name)
      projects.push({
        name: quotedName(name),
        period: firstRange(text)?.text,
        company: job?.name,
        lines: [text],
      });
  };
  for (const [i, line] of lines.entries()) {
    const { text } = line;
    const next = lines[i + 1];
    if (line.section !== section) {
      [section, job, project] = [line.section, null, null];
      [tableRowAt, rowDates] = [-1, null];
    }
    if (!isBullet(text) && isContactLine(text)) continue;
    const pairs = line.section === "experience" || line.section === "projects" ? labelPairs(text) : [];
    const details = pairs.map(detailRow);
    if (details.length && details.every(Boolean)) {
      for (const [at, detail] of details.entries()) {
        // "프로젝트 | 멀티 리전 EKS 전환 (22.09 ~ 23.06) — Karpenter, …": the name before its dates and dash.
        if (detail!.kind === "name") start(cleanProjectName(titleName(detail!.value)), text, job?.name);
        else if (project) addDetail(project, detail!, pairs[at]!, companies);
        else if (detail!.kind === "company" && !job) companies.push(detail!.value);
      }
      continue;
    }
    if (line.section === "experience") {
      const employer = EMPLOYER_ROW.exec(text)?.[1];
      if (employer) {
        // Europass: "Name and address of employer Viajar Digital, S.A., Avenida da Liberdade 110, …".
        const name = employer.split(/,\s*/)[0]!.trim();
        if (job?.name && companies.at(-1) === job.name) companies.pop();
        if (job) job.name = name;
        companies.push(name);
        continue;
      }
      const carded = EMPLOYMENT_KIND.exec(text)?.[1]?.trim();
      if (carded && !namesRole(carded) && !firstRange(text)) {
        job = { name: carded };
        jobAt = i;
        project = null;
        companies.push(carded);
        continue;
      }
      const bulleted = isBullet(text) ? bulletJob(text) : null;
      if (bulleted) {
        // "■ 한국정보기술연구원 (2016.07 ~ 2016.12) / 빅데이터실 / 연구 인턴", its marker read as a bullet.
        job = { name: bulleted.name, range: bulleted.range };
        jobAt = i;
        project = null;
        companies.push(bulleted.name);
        continue;
      }
      if (job?.titled === i - 1 && firstRange(text)) {
        // "Staff Engineer, Routing Platform | 2020 – Present" under "Orbital Maps": the role and dates
        // of the job just opened, not a new employer ("Routing Platform" is a team).
        job.range = firstRange(text)!.range;
        datedAt = i;
        continue;
      }
      if (headsDatedRole(text, next?.text)) {
        const name = readTitle(text).company;
        job = { name, titled: i };
        project = null;
        if (name) companies.push(name);
        continue;
      }
      const placed = job?.opened === i - 1 ? employerWithPlace(text) : null;
      if (job && placed) {
        // "New York University | New York, NY" under "Teaching Assistant, Data Structures | 2023 – 2024":
        // the employer is the placed line; the part beside the role was a course or a team.
        if (job.name && companies.at(-1) === job.name) companies.pop();
        job.name = placed;
        if (!teachingPost(lines[i - 1]!.text)) companies.push(placed);
        continue;
      }
      const named =
        job?.nameless === i - 1 && !isBullet(text) && !endsSentence(text) && readTitle(text).company;
      if (job && named && named.split(" ").length <= 5 && !firstRange(text) && !namesRole(text)) {
        // "Quantive Analytics | Boston, MA" under "Software Engineering Intern | May 2024 – Aug 2024".
        job.name = named;
        if (job.name) companies.push(job.name);
        continue;
      }
      const afterDates = datedRow?.at === i - 1 && !isBullet(text);
      if (isRoleLine(text) && !TAGGED.test(text) && !afterDates) {
        if (project && !project.role) project.role = text;
        continue;
      }
      if (TAGGED.test(text) && !isBullet(text)) {
        start(cleanProjectName(text.replace(TAGGED, "")), text, job?.name);
        continue;
      }
      if (dateOnly(text)) {
        const range = firstRange(text)!;
        if (project && !project.period) project.period = range.text;
        else if (job && !job.range) job.range = range.range;
        // "2021 – present" in a year column, the job's title in the next cell: the dates of what follows.
        else if (!project) datedRow = { at: i, date: range };
        continue;
      }
      if (job && labelOnly(text)) {
        // "담당업무" / "성과" under a project keep to it; "■ 주요 성과" opens the job's own list.
        if (/^(?:- )?\S*\s*(?:주요|기타|key|other|main)/iu.test(text)) project = null;
        continue;
      }
      if (job?.name && !job.range && jobAt === i - 1 && roleAndDates(text)) {
        // "- 프론트엔드 개발자 · 2022.01 – 현재" under "(주)모먼트랩": the job's role and dates.
        job.range = firstRange(text)!.range;
        datedAt = i;
        continue;
      }
      if (job && !job.range && jobAt === i - 1 && placeAndDates(text)) {
        job.range = firstRange(text)!.range;
        datedAt = i;
        continue;
      }
      const sub = job ? datedSubheading(text) : null;
      const subRange = firstRange(text)?.range;
      if (
        sub &&
        subRange &&
        !namesRole(sub) &&
        !LEGAL_FORM.test(sub) &&
        (!job?.range || within(subRange, job.range))
      ) {
        start(cleanProjectName(sub.replace(TAGGED, "")), text, job?.name);
        continue;
      }
      const closing = !next || next.section !== line.section || next.afterBreak;
      if (job && datedAt === i - 1 && !line.afterBreak && closing && text.split(" ").length <= 3) {
        // "브랜딩 에이전시" closing a job's card ("스튜디오 오름" / "웹 퍼블리셔 · 2020.07 – 2021.12"):
        // the employer described, no entry of its own.
        if (project) project.lines.push(text);
        continue;
      }
      if (isTitle(line, next) || afterDates) {
        const title = readTitle(text);
        if (!title.date && afterDates) title.date = datedRow!.date;
        // Dates set on the line below the title ("Company" / "2020.01 - 현재").
        if (!title.date && next && dateOnly(next.text)) title.date = firstRange(next.text) ?? undefined;
        const inside = !title.date || (job?.range && within(title.date.range, job.range));
        const heads = !!next && isRoleLine(next.text); // "Company" over "Role": a job
        if (job && !title.role && !title.legal && !heads && inside) {
          start(cleanProjectName(text), text, job.name);
          continue;
        }
        jobAt = i;
        job = {
          name: title.company,
          range: title.date?.range,
          nameless: !title.company && title.role ? i : undefined,
          opened: title.role && title.date ? i : undefined,
        };
        project = null;
        // A line of six words or more is a description, not an employer's name.
        if (title.company && title.company.split(" ").length <= 5 && !teachingPost(text))
          companies.push(title.company);
        continue;
      }
      // A bullet naming a project of its own is the open project's sibling, not one of its lines.
      const sibling = isBullet(project?.lines[0] ?? "") || datedName(text);
      if (project && isBullet(text) && sibling && bulletProject(text)) {
        project = null;
        fromBullet(text);
      } else if (project) project.lines.push(text);
      else if (isBullet(text)) fromBullet(text);
      else for (const sentence of sentences(text)) fromBullet(sentence);
      continue;
    }
    if (line.section === "projects") {
      const row = afterRowDates(text);
      // Dates alone open a row only in a table whose first row showed dates and a bar.
      if (row !== null && (row !== "" || tableRowAt >= 0)) {
        // A projects table's row opening with its dates ("- 23.01~23.10 | 정산 DB 샤딩 전환"), or with
        // its dates alone when the name's cell wrapped onto the lines below.
        tableRowAt = i;
        if (/\p{L}{2}/u.test(row)) start(cleanProjectName(titleName(row)), text);
        else [project, rowDates] = [null, text];
        continue;
      }
      if (rowDates && !project) {
        start(cleanProjectName(text), `${rowDates} ${text}`);
        rowDates = null;
        continue;
      }
      if (tableRowAt >= 0 && project) {
        // The row's other cells (소속, 역할 / 기술), broken over lines, until the next row.
        if (project.lines.length === 1 && !line.afterBreak && wrappedTitleEnd(text)) {
          project.name = `${project.name} ${text}`;
          project.lines[0] = `${project.lines[0]} ${text}`;
        } else project.lines.push(text);
        continue;
      }
      const engagement = clientEngagement(text, next?.text, companies);
      if (engagement) {
        start(engagement, text);
        continue;
      }
      if (project && !line.afterBreak && project.lines.length === 1 && wrappedTitleEnd(text)) {
        // "보험금 청구 모바일" / "앱 구축": a title wrapped in a narrow table cell.
        project.name = `${project.name} ${text}`;
        project.lines[0] = `${project.lines[0]} ${text}`;
        continue;
      }
      // A broken cell sits among other short pieces; a short title ("버스벨") has its lines under it.
      const piece = (other: SectionLine | undefined) =>
        !!other && other.section === line.section && other.text.replace(/[^\p{L}\p{N}]/gu, "").length <= 6;
      const broken = cellFragment(text) && (piece(lines[i - 1]) || piece(next));
      if (!isBullet(text) && (broken || companyBadge(text, companies) || tagChips(text, skills))) {
        // A table cell's broken word ("한울저", "PL") or the employer's badge over a card ("모먼트랩").
        if (project) project.lines.push(text);
        continue;
      }
      const above = lines[i - 1];
      if (
        isBullet(text) &&
        above?.section === "projects" &&
        above.afterBreak &&
        datedCardTop(above.text, text)
      ) {
        // A timeline card drawn indented: "2023년 2월 – 2023년 9월 · 핏메이트" over "PT 일지 오프라인 모드".
        start(cleanProjectName(text), `${above.text.replace(/^- /, "")} ${text.replace(/^- /, "")}`);
        continue;
      }
      if (project && (projectMetaLine(text) || runsOn(lines[i - 1]?.text ?? ""))) {
        project.period ??= firstRange(text)?.text;
        project.lines.push(text);
        continue;
      }
      if (
        !isBullet(text) &&
        text.length <= 90 &&
        (!endsSentence(text) || namedDescription(text)) &&
        (!LABEL_VALUE.test(text) || firstRange(text))
      ) {
        // "캠퍼스 중고거래 앱 「충대마켓」 (…)": a name in title marks is the project's, wherever it stands.
        const marked = TITLE_MARKS.exec(text)?.[1];
        start(marked ?? cleanProjectName(titleName(text)), text);
        continue;
      }
      if (project) project.lines.push(text);
      else fromBullet(text);
      continue;
    }
    if (line.section === "header" || line.section === "skills" || line.section === "profile") continue;
    const quoted = [...text.matchAll(QUOTED)];
    for (const match of quoted) projects.push({ name: (match[1] ?? match[2])!.trim(), lines: [text] });
    const work = quoted.length ? null : quotedWork(text);
    if (work) projects.push({ name: work, period: firstRange(text)?.text, lines: [text] });
    if (TAGGED.test(text.replace(/^- /, ""))) fromBullet(text);
    else if (!quoted.length && !work && isBullet(text) && line.section === "awards") {
      const named = namedWorkLed(text);
      if (named) projects.push({ name: named, period: firstRange(text)?.text, lines: [text] });
    }
  }
  return { companies, projects: projects.filter((draft) => draft.name.length >= 2) };
}
