/// <reference types="node" />
import { cpSync, createReadStream, existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, normalize } from "node:path";
import type { Plugin } from "vite";

/** Where the app serves Excalidraw's fonts; `window.EXCALIDRAW_ASSET_PATH` points here, so no CDN is asked. */
export const EXCALIDRAW_ASSET_PATH = "/excalidraw-assets/";

const require = createRequire(import.meta.url);
// The package exports only its entry (dist/prod/index.js); the fonts sit next to it.
const fontsDir = join(dirname(require.resolve("@excalidraw/excalidraw")), "fonts");

/** Copies Excalidraw's fonts into the build, and serves them from node_modules in development. */
export function excalidrawAssets(): Plugin {
  let outDir = "dist";
  return {
    name: "excalidraw-assets",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    configureServer(server) {
      server.middlewares.use(`${EXCALIDRAW_ASSET_PATH}fonts`, (req, res, next) => {
        const file = normalize(join(fontsDir, decodeURIComponent((req.url ?? "").split("?")[0] ?? "")));
        if (!file.startsWith(fontsDir) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader("content-type", "font/woff2");
        createReadStream(file).pipe(res);
      });
    },
    writeBundle() {
      cpSync(fontsDir, join(outDir, EXCALIDRAW_ASSET_PATH, "fonts"), { recursive: true });
    },
  };
}
