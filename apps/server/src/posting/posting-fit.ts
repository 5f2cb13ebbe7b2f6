import type { Report } from "@studio/protocol";
import { type ExtractedFacts, postingFit } from "@studio/resume";
import type { postings } from "../db/posting-schema";

type PostingRow = typeof postings.$inferSelect;

const mentions = (text: string, skill: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${skill.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9+#])`,
    "iu",
  ).test(text);

/** The report's posting fit: each required tool, shown by the resume and by the answers, and the gaps. */
export function reportPostingFit(
  posting: PostingRow,
  facts: ExtractedFacts | null,
  answers: readonly string[],
): NonNullable<Report["postingFit"]> {
  const { covered } = postingFit(posting, facts);
  const said = answers.join("\n");
  const requirements = posting.skills.map((skill) => ({
    skill,
    inResume: covered.includes(skill),
    inAnswers: mentions(said, skill),
  }));
  return {
    ...(posting.company ? { company: posting.company } : {}),
    role: posting.role,
    requirements,
    gaps: requirements.filter((r) => !r.inResume && !r.inAnswers).map((r) => r.skill),
  };
}
