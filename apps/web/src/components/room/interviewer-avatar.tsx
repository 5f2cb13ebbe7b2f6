import type { AvatarLook } from "@studio/protocol";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { MouthShape } from "../../audio/mouth-meter";
import { useLatest } from "../../hooks/use-latest";
import { useReducedMotion } from "../../hooks/use-reduced-motion";
import { AvatarArt, BROWS, EYES, PIVOT } from "./avatar-art";
import { type AvatarFrame, type AvatarState, avatarFrame, POSES, startMotion } from "./avatar-frame";
import { mouthPaths } from "./avatar-geometry";

export type { AvatarState } from "./avatar-frame";

interface InterviewerAvatarProps {
  state: AvatarState;
  /** The AI panel's persona look; the single interviewer's by default. */
  look?: AvatarLook;
  /** Tailwind size classes; the stage's large face by default. */
  className?: string;
  /** Mouth shape of the voice playing now; read once per animation frame while speaking. */
  readMouth: () => MouthShape;
}

const fixed = (n: number) => n.toFixed(2);

/** Writes one frame (avatar-frame.ts does the maths) onto the SVG's moving parts. */
function drawFrame(root: HTMLElement, frame: AvatarFrame): void {
  const set = (name: string, attribute: string, value: string) =>
    root.querySelector(`[data-part="${name}"]`)?.setAttribute(attribute, value);
  set("body", "transform", `translate(0 ${fixed(frame.bodyY)})`);
  set("head", "transform", `translate(0 ${fixed(frame.head.y)}) rotate(${fixed(frame.head.tilt)} ${PIVOT})`);
  for (const side of ["left", "right"] as const) {
    set(
      `eye-${side}`,
      "transform",
      `translate(${EYES[side].x} ${EYES[side].y}) scale(1 ${frame.eyeScale.toFixed(3)})`,
    );
    set(`iris-${side}`, "transform", `translate(${fixed(frame.gaze.x)} ${fixed(frame.gaze.y)})`);
    set(
      `brow-${side}`,
      "transform",
      `translate(${BROWS[side].x} ${fixed(BROWS[side].y + frame.browLift[side])})`,
    );
  }
  const { mouth } = frame;
  set("mouth-inner", "d", mouth.inner);
  set("mouth-clip", "d", mouth.inner);
  set("lip-upper", "d", mouth.upperLip);
  set("lip-lower", "d", mouth.lowerLip);
  set("creases", "d", mouth.creases);
  set("creases", "opacity", fixed(frame.creasesOpacity));
  for (const [name, value] of Object.entries(mouth.teeth)) set("teeth", name, fixed(value));
  for (const [name, value] of Object.entries(mouth.tongue)) set("tongue", name, fixed(value));
}

/**
 * The interviewer, drawn in SVG and animated per frame: breathing, blinks, a pose per state and lips
 * driven by the audio actually playing. `data-mouth-open` reports the openness (0-1).
 */
export function InterviewerAvatar({ state, readMouth, look, className }: InterviewerAvatarProps) {
  const { t } = useTranslation();
  const rootRef = useRef<HTMLDivElement>(null);
  const stateRef = useLatest(state);
  const mouthRef = useLatest(readMouth);
  const reduced = useReducedMotion();
  const uid = useId().replace(/[^a-zA-Z0-9]/g, "");

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let motion = startMotion(performance.now(), stateRef.current, Math.random);
    let shownOpen = "";
    let frame = 0;
    const tick = (now: number) => {
      const current = stateRef.current;
      const voice = current === "speaking" ? mouthRef.current() : { open: 0, width: 1 };
      const next = avatarFrame(motion, { now, state: current, voice, reduced, random: Math.random });
      motion = next.motion;
      drawFrame(root, next.frame);
      const rounded = next.frame.mouthOpen.toFixed(2);
      if (rounded !== shownOpen) root.dataset.mouthOpen = shownOpen = rounded;
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [reduced, stateRef, mouthRef]);

  return (
    <div
      ref={rootRef}
      data-testid="avatar"
      data-state={state}
      data-mouth-open="0.00"
      role="img"
      aria-label={t(`room.avatar.${state}`)}
      className={`relative aspect-square ${className ?? "w-full max-w-[26rem]"}`}
    >
      <AvatarArt state={state} uid={uid} initial={mouthPaths(0, 1, POSES[state].smile)} look={look} />
    </div>
  );
}
