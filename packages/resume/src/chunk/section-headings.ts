import type { ResumeSection } from "@studio/protocol";

// Headings by section, Korean and English, as resumes write them (matched ignoring case and spaces).
const HEADINGS: Record<Exclude<ResumeSection, "header" | "other">, readonly string[]> = {
  profile: [
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
    "key projects",
  ],
  skills: [
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
  education: ["학력", "학력 사항", "교육", "교육 이수", "교육 사항", "education", "academic background"],
  awards: [
    "수상",
    "수상 경력",
    "수상 내역",
    "수상 및 자격",
    "awards",
    "honors",
    "honors & awards",
    "achievements",
  ],
  certifications: [
    "자격증",
    "자격 사항",
    "어학",
    "어학 및 자격",
    "certifications",
    "certificates",
    "licenses",
  ],
  activities: [
    "대외 활동",
    "활동",
    "봉사 활동",
    "동아리",
    "오픈소스",
    "activities",
    "extracurricular activities",
    "volunteering",
    "open source",
    "leadership",
    "publications",
  ],
};

// Keyed without spaces: "경력사항" and "경력 사항", "WorkExperience" and "Work Experience" are one heading.
const key = (words: string) => words.toLowerCase().replace(/\s+/g, "");
const LOOKUP = new Map<string, ResumeSection>(
  Object.entries(HEADINGS).flatMap(([section, words]) =>
    words.map((word) => [key(word), section as ResumeSection] as const),
  ),
);

// Decorations around headings: "■ 경력", "[프로젝트]", "1. Skills", "II. 학력", "EXPERIENCE:".
const DECORATION = /^(?:[-■□◆◇▶▷►●○•#*]+|\d{1,2}[.)]|[IVX]{1,4}\.)\s*|[:：|]+$/g;
const BRACKETS = /^[[(【「<〈](.+)[\])】」>〉]$/;

function clean(line: string): string {
  const bare = line.replace(DECORATION, "").trim();
  return (BRACKETS.exec(bare)?.[1] ?? bare).trim();
}

/**
 * The section a line opens when it is a heading ("경력 사항", "■ 프로젝트", "WORK EXPERIENCE",
 * "기술 스택 (Skills)"), or null for an ordinary line.
 */
export function headingSection(line: string): ResumeSection | null {
  if (line.length > 40) return null;
  const heading = clean(line);
  const direct = LOOKUP.get(key(heading));
  if (direct) return direct;
  // Bilingual headings: "경력 (Experience)", "Skills | 기술".
  const parts = heading.split(/\s*[(/|·]\s*|\)\s*/).filter(Boolean);
  if (parts.length < 2) return null;
  const sections = parts.map((part) => LOOKUP.get(key(part)));
  return sections.every((section) => section && section === sections[0]) ? sections[0]! : null;
}
