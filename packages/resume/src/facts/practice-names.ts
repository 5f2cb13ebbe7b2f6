// Ways of working a PM or a team lists beside its tools ("Practices: Agile / Scrum · OKRs · Roadmapping",
// "보증: 사용자 인터뷰 · 애자일 방법론"). They are asked about as how someone works, not as a tool or
// technology one has used, so they are no skill. A/B testing stays: the corpora count it as a skill
// a PM is asked about like a tool (experiment platforms, statistics).
const PRACTICE =
  /^(?:(?:product\s+)?discovery|agile(?:\s+methodolog(?:y|ies))?|scrum|kanban|lean|okrs?|kpis?|roadmapping|road\s?maps?|jobs[\s-]to[\s-]be[\s-]done|jtbd|prds?|user\s+(?:interviews?|research)|stakeholder\s+management|design\s+thinking|애자일(?:\s?방법론)?|스크럼|칸반|사용자\s?인터뷰|로드맵(?:\s?수립)?|okr\s?수립)$/iu;

/** A practice or way of working named like a skill ("Scrum", "OKRs", "사용자 인터뷰"). */
export const namesPractice = (skill: string) => PRACTICE.test(skill.trim());
