import { useEffect } from "react";
import { useLatest } from "./use-latest";

interface RoomKeys {
  /** Esc: barge in on the interviewer. */
  interrupt: () => void;
  /** Space held outside text fields: push to talk. */
  press: () => void;
  release: () => void;
  pttHeld: boolean;
  micUsable: boolean;
}

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** The room's keyboard: hold Space to talk (outside text fields and buttons), Esc to interrupt. */
export function useRoomKeyboard(keys: RoomKeys): void {
  const latest = useLatest(keys);
  useEffect(() => {
    const dialogOpen = () => document.querySelector("dialog[open]") !== null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (dialogOpen()) return;
      if (event.key === "Escape") return latest.current.interrupt();
      if (event.key !== " " || isTextField(event.target)) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      // A focused button keeps its own Space; the push-to-talk button handles itself.
      if (target?.closest("button, a, summary, [role=button], [role=switch]")) return;
      event.preventDefault();
      if (!event.repeat && latest.current.micUsable) latest.current.press();
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === " " && latest.current.pttHeld && !isTextField(event.target)) {
        event.preventDefault();
        latest.current.release();
      }
    };
    const onBlur = () => latest.current.pttHeld && latest.current.release();
    window.addEventListener("keydown", onKeyDown);
    window.addEventListener("keyup", onKeyUp);
    window.addEventListener("blur", onBlur);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      window.removeEventListener("keyup", onKeyUp);
      window.removeEventListener("blur", onBlur);
    };
  }, [latest]);
}
