import type { ResumeSection } from "@studio/protocol";

// Headings by section, Korean and English, as resumes write them (matched ignoring case and spaces).
const HEADINGS: Record<Exclude<ResumeSection, "header">, readonly string[]> = {
  profile: [
    "research interests",
    "objective and interests",
    "about me",
    "소개",
    "summary of qualifications",
    "자기소개",
    "자기 소개",
    "자기소개서",
    "소개",
    "요약",
    "경력 요약",
    "프로필",
    "summary",
    "profile",
    "about",
    "about me",
    "objective",
    "professional summary",
    "introduction",
  ],
  experience: [
    "재직",
    "재직 경력 사항",
    "경력 상세",
    "경력 및 인턴",
    "appointments",
    "industry experience",
    "professional appointments",
    "work and internships",
    "인턴",
    "인턴 경험",
    "인턴십",
    "경험",
    "경력 및 경험",
    "internships",
    "internship",
    "work",
    "relevant experience",
    "재직 경력",
    "근무 이력",
    "경력",
    "경력 사항",
    "경력 기술서",
    "업무 경험",
    "업무 경력",
    "직무 경험",
    "근무 경력",
    "실무 경험",
    "experience",
    "work experience",
    "professional experience",
    "employment",
    "employment history",
    "work history",
    "career",
  ],
  projects: [
    "프로젝트 경력",
    "프로젝트 수행",
    "수행 프로젝트",
    "research projects",
    "client engagements",
    "selected client engagements",
    "engagements",
    "selected engagements",
    "portfolio",
    "포트폴리오",
    "open source",
    "오픈소스",
    "오픈 소스",
    "open-source",
    "open source contributions",
    "things i built",
    "개인 프로젝트",
    "토이 프로젝트",
    "팀 프로젝트",
    "프로젝트",
    "프로젝트 경험",
    "주요 프로젝트",
    "개인 프로젝트",
    "사이드 프로젝트",
    "projects",
    "project experience",
    "personal projects",
    "side projects",
    "selected projects",
    "technical projects",
    "selected work",
    "work samples",
    "case studies",
    "key projects",
  ],
  skills: [
    "capabilities",
    "engines",
    "보유 기술 및 역량",
    "core skills",
    "top skills",
    "툴",
    "도구",
    "toolbox",
    "tech",
    "tools",
    "technical skills",
    "기술 및 도구",
    "사용 기술",
    "skills & interests",
    "key skills",
    "stack",
    "기술스택",
    "기술",
    "기술 스택",
    "보유 기술",
    "보유 역량",
    "핵심 역량",
    "기술 역량",
    "스킬",
    "skills",
    "technical skills",
    "tech stack",
    "technologies",
    "core competencies",
    "skills & tools",
  ],
  education: [
    "학력 및 자격",
    "training",
    "courses",
    "coursework",
    "교육 이수",
    "교육 사항",
    "학력 및 교육",
    "education & training",
    "학력",
    "학력 사항",
    "교육",
    "교육 이수",
    "교육 사항",
    "education",
    "academic background",
  ],
  awards: [
    "honours",
    "honours and awards",
    "honors and awards",
    "awards & talks",
    "수상 및 발표",
    "수상",
    "수상 경력",
    "수상 내역",
    "수상 및 자격",
    "awards",
    "honors",
    "honors & awards",
    "achievements",
    // A functional CV's work grouped by theme: read for named pieces of work, not for jobs.
    "accomplishments",
    "relevant accomplishments",
    "key accomplishments",
    "selected accomplishments",
  ],
  certifications: [
    "자격 및 수상",
    "자격",
    "자격 및 어학",
    "languages",
    "language",
    "언어",
    "외국어",
    "어학 능력",
    "자격 사항",
    "자격증 및 어학",
    "자격증",
    "자격 사항",
    "어학",
    "어학 및 자격",
    "certifications",
    "certificates",
    "licenses",
  ],
  activities: [
    "teaching",
    "service",
    "selected publications",
    "talks & writing",
    "동아리 및 대외활동",
    "학회",
    "해커톤",
    "공모전",
    "hackathons",
    "competitions",
    "대외활동",
    "활동 및 수상",
    "talks",
    "talks and writing",
    "논문 및 발표",
    "발표",
    "논문",
    "patents",
    "leadership and mentoring",
    "community",
    "volunteer",
    "대외 활동",
    "활동",
    "봉사 활동",
    "동아리",
    "activities",
    "extracurricular activities",
    "volunteering",
    "leadership",
    "publications",
  ],
  // Sections that hold no facts of their own: read past them, so their lines join no other section.
  other: ["references", "interests", "hobbies", "인적 사항", "personal details", "personal information"],
};

