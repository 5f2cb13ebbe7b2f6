import type { ResumeChunk, ResumeProject } from "@studio/protocol";
import { findDates } from "./find-dates";

// "프로젝트: 결제 시스템 개편", "졸업 프로젝트: ...", "Project: Harbor".
const LABELLED = /(?:^|\s)(?:[가-힣]+ )?(?:프로젝트|project)\s*(?:명)?\s*[:：]\s*(.{2,60})$/iu;
// '결제 시스템 개편' 프로젝트, “Harbor” project
const QUOTED = /['"‘“「『]([^'"’”」』]{2,40})['"’”」』]\s*(?:프로젝트|project)/giu;
const MAX_NAME = 50;

/** A title line without its dates, role or trailing details: "정산 자동화 플랫폼 (2023.03 - 2023.09)". */
function cleanName(line: string): string {
  let name = line.replace(/^- /, "").replace(/^\d{1,2}[.)]\s*/, "");
  for (const date of findDates(name)) name = name.replace(date, "");
  return name
    .replace(/\(\s*(?:19|20)\d{2}\s*\)/g, "")
    .replace(/\(\s*\)|\[\s*\]/g, "")
    .split(/\s*[|｜]\s*|\s+[-–—]\s+|\s{2,}/)[0]!
    .replace(/[\s,:;(–—-]+$/, "")
    .trim();
}

function describe(lines: readonly string[]): string {
  const text = lines.map((line) => line.replace(/^- /, "")).join(" ");
  if (text.length <= 300) return text;
  const cut = text.slice(0, 300);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 200))}…`;
}

function fromProjectsSection(chunk: ResumeChunk): ResumeProject[] {
  const [title, ...rest] = chunk.text.split("\n");
  if (chunk.section !== "projects" || !title || title.startsWith("- ")) return [];
  const name = cleanName(title);
  return name.length >= 2 && name.length <= MAX_NAME
    ? [{ name, description: describe(rest), chunkId: chunk.id }]
    : [];
}

function fromLabels(chunk: ResumeChunk): ResumeProject[] {
  const lines = chunk.text.split("\n");
  const labelled = lines.flatMap((line, i) => {
    const name = LABELLED.exec(line)?.[1];
    return name
      ? [{ name: cleanName(name), description: describe(lines.slice(i + 1)), chunkId: chunk.id }]
      : [];
  });
  const quoted = [...chunk.text.matchAll(QUOTED)].map((match) => ({
    name: match[1]!.trim(),
    description: "",
    chunkId: chunk.id,
  }));
  return [...labelled, ...quoted].filter(
    (project) => project.name.length >= 2 && project.name.length <= MAX_NAME,
  );
}

/**
 * Projects by their titles in a projects section and by labels elsewhere ("프로젝트: …", quoted names
 * before 프로젝트), each once, in the order of the resume.
 */
export function findProjects(chunks: readonly ResumeChunk[]): ResumeProject[] {
  const projects = chunks.flatMap((chunk) => [...fromProjectsSection(chunk), ...fromLabels(chunk)]);
  return projects.filter(
    (project, i) =>
      projects.findIndex((other) => other.name.toLowerCase() === project.name.toLowerCase()) === i,
  );
}
