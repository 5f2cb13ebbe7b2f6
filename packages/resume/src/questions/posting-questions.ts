import { createHash } from "node:crypto";
import type { Language } from "@studio/protocol";
import type { ExtractedFacts } from "../facts/extract-resume-facts";
import { objectParticle } from "./object-particle";
import type { ResumeQuestion } from "./resume-questions";

export interface PostingForQuestions {
  id: string;
  company?: string | null;
  skills: readonly string[];
  duties: readonly string[];
}

export interface PostingFit {
  /** Tools the posting asks for that the resume shows. */
  covered: string[];
  /** Tools the posting asks for that the resume does not show: what to prepare. */
  gaps: string[];
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The posting's tools split into those the resume shows and those it does not. */
export function postingFit(
  posting: PostingForQuestions,
  facts: Pick<ExtractedFacts, "skills"> | null,
): PostingFit {
  const skills = facts?.skills ?? [];
  const covered = posting.skills.filter((tool) => skills.some((skill) => same(skill, tool)));
  return { covered, gaps: posting.skills.filter((tool) => !covered.includes(tool)) };
}

/**
 * Questions weighted by the posting: a required tool the resume shows is asked about through the
 * project that used it ("공고에서 Kafka 경험을 요구하는데, '정산 배치 개선'에서…"), a tool it does not
 * show is asked about as a gap. Deterministic for the same posting and resume.
 */
export function postingQuestions(
  posting: PostingForQuestions,
  facts: ExtractedFacts | null,
  language: Language,
  count: number,
): ResumeQuestion[] {
  const fit = postingFit(posting, facts);
  const hash = createHash("sha256").update(posting.id).digest("hex").slice(0, 8);
  const where = posting.company
    ? language === "ko"
      ? `${posting.company} 공고에서`
      : `The ${posting.company} posting`
    : language === "ko"
      ? "공고에서"
      : "The posting";
  const overlap = fit.covered.map((tool, i) => {
    const project = facts?.projects.find((p) => p.technologies?.some((t) => same(t, tool)));
    const text =
      language === "ko"
        ? project
          ? `${where} ${tool} 경험을 요구하는데, 이력서의 '${project.name}'에서 ${tool}${objectParticle(tool)} 어떻게 쓰셨고 운영하면서 어떤 문제를 겪으셨나요?`
          : `${where} ${tool} 경험을 요구하는데, ${tool}${objectParticle(tool)} 실무에서 쓰신 사례를 구체적으로 말씀해 주세요.`
        : project
          ? `${where} asks for ${tool}. How did you use ${tool} in the "${project.name}", and what went wrong while running it?`
          : `${where} asks for ${tool}. Walk me through a concrete case where you used it.`;
    return { id: `posting-${hash}-c${i + 1}`, tool, text, chunkId: project?.chunkId ?? "" };
  });
  const gaps = fit.gaps.map((tool, i) => ({
    id: `posting-${hash}-g${i + 1}`,
    tool,
    chunkId: "",
    text:
      language === "ko"
        ? `${where} ${tool} 경험을 요구하는데, 이력서에는 보이지 않습니다. 관련 경험이 있거나, 없다면 어떻게 빠르게 익히시겠어요?`
        : `${where} asks for ${tool}, which your resume does not show. Have you worked with it, and if not, how would you get up to speed?`,
  }));
  // What the resume shows and what it lacks, in turn.
  const ordered = [...overlap.slice(0, 1), ...gaps.slice(0, 1), ...overlap.slice(1), ...gaps.slice(1)];
  return ordered.slice(0, Math.max(0, count)).map((question) => ({
    id: question.id,
    category: "technical",
    text: question.text,
    source: { chunkId: question.chunkId, kind: "skill", name: question.tool },
  }));
}
