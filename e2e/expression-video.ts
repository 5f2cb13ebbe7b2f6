import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("./artifacts", import.meta.url));
const require = createRequire(import.meta.url);
/** Real photos shipped with @vladmandic/face-api (pinned in package-lock), 1920 px wide group shots. */
const photos = join(dirname(require.resolve("@vladmandic/face-api/package.json")), "demo");

/** A face in a photo: which sample, and its box (x, y, side) in the 1920 px original. */
export interface FaceCrop {
  photo: number;
  box: [number, number, number];
}

/**
 * The faces used as fixtures, chosen by looking at the photos (labels are a person's reading of the
 * face, not the model's): a broad smile, a calm face, a face turned to the side, eyes lowered.
 */
export const FACES = {
  smiling: { photo: 3, box: [1005, 187, 367] },
  calm: { photo: 5, box: [727, 93, 272] },
  turnedAway: { photo: 2, box: [281, 117, 328] },
  /** Head nearly level (pitch ~20 degrees, under the head-angle limit), eyes lowered to a phone. */
  readingNotes: { photo: 2, box: [805, 188, 353] },
} satisfies Record<string, FaceCrop>;

/** A corner of a photo with a staircase and no one in it. */
const EMPTY = { photo: 5, crop: "520:390:0:0" };

export const SEGMENT_SECONDS = 10;
/** The fake camera's order, looping: smile, nobody, calm, turned away, reading notes below, off centre. */
export const SEGMENTS = ["smiling", "empty", "calm", "turnedAway", "readingNotes", "offCentre"] as const;
const FPS = 2;
const WIDTH = 480;
const HEIGHT = 360;

/** A webcam-like 4:3 frame around a face: the face about half the frame's height. */
function faceFilter({ box: [x, y, side] }: FaceCrop): string {
  const w = Math.round(side * 1.9);
  const h = Math.round((w * 3) / 4);
  const left = `max(0\\,min(iw-${w}\\,${x + side / 2 - w / 2}))`;
  const top = `max(0\\,min(ih-${h}\\,${y + side / 2 - h * 0.45}))`;
  return `crop=${w}:${h}:${left}:${top},scale=${WIDTH}:${HEIGHT}`;
}

/**
 * The calm face's usual crop at half size in the upper left corner of a grey frame, as with a camera
 * pointed past the candidate: the face's centre a quarter of the width and height from the corner.
 */
function offCentreFilter(face: FaceCrop): string {
  const [w, h] = [WIDTH / 2, HEIGHT / 2];
  return `${faceFilter(face)},scale=${w}:${h},pad=${WIDTH}:${HEIGHT}:0:0:color=0x808080`;
}

/** Still frames of one image, for `seconds`, as raw yuv420p. */
function segment(photo: number, filter: string, seconds: number, out: string): void {
  const result = spawnSync("ffmpeg", [
    ...["-nostdin", "-loglevel", "error", "-y", "-loop", "1", "-t", String(seconds)],
    ...["-i", join(photos, `sample${photo}.jpg`)],
    ...["-vf", `${filter},fps=${FPS},format=yuv420p`, "-f", "yuv4mpegpipe", out],
  ]);
  if (result.status !== 0) throw new Error(`ffmpeg failed: ${result.stderr}`);
}

/** A Y4M fake camera for Chromium (--use-file-for-fake-video-capture), built from the package's photos. */
export function expressionVideo(): string {
  mkdirSync(dir, { recursive: true });
  const video = join(dir, `expressions-${SEGMENTS.join("-")}-${SEGMENT_SECONDS}s.y4m`);
  if (existsSync(video)) return video;
  const parts = SEGMENTS.map((name, i) => {
    const part = join(dir, `segment-${i}.y4m`);
    if (name === "empty")
      segment(EMPTY.photo, `crop=${EMPTY.crop},scale=${WIDTH}:${HEIGHT}`, SEGMENT_SECONDS, part);
    else if (name === "offCentre")
      segment(FACES.calm.photo, offCentreFilter(FACES.calm), SEGMENT_SECONDS, part);
    else segment(FACES[name].photo, faceFilter(FACES[name]), SEGMENT_SECONDS, part);
    return part;
  });
  const list = join(dir, "segments.txt");
  spawnSync("sh", ["-c", `printf "file '%s'\\n" ${parts.map((p) => `'${p}'`).join(" ")} > '${list}'`]);
  const joined = spawnSync("ffmpeg", [
    ...["-nostdin", "-loglevel", "error", "-y", "-f", "concat", "-safe", "0", "-i", list],
    ...["-pix_fmt", "yuv420p", "-f", "yuv4mpegpipe", video],
  ]);
  if (joined.status !== 0) throw new Error(`ffmpeg failed: ${joined.stderr}`);
  return video;
}