// Keyed without spaces: "경력사항" and "경력 사항", "WorkExperience" and "Work Experience" are one heading.
const key = (words: string) => words.toLowerCase().replace(/\s+/g, "");
const LOOKUP = new Map<string, ResumeSection>(
  Object.entries(HEADINGS).flatMap(([section, words]) =>
    words.map((word) => [key(word), section as ResumeSection] as const),
  ),
);

// Decorations around headings: "■ 경력", "[프로젝트]", "1. Skills", "01 경력", "II. 학력", "EXPERIENCE:".
// Korean outline numbering counts 가. 나. 다. as English counts 1. 2. 3.
const DECORATION =
  /^(?:[-■□◆◇▶▷►●○◎•#*|│▌]+|\d{1,2}[.)]|\d{1,2}(?=\s)|[IVX]{1,4}\.|[가-하][.)])\s*|[:：|]+$/gu;
const BRACKETS = /^[[(【「<〈](.+)[\])】」>〉]$/;

// Emoji before Notion-style headings ("💼 Experience") and a trailing 이력/내역 ("프로젝트 이력", "경력 내역").
const PICTOGRAPHS = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu;
const RECORD = /\s*(?:이력|내역)$/u;

function clean(line: string): string {
  const bare = line.replace(PICTOGRAPHS, "").trim().replace(DECORATION, "").trim();
  return (BRACKETS.exec(bare)?.[1] ?? bare).trim().replace(RECORD, "") || bare;
}

// A note in brackets after a heading: "경력사항 (총 6년 2개월)", "Experience (10 years)".
const NOTE = /\s*[(（][^()（）]*[)）]$/u;
// A heading said in Korean and then in English ("기술 Skills", "수상 및 발표 Awards & Talks").
const BILINGUAL = /^([가-힣][가-힣\s·&]*?)\s+([A-Za-z][A-Za-z\s&-]*)$/u;
// Two headings joined: "학력 및 자격", "Honours and Awards", "Skills & Tools".
const JOINED = /\s+(?:및|와|과|and|&)\s+|\s*[&·]\s*/iu;

/** The section of a heading read as a whole, or as headings joined by "및" / "and" (the first one's). */
function compoundSection(heading: string): ResumeSection | null {
  const direct = LOOKUP.get(key(heading));
  if (direct) return direct;
  const parts = heading.split(JOINED).filter(Boolean);
  if (parts.length < 2) return null;
  const sections = parts.map((part) => LOOKUP.get(key(part.replace(RECORD, ""))));
  return sections.every(Boolean) ? sections[0]! : null;
}

/**
 * The section a line opens when it is a heading ("경력 사항", "■ 프로젝트", "WORK EXPERIENCE",
 * "기술 스택 (Skills)"), or null for an ordinary line.
 */
export function headingSection(line: string): ResumeSection | null {
  // Counted without spaces: a letter-spaced heading ("P R O F E S S I O N A L E X P E R I E N C E") is
  // as short as its words.
  if (line.replace(/\s+/g, "").length > 36) return null;
  const cleaned = clean(line);
  // A note is dropped, a heading in brackets is not: "경력 (Projects)" says two things.
  const note = NOTE.exec(cleaned)?.[0].trim().slice(1, -1) ?? "";
  const heading =
    note && !compoundSection(note) && cleaned.replace(NOTE, "") ? cleaned.replace(NOTE, "") : cleaned;
  const direct = compoundSection(heading);
  if (direct) return direct;
  const bilingual = BILINGUAL.exec(heading);
  if (bilingual) {
    // Both halves must be headings (the English one may be a looser "… Experience"), and the same one.
    const sides = bilingual.slice(1, 3).map((side) => {
      const part = side!.trim();
      return compoundSection(part) ?? looseHeadingSection(part);
    });
    if (sides[0] && sides[1]) return sides[0];
  }
  // Bilingual headings: "경력 (Experience)", "Skills | 기술".
  const parts = heading.split(/\s*[(/|·]\s*|\)\s*/).filter(Boolean);
  if (parts.length < 2) return null;
  const sections = parts.map((part) => LOOKUP.get(key(part)));
  return sections.every((section) => section && section === sections[0]) ? sections[0]! : null;
}

// Words that end a heading of each section ("Side Projects", "동아리 및 대외활동", "Technical Skills").
const LAST_WORDS: [ResumeSection, RegExp][] = [
  ["projects", /(?:프로젝트|projects?|portfolio|포트폴리오|오픈\s?소스|open source)$/iu],
  ["experience", /(?:경력|경험|경력사항|experience|employment|history|career|인턴)$/iu],
  ["skills", /(?:기술|스택|스킬|역량|skills|stack|tools|technologies)$/iu],
  ["education", /(?:학력|교육|education|training)$/iu],
  ["awards", /(?:수상|awards|honors)$/iu],
  ["certifications", /(?:자격증?|어학|certifications?|licenses?|languages)$/iu],
  [
    "activities",
    /(?:활동|동아리|학회|해커톤|공모전|hackathons?|competitions|activities|volunteering|publications|talks|writing|발표|논문)$/iu,
  ],
  ["profile", /(?:소개|요약|summary|profile|objective)$/iu],
];

/**
 * A heading the lookup does not know, for a line set apart by blank lines (a size-based heading of the
 * PDF layout): short, no digits or sentence punctuation, ending in a section word ("Selected Side
 * Projects", "동아리 및 대외활동").
 */
export function looseHeadingSection(line: string): ResumeSection | null {
  const heading = clean(line);
  if (heading.length > 30 || /[\d:,.;!?]/.test(heading) || heading.split(/\s+/).length > 5) return null;
  return LAST_WORDS.find(([, pattern]) => pattern.test(heading))?.[0] ?? null;
}

// "Software" heads the software a researcher released ("tokviz — a browser tool …") as often as the
// tools a designer uses ("Photoshop, Illustrator"): which one, the line under it tells.
const TOOLS_OR_WORK = new Set(["software", "소프트웨어"]);
const NAMES_WORK = /\s[—–-]\s|(?:19|20)\d{2}|[.!?]$/u;

// The closing attestation of a Korean form ("위의 기재 사항은 사실과 다름없음을 확인합니다", "작성자: 한지호
// (인)") or an English one ("I hereby certify …"): what follows is a date and a signature, no entry.
const ATTESTATION =
  /사실과\s*(?:다름|틀림)(?:이)?\s*없|^(?:\d{4}년\s*\d{1,2}월\s*\d{1,2}일\s*)?작성자\s*[:：]|^I hereby (?:certify|declare)/u;

/** The section a heading opens, given the rows after it (a heading that can head two kinds of list). */
export function sectionAt(rows: readonly string[], i: number): ResumeSection | null {
  const row = rows[i]!;
  if (ATTESTATION.test(row)) return "other";
  const alone = !rows[i - 1] && !rows[i + 1];
  const known = headingSection(row) ?? (alone ? looseHeadingSection(row) : null);
  if (known || !TOOLS_OR_WORK.has(key(clean(row)))) return known;
  const next = rows.slice(i + 1).find(Boolean) ?? "";
  return NAMES_WORK.test(next) ? "projects" : "skills";
}
