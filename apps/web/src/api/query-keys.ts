export const queryKeys = {
  me: ["me"] as const,
  socialStatus: ["social-status"] as const,
  sessions: ["sessions"] as const,
  session: (id: string) => ["session", id] as const,
  report: (id: string) => ["report", id] as const,
  codingProblems: (lang: string) => ["coding-problems", lang] as const,
  codingProblem: (id: string, lang: string) => ["coding-problem", id, lang] as const,
  whiteboardProblems: (lang: string) => ["whiteboard-problems", lang] as const,
  whiteboardProblem: (id: string, lang: string) => ["whiteboard-problem", id, lang] as const,
  whiteboardStatus: ["whiteboard-status"] as const,
};
