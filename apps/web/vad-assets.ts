/// <reference types="node" />
import { copyFileSync, createReadStream, existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Plugin } from "vite";

/** Where the app serves the Silero VAD model and onnxruntime-web's WASM: nothing is fetched from a CDN. */
export const VAD_ASSET_PATH = "/vad/";

const require = createRequire(import.meta.url);
const ortDir = dirname(require.resolve("onnxruntime-web/ort-wasm-simd-threaded.wasm"));
const vadDir = join(dirname(require.resolve("@ricky0123/vad-web")));
const FILES: Record<string, { dir: string; type: string }> = {
  "silero_vad_v5.onnx": { dir: vadDir, type: "application/octet-stream" },
  "ort-wasm-simd-threaded.wasm": { dir: ortDir, type: "application/wasm" },
  "ort-wasm-simd-threaded.mjs": { dir: ortDir, type: "text/javascript" },
};

/** Copies the VAD model and runtime into the build, and serves them from node_modules in development. */
export function vadAssets(): Plugin {
  let outDir = "dist";
  return {
    name: "vad-assets",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    configureServer(server) {
      server.middlewares.use(VAD_ASSET_PATH, (req, res, next) => {
        const name = (req.url ?? "").split("?")[0]!.replace(/^\//, "");
        const file = FILES[name];
        if (!file || !existsSync(join(file.dir, name))) return next();
        res.setHeader("content-type", file.type);
        createReadStream(join(file.dir, name)).pipe(res);
      });
    },
    writeBundle() {
      mkdirSync(join(outDir, VAD_ASSET_PATH), { recursive: true });
      for (const [name, file] of Object.entries(FILES)) {
        copyFileSync(join(file.dir, name), join(outDir, VAD_ASSET_PATH, name));
      }
    },
  };
}
