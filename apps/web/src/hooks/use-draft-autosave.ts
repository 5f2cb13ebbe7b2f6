import { useCallback, useEffect, useRef, useState } from "react";
import { saveDraft, saveDraftOnLeave } from "../api/whiteboard-api";
import { localDraftKey, serializeLocalDraft } from "../whiteboard/draft-choice";

const EVERY_MS = 3000;

export type SaveState = { status: "idle" | "saving" | "saved" | "failed"; at?: Date };

/**
 * Saves the canvas to the server a few seconds after it changes and when the page is left; a copy also goes
 * to localStorage at once, so a crash between saves loses nothing.
 */
export function useDraftAutosave(
  userId: string,
  problemId: string,
  sessionId: string | undefined,
  read: () => readonly unknown[] | null,
  /** False once the round's time is up: the board then stays as last saved. */
  enabled = true,
) {
  const [state, setState] = useState<SaveState>({ status: "idle" });
  const dirty = useRef(false);
  const body = useCallback(() => {
    const elements = read();
    return elements
      ? {
          problemId,
          ...(sessionId ? { sessionId } : {}),
          scene: { type: "excalidraw", elements: [...elements] },
        }
      : null;
  }, [problemId, sessionId, read]);

  const markChanged = useCallback(() => {
    dirty.current = true;
  }, []);

  useEffect(() => {
    if (!enabled) return;
    const keepLocal = (elements: readonly unknown[]) =>
      localStorage.setItem(
        localDraftKey(userId, problemId, sessionId),
        serializeLocalDraft(elements, new Date()),
      );
    const timer = window.setInterval(() => {
      const next = dirty.current ? body() : null;
      if (!next) return;
      dirty.current = false;
      keepLocal(next.scene.elements);
      setState({ status: "saving" });
      saveDraft(next).then(
        () => setState({ status: "saved", at: new Date() }),
        () => {
          dirty.current = true;
          setState({ status: "failed" });
        },
      );
    }, EVERY_MS);
    const leave = () => {
      const next = dirty.current ? body() : null;
      if (!next) return;
      keepLocal(next.scene.elements);
      saveDraftOnLeave(next);
      dirty.current = false;
    };
    const onHide = () => {
      if (document.visibilityState === "hidden") leave();
    };
    window.addEventListener("pagehide", leave);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("pagehide", leave);
      document.removeEventListener("visibilitychange", onHide);
      leave(); // leaving the page inside the app
    };
  }, [body, userId, problemId, sessionId, enabled]);

  return { state, markChanged };
}
