import { useEffect } from "react";
import { useLatest } from "./use-latest";

/**
 * Ctrl/Cmd+Enter runs the samples and Ctrl/Cmd+Shift+Enter submits, anywhere on the page. The editor
 * handles both itself (and marks the event handled), so they are not run twice.
 */
export function useRunShortcuts(onRun: () => void, onSubmit: () => void) {
  const handlers = useLatest({ onRun, onSubmit });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      if (event.shiftKey) handlers.current.onSubmit();
      else handlers.current.onRun();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [handlers]);
}
