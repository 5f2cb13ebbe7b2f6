import { useCallback, useEffect, useRef, useState } from "react";
import { saveDraft, saveDraftOnLeave } from "../api/whiteboard-api";

const EVERY_MS = 3000;
export const localDraftKey = (problemId: string, sessionId?: string) =>
  `studio.whiteboard.${problemId}.${sessionId ?? ""}`;

export type SaveState = { status: "idle" | "saving" | "saved" | "failed"; at?: Date };

/**
 * Saves the canvas to the server a few seconds after it changes and when the page is left; a copy also goes
 * to localStorage at once, so a crash between saves loses nothing.
 */
export function useDraftAutosave(
  problemId: string,
  sessionId: string | undefined,
  read: () => readonly unknown[] | null,
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
    const timer = window.setInterval(() => {
      const next = dirty.current ? body() : null;
      if (!next) return;
      dirty.current = false;
      localStorage.setItem(localDraftKey(problemId, sessionId), JSON.stringify(next.scene.elements));
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
      localStorage.setItem(localDraftKey(problemId, sessionId), JSON.stringify(next.scene.elements));
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
  }, [body, problemId, sessionId]);

  return { state, markChanged };
}
