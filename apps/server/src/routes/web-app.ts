import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import type { Config } from "../config";

const defaultDist = fileURLToPath(new URL("../../../web/dist", import.meta.url));
const API_PREFIXES = ["/api/", "/ws/", "/docs", "/metrics", "/health", "/openapi.json"];

/**
 * Serves the built single-page app; any other GET that accepts HTML gets index.html so client routes
 * survive a reload. API paths keep their JSON 404s.
 */
export async function serveWebApp(app: FastifyInstance, config: Config): Promise<void> {
  const root = resolve(config.WEB_DIST_DIR ?? defaultDist);
  if (!existsSync(resolve(root, "index.html"))) {
    app.log.warn({ root }, "web app is not built; run `npm run build` (npm start does it for you)");
    return;
  }
  await app.register(fastifyStatic, { root, wildcard: false, index: "index.html" });
  app.addHook("onRequest", async (request, reply) => {
    if (request.method !== "GET" || API_PREFIXES.some((p) => request.url.startsWith(p))) return;
    const path = request.url.split("?")[0] ?? "/";
    if (path.includes(".") || !request.headers.accept?.includes("text/html")) return;
    if (app.hasRoute({ method: "GET", url: path })) return;
    return reply.sendFile("index.html");
  });
}
