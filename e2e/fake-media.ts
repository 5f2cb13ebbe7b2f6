import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("./artifacts", import.meta.url));

/**
 * A fake camera (Y4M) and microphone (WAV) for Chromium's --use-file-for-fake-*-capture flags:
 * a moving gradient as video, and a spoken Korean sentence from espeak-ng as audio.
 */
export function fakeMediaFiles(): { video: string; audio: string } {
  mkdirSync(dir, { recursive: true });
  const video = join(dir, "camera.y4m");
  const audio = join(dir, "microphone.wav");
  writeFileSync(video, y4m(320, 240, 30));
  const spoken = spawnSync("espeak-ng", ["-v", "ko", "-w", audio, "--", "저는 백엔드 개발자로 일했습니다."]);
  if (spoken.status !== 0) throw new Error(`espeak-ng failed: ${spoken.stderr}`);
  return { video, audio };
}

function y4m(width: number, height: number, frames: number): Buffer {
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F15:1 Ip A1:1 C420jpeg\n`);
  const parts = [header];
  for (let f = 0; f < frames; f++) {
    const luma = Buffer.alloc(width * height);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) luma[y * width + x] = (x + y + f * 4) % 256;
    const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
    parts.push(Buffer.from("FRAME\n"), luma, chroma, chroma);
  }
  return Buffer.concat(parts);
}
