import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { excalidrawAssets } from "./excalidraw-assets";
import { expressionModels } from "./expression-models";

const backend = "http://127.0.0.1:8000";

export default defineConfig({
  plugins: [react(), tailwindcss(), excalidrawAssets(), expressionModels()],
  // Excalidraw's dependencies pull an older React to the workspace root; the app must use its own one copy.
  resolve: { dedupe: ["react", "react-dom"] },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 900 },
  server: {
    proxy: {
      "/api": backend,
      "/ws": { target: backend, ws: true },
      "/health": backend,
      "/docs": backend,
    },
  },
});
