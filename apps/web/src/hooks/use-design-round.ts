import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { loadDraft, openDesignRound } from "../api/whiteboard-api";
import { chooseDraft, localDraftKey, parseLocalDraft } from "../whiteboard/draft-choice";

/**
 * The round's deadline in this browser's clock. In an interview it is the server's (the round started at its
 * first opening, so a reload or another device counts on from there, corrected for a skewed clock); in
 * practice it counts from when the page opened.
 */
export function useDesignRound(sessionId: string | undefined, practiceMinutes: number | undefined) {
  const [openedAt] = useState(() => Date.now());
  const round = useQuery({
    queryKey: ["whiteboard-round", sessionId ?? ""],
    queryFn: async () => ({ ...(await openDesignRound(sessionId ?? "")), receivedAt: Date.now() }),
    enabled: sessionId !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
  const deadlineMs = round.data
    ? round.data.receivedAt + (Date.parse(round.data.deadline) - Date.parse(round.data.now))
    : practiceMinutes !== undefined && sessionId === undefined
      ? openedAt + practiceMinutes * 60_000
      : undefined;
  return {
    round,
    deadlineMs,
    /** The round was already over when the page opened: nothing more is sent. */
    closedOnArrival: round.data !== undefined && round.data.state !== "open",
  };
}

/** The board to open: the newer of the server's autosave and this browser's copy; once the round is over, the
 * server's (the round's result: a local copy newer than it was refused). */
export function useSavedBoard(
  userId: string | undefined,
  problemId: string,
  sessionId: string | undefined,
  roundOver: boolean | undefined,
) {
  return useQuery({
    queryKey: ["whiteboard-draft", userId ?? "", problemId, sessionId ?? ""],
    queryFn: async () => {
      const server = await loadDraft(problemId, sessionId).catch(() => null);
      const local = roundOver
        ? null
        : parseLocalDraft(localStorage.getItem(localDraftKey(userId ?? "", problemId, sessionId)));
      return chooseDraft(
        server ? { elements: server.scene?.elements ?? [], updatedAt: server.updatedAt } : null,
        local,
      );
    },
    enabled: userId !== undefined && roundOver !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
}
