import type { AgentState } from "@studio/protocol";
import type { MouthShape } from "../../audio/mouth-meter";
import { type MouthPaths, mouthPaths } from "./avatar-geometry";

export type AvatarState = AgentState;

export interface Pose {
  tilt: number;
  gazeX: number;
  gazeY: number;
  brow: number;
  /** Extra lift of the left brow (thinking is a little asymmetric). */
  browLeft: number;
  smile: number;
  eyeOpen: number;
}

export const POSES: Record<AvatarState, Pose> = {
  idle: { tilt: 0, gazeX: 0, gazeY: 0.6, brow: 0, browLeft: 0, smile: 0.55, eyeOpen: 1 },
  listening: { tilt: -3.5, gazeX: 0.4, gazeY: 0.2, brow: -1.8, browLeft: 0, smile: 0.75, eyeOpen: 1.06 },
  thinking: { tilt: 3, gazeX: -4.2, gazeY: -3.8, brow: -0.8, browLeft: -2.6, smile: 0.15, eyeOpen: 0.92 },
  speaking: { tilt: 0, gazeX: 0, gazeY: 0.3, brow: -0.4, browLeft: 0, smile: 0.4, eyeOpen: 1 },
};

/** What carries over from one animation frame to the next. */
export interface AvatarMotion {
  start: number;
  last: number;
  pose: Pose;
  open: number;
  width: number;
  nextBlink: number;
  blinkAt: number;
  saccade: { x: number; y: number };
  nextSaccade: number;
}

export interface FrameInput {
  now: number;
  state: AvatarState;
  /** The voice playing now (read only while speaking). */
  voice: MouthShape;
  reduced: boolean;
  random: () => number;
}

/** Everything the SVG needs for one frame. */
export interface AvatarFrame {
  bodyY: number;
  head: { y: number; tilt: number };
  eyeScale: number;
  gaze: { x: number; y: number };
  browLift: { left: number; right: number };
  mouth: MouthPaths;
  creasesOpacity: number;
  /** 0-1, as reported in data-mouth-open. */
  mouthOpen: number;
}

export function startMotion(now: number, state: AvatarState, random: () => number): AvatarMotion {
  return {
    start: now,
    last: now,
    pose: { ...POSES[state] },
    open: 0,
    width: 1,
    nextBlink: now + 1500 + random() * 2500,
    blinkAt: -1000,
    saccade: { x: 0, y: 0 },
    nextSaccade: now + 1200,
  };
}

const approach = (from: number, to: number, rate: number, dt: number) =>
  from + (to - from) * (1 - Math.exp(-dt * rate));

/** The eyes' blink (0 open - 1 shut) and the next blink's time; now and then a double blink. */
function blinkAt(motion: AvatarMotion, now: number, random: () => number) {
  let { blinkAt: at, nextBlink } = motion;
  if (now >= nextBlink) {
    at = now;
    nextBlink = now + (random() < 0.15 ? 260 : 2000 + random() * 4000);
  }
  const since = now - at;
  return { blinkAt: at, nextBlink, blink: since < 160 ? 1 - Math.abs(since / 80 - 1) : 0 };
}

/**
 * One animation frame of the interviewer, as pure maths: the pose eases toward the state's, the lips
 * follow the voice (opening fast, closing slower), blinks and small eye movements come at random
 * times, breathing and sway are slow sines; with reduced motion only the pose and the lips move.
 */
export function avatarFrame(
  motion: AvatarMotion,
  input: FrameInput,
): { motion: AvatarMotion; frame: AvatarFrame } {
  const { now, state, reduced, random } = input;
  const dt = Math.min(0.1, Math.max(0, (now - motion.last) / 1000));
  const target = POSES[state];
  const ease = reduced ? 1 : 1 - Math.exp(-dt * 5);
  const pose = { ...motion.pose };
  for (const key of Object.keys(pose) as (keyof Pose)[]) pose[key] += (target[key] - pose[key]) * ease;

  const voice = state === "speaking" ? input.voice : { open: 0, width: 1 };
  let open = approach(motion.open, voice.open, voice.open > motion.open ? 32 : 16, dt);
  if (open < 0.004) open = 0;
  const width = approach(motion.width, voice.width, 12, dt);
  const blink = blinkAt(motion, now, random);

  let { saccade, nextSaccade } = motion;
  if (!reduced && now >= nextSaccade) {
    const range = state === "speaking" ? 1.4 : state === "listening" ? 0.6 : 0.3;
    saccade = { x: (random() * 2 - 1) * range, y: (random() * 2 - 1) * range * 0.5 };
    nextSaccade = now + 900 + random() * 1800;
  }

  const seconds = (now - motion.start) / 1000;
  const breathe = reduced ? 0 : Math.sin((seconds * 2 * Math.PI) / 4.2);
  const sway = reduced ? 0 : Math.sin((seconds * 2 * Math.PI) / 7.3) * 0.6;
  const listenNod =
    reduced || state !== "listening" ? 0 : Math.max(0, Math.sin((seconds * 2 * Math.PI) / 3.6)) ** 6 * 1.6;
  const talkNod = reduced ? 0 : open * 1.8;

  return {
    motion: {
      ...motion,
      last: now,
      pose,
      open,
      width,
      blinkAt: blink.blinkAt,
      nextBlink: blink.nextBlink,
      saccade,
      nextSaccade,
    },
    frame: {
      bodyY: breathe * 1.2,
      head: { y: breathe * 1.7 + talkNod + listenNod, tilt: pose.tilt + sway },
      eyeScale: Math.max(0.06, pose.eyeOpen * (1 - blink.blink)),
      gaze: { x: pose.gazeX + saccade.x, y: pose.gazeY + saccade.y },
      browLift: { left: pose.brow + pose.browLeft - open * 1.6, right: pose.brow - open * 1.6 },
      mouth: mouthPaths(open, width, pose.smile),
      creasesOpacity: Math.max(0, pose.smile - 0.3) * (1 - open) * 0.9,
      mouthOpen: Math.min(1, open),
    },
  };
}
