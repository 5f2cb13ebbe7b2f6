/// <reference lib="dom" />
// Bundled by bench/expressions.ts for a test page: the app's Human settings and reading of a face.
import { Human } from "@vladmandic/human";
import { readFace } from "../../apps/web/src/camera/face-reading";
import { humanConfig } from "../../apps/web/src/camera/human-config";
import { LookingDownFilter } from "../../apps/web/src/camera/looking-down";
import { topEmotion } from "../../packages/interview/src/expressions/expression-summary";

declare global {
  interface Window {
    analysePhotos(names: string[]): Promise<unknown[]>;
  }
}

window.analysePhotos = async (names) => {
  const human = new Human(humanConfig("/models/", "wasm"));
  await human.load();
  await human.init();
  const out = [];
  for (const name of names) {
    const image = new Image();
    image.src = `/photos/${name}.png`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    canvas.getContext("2d")?.drawImage(image, 0, 0);
    const started = performance.now();
    const once = readFace((await human.detect(canvas)).face[0]);
    const ms = performance.now() - started;
    // A still photo stands for two frames in a row of the same look (the app wants two to say "down").
    const down = new LookingDownFilter();
    const reading = down.apply(down.apply(once, 0), 1000);
    out.push({ name, ms, ...reading, top: reading.facePresent ? topEmotion(reading.scores) : null });
  }
  return out;
};
