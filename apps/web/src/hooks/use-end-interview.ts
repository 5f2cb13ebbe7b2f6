import type { ClientMessage } from "@studio/protocol";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { isApiError } from "../api/api-error";
import { endSession } from "../api/sessions-api";

/** How long the server gets to confirm `end_interview` before the REST endpoint is used. */
const END_FALLBACK_MS = 5000;

/**
 * Ending the interview: `end_interview` over the socket, whose `interview_ended` takes the room to the
 * report; only when the socket cannot deliver it is `POST /end` used (a 409 means it already ended).
 */
export function useEndInterview(
  sessionId: string,
  send: (message: ClientMessage) => boolean,
  goToReport: () => void,
) {
  const [ending, setEnding] = useState(false);
  const end = useMutation({
    mutationFn: () => endSession(sessionId),
    onSuccess: goToReport,
    onError: (error) => {
      if (isApiError(error, 409)) goToReport();
    },
  });
  const endMutate = end.mutate;
  useEffect(() => {
    if (!ending) return;
    const sent = send({ type: "end_interview" });
    const timer = setTimeout(() => endMutate(), sent ? END_FALLBACK_MS : 0);
    return () => clearTimeout(timer);
  }, [ending, send, endMutate]);
  const failed = end.isError && !isApiError(end.error, 409) ? end.error : null;
  return { ending, start: () => setEnding(true), failed };
}
