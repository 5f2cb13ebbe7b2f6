/// <reference lib="webworker" />
import { Human } from "@vladmandic/human";
import { readFace } from "./face-reading";
import { humanConfig } from "./human-config";
import type { WorkerReply, WorkerRequest } from "./worker-messages";

/**
 * Runs @vladmandic/human off the main thread on frames the page sends as ImageBitmaps; replies with
 * numbers only. The models and the wasm runtime come from the app itself (EXPRESSION_MODELS_PATH).
 */
let human: Human | null = null;
let canvas: OffscreenCanvas | null = null;

const post = (reply: WorkerReply) => self.postMessage(reply);

/** Hardware WebGL if there is one; software WebGL (SwiftShader) is slower than wasm, so wasm then. */
function preferredBackend(): "webgl" | "wasm" {
  try {
    const gl = new OffscreenCanvas(1, 1).getContext("webgl2");
    if (!gl) return "wasm";
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
    return /swiftshader|llvmpipe|software/i.test(renderer) ? "wasm" : "webgl";
  } catch {
    return "wasm";
  }
}

async function start(modelsPath: string, backend: "webgl" | "wasm"): Promise<Human> {
  const instance = new Human(humanConfig(modelsPath, backend));
  await instance.load();
  await instance.init();
  return instance;
}

async function init(modelsPath: string): Promise<void> {
  const wanted = preferredBackend();
  try {
    human = await start(modelsPath, wanted);
  } catch (error) {
    if (wanted === "wasm") throw error;
    human = await start(modelsPath, "wasm");
  }
  post({ type: "ready", backend: human.tf.getBackend() });
}

async function analyse(bitmap: ImageBitmap, at: number): Promise<void> {
  if (!human) {
    bitmap.close();
    return;
  }
  canvas ??= new OffscreenCanvas(bitmap.width, bitmap.height);
  if (canvas.width !== bitmap.width || canvas.height !== bitmap.height) {
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
  }
  canvas.getContext("2d")?.drawImage(bitmap, 0, 0);
  bitmap.close();
  const started = performance.now();
  const result = await human.detect(canvas);
  post({ type: "reading", at, ms: performance.now() - started, reading: readFace(result.face[0]) });
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  const run = message.type === "init" ? init(message.modelsPath) : analyse(message.bitmap, message.at);
  run.catch((error: unknown) => post({ type: "failed", message: String(error) }));
};
