/// <reference types="node" />
import { cpSync, createReadStream, existsSync, mkdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import type { Plugin } from "vite";

/** Where the app serves the face models and the wasm runtime: nothing is fetched from a CDN. */
export const EXPRESSION_MODELS_PATH = "/expression-models/";

const require = createRequire(import.meta.url);
const humanModels = join(dirname(dirname(require.resolve("@vladmandic/human"))), "models");
const wasmDir = dirname(require.resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm"));

/** Only the models the camera analysis loads (face box, mesh for head pose, iris, expression). */
const MODELS = ["blazeface", "facemesh", "iris", "emotion"].flatMap((m) => [`${m}.json`, `${m}.bin`]);
const WASM = [
  "tfjs-backend-wasm.wasm",
  "tfjs-backend-wasm-simd.wasm",
  "tfjs-backend-wasm-threaded-simd.wasm",
];
const FILES = new Map([
  ...MODELS.map((f) => [f, join(humanModels, f)] as const),
  ...WASM.map((f) => [f, join(wasmDir, f)] as const),
]);

const TYPES: Record<string, string> = {
  json: "application/json",
  bin: "application/octet-stream",
  wasm: "application/wasm",
};

/** Copies the files into the build, and serves them from node_modules in development. */
export function expressionModels(): Plugin {
  let outDir = "dist";
  return {
    name: "expression-models",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    configureServer(server) {
      server.middlewares.use(EXPRESSION_MODELS_PATH, (req, res, next) => {
        const file = FILES.get(basename((req.url ?? "").split("?")[0] ?? ""));
        if (!file || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader("content-type", TYPES[file.split(".").pop() ?? ""] ?? "application/octet-stream");
        createReadStream(file).pipe(res);
      });
    },
    writeBundle() {
      const target = join(outDir, EXPRESSION_MODELS_PATH);
      mkdirSync(target, { recursive: true });
      for (const [name, file] of FILES) cpSync(file, join(target, name));
    },
  };
}
