import { createHash } from "node:crypto";
import type { Language } from "@studio/protocol";
import type { ExtractedFacts } from "../facts/extract-resume-facts";
import { objectParticle } from "./object-particle";

export interface ResumeQuestion {
  /** Stable for the same resume: `resume-<hash>-p1` for the first project question, `-s1` for skills. */
  id: string;
  category: "project" | "technical";
  text: string;
  /** What in the resume the question is about, for the evaluator's context and the report. */
  source: { chunkId: string; kind: "project" | "skill"; name: string };
}

type Phrasing = (name: string) => string;

/** A project question that names something the candidate wrote: a result, the role, a technology. */
type DetailPhrasing = (name: string, detail: string) => string;
const DETAIL_PHRASINGS: Record<Language, Record<"result" | "role" | "technology", DetailPhrasing>> = {
  ko: {
    result: (name, result) =>
      `이력서에 적으신 ${projectKo(name)}에서 "${result}"라고 쓰셨는데, 이 수치는 어떻게 측정하셨고 본인의 기여는 무엇이었나요?`,
    role: (name, role) =>
      `${projectKo(name)}에서 "${role}" 역할을 맡으셨는데, 구체적으로 어떤 결정을 직접 내리셨나요?`,
    technology: (name, tool) =>
      `${projectKo(name)}에서 ${skillObject(tool)} 쓰신 이유는 무엇이었고, 다른 선택지와 비교해 어떤 트레이드오프가 있었나요?`,
  },
  en: {
    result: (name, result) =>
      `In the ${projectEn(name)} you wrote "${result}". How did you measure that, and what was your own part in it?`,
    role: (name, role) =>
      `You were "${role}" on the ${projectEn(name)}. Which decisions did you make yourself?`,
    technology: (name, tool) =>
      `Why did you use ${tool} in the ${projectEn(name)}, and what trade-offs did you weigh against the alternatives?`,
  },
};

/** The most concrete thing the resume says about a project, for the question of this round. */
function projectDetail(project: ExtractedFacts["projects"][number], round: number) {
  const details = [
    ...(project.results ?? []).map((text) => ({ kind: "result" as const, text })),
    ...(project.role ? [{ kind: "role" as const, text: project.role }] : []),
    ...(project.technologies ?? []).slice(0, 2).map((text) => ({ kind: "technology" as const, text })),
  ];
  return details[round];
}

// "'정산 자동화 플랫폼' 프로젝트", but not "'검색 고도화 프로젝트' 프로젝트". Either way the phrase is
// read ending in 프로젝트 (or "project"), so its object particle is always 를.
const projectKo = (name: string) => (/프로젝트$|project$/i.test(name) ? `'${name}'` : `'${name}' 프로젝트`);
const projectEn = (name: string) => (/project$/i.test(name) ? `"${name}"` : `"${name}" project`);
const skillObject = (name: string) => `'${name}'${objectParticle(name)}`;

const PROJECT_PHRASINGS: Record<Language, Phrasing[]> = {
  ko: [
    (name) => `이력서에 적으신 ${projectKo(name)}에서 맡으신 역할은 무엇이었나요?`,
    (name) =>
      `${projectKo(name)}를 진행하시면서 가장 어려웠던 기술적 문제는 무엇이었고, 어떻게 해결하셨나요?`,
    (name) => `${projectKo(name)}의 성과는 어떻게 측정하셨고, 다시 한다면 무엇을 다르게 하시겠어요?`,
  ],
  en: [
    (name) => `Your resume mentions the ${projectEn(name)}. What was your role in it?`,
    (name) => `What was the hardest technical problem in the ${projectEn(name)}, and how did you solve it?`,
    (name) =>
      `How did you measure the results of the ${projectEn(name)}, and what would you do differently today?`,
  ],
};

const SKILL_PHRASINGS: Record<Language, Phrasing[]> = {
  ko: [
    (name) =>
      `이력서에 적으신 ${skillObject(name)} 실무에서 어떻게 활용하셨는지 구체적인 사례로 설명해 주시겠어요?`,
    (name) =>
      `${skillObject(name)} 선택하신 이유는 무엇이었고, 비슷한 다른 기술과 비교하면 어떤 장단점이 있었나요?`,
    (name) => `${skillObject(name)} 사용하시면서 겪은 가장 까다로운 문제와 그 해결 과정을 말씀해 주세요.`,
  ],
  en: [
    (name) => `Could you walk me through a concrete example of how you used ${name} in your work?`,
    (name) => `Why did you choose ${name}, and how did it compare with the alternatives you considered?`,
    (name) => `What was the trickiest problem you ran into with ${name}, and how did you solve it?`,
  ],
};

interface Topic {
  kind: "project" | "skill";
  name: string;
  chunkId: string;
  project?: ExtractedFacts["projects"][number];
}

function topics(facts: ExtractedFacts): { projects: Topic[]; skills: Topic[] } {
  const projects = facts.projects.map((project) => ({
    kind: "project" as const,
    name: project.name,
    chunkId: project.chunkId,
    project,
  }));
  const skills = facts.skills
    .filter((skill) => facts.skillChunks[skill])
    .map((skill) => ({ kind: "skill" as const, name: skill, chunkId: facts.skillChunks[skill]! }));
  return { projects, skills };
}

/** Projects and skills taken in turn (project first), each round asking about them in a new way. */
function schedule(projects: Topic[], skills: Topic[], rounds: number): { topic: Topic; round: number }[] {
  const order: { topic: Topic; round: number }[] = [];
  for (let round = 0; round < rounds; round++) {
    // Two project questions to one skill question: the candidate's own work says the most.
    for (let i = 0; i < Math.max(Math.ceil(projects.length / 2), skills.length); i++) {
      for (const topic of [projects[2 * i], projects[2 * i + 1], skills[i]])
        if (topic) order.push({ topic, round });
    }
  }
  return order;
}

function resumeHash(facts: ExtractedFacts): string {
  const basis = JSON.stringify([facts.projects.map((project) => project.name), facts.skills]);
  return createHash("sha256").update(basis).digest("hex").slice(0, 8);
}

/**
 * Up to `count` interview questions about the candidate's own projects and skills, in the session
 * language, alternating project and technical questions. Deterministic: the same facts give the same
 * questions and ids, and a larger count only adds questions at the end.
 */
export function resumeQuestions(facts: ExtractedFacts, language: Language, count: number): ResumeQuestion[] {
  const { projects, skills } = topics(facts);
  const hash = resumeHash(facts);
  const numbers = { project: 0, skill: 0 };
  return schedule(projects, skills, PROJECT_PHRASINGS[language].length)
    .slice(0, Math.max(0, count))
    .map(({ topic, round }) => {
      const phrasings = topic.kind === "project" ? PROJECT_PHRASINGS : SKILL_PHRASINGS;
      numbers[topic.kind] += 1;
      const detail = topic.project && projectDetail(topic.project, round);
      return {
        id: `resume-${hash}-${topic.kind === "project" ? "p" : "s"}${numbers[topic.kind]}`,
        category: topic.kind === "project" ? "project" : "technical",
        text: detail
          ? DETAIL_PHRASINGS[language][detail.kind](topic.name, detail.text)
          : phrasings[language][round]!(topic.name),
        source: { chunkId: topic.chunkId, kind: topic.kind, name: topic.name },
      };
    });
}
