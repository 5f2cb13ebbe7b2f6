import { type Role, roleSchema } from "@studio/protocol";

/** Words of a job title that name one of the question bank's roles (Korean or English). */
const ROLE_WORDS: [Role, RegExp][] = [
  ["frontend", /front[\s-]?end|프론트|프런트|web developer|웹 ?개발|react|ui engineer/i],
  ["backend", /back[\s-]?end|백엔드|server|서버|api|platform engineer/i],
  ["data", /data|데이터|machine learning|머신 ?러닝|\bml\b|\bai\b|analyst|분석/i],
  ["pm", /product|프로덕트|\bpm\b|기획|project manager|매니저/i],
];

/**
 * A panel's role is the job as the organiser wrote it ("백엔드 개발자", "Senior backend engineer"); the
 * question bank has five roles. An exact role id is taken as it is; else the first role the title names;
 * else the general questions.
 */
export function bankRole(role: string | null): Role {
  if (!role) return "general";
  const exact = roleSchema.safeParse(role.trim().toLowerCase());
  if (exact.success) return exact.data;
  return ROLE_WORDS.find(([, words]) => words.test(role))?.[0] ?? "general";
}
