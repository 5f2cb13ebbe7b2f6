/** `?session=` carries the interview a design round belongs to. */
const sessionQuery = (sessionId: string | undefined) =>
  sessionId ? `?session=${encodeURIComponent(sessionId)}` : "";

export const whiteboardListPath = (sessionId?: string) => `/whiteboard${sessionQuery(sessionId)}`;
export const whiteboardProblemPath = (problemId: string, sessionId?: string) =>
  `/whiteboard/${encodeURIComponent(problemId)}${sessionQuery(sessionId)}`;
