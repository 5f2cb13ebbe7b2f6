import { fileURLToPath } from "node:url";
import { startTestServer, type TestServer } from "../apps/server/test/test-server";

const webDist = fileURLToPath(new URL("../apps/web/dist", import.meta.url));

/** The real server with the built web app, on a random port and a fresh embedded database. */
export function startAppServer(env: Record<string, string> = {}): Promise<TestServer> {
  return startTestServer({ SERVE_WEB: "true", WEB_DIST_DIR: webDist, ...env });
}
