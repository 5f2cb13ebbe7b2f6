import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { Client } from "./test-server";

const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));

/** Starts the server the way `npm start` does and resolves with its URL from the startup banner. */
function startServerProcess(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", main], {
    env: { ...process.env, PORT: "0", DATA_DIR: dataDir, SERVE_WEB: "false", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const match = out.match(/Interview Studio \S+\s+—\s+(http:\/\/\S+)/);
      if (match) resolve({ child, url: match[1]! });
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

describe("graceful shutdown", () => {
  let dataDir = "";
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it("finishes the request in flight on SIGTERM, then exits cleanly", async () => {
    dataDir = mkdtempSync(join(tmpdir(), "studio-shutdown-"));
    const { child, url } = await startServerProcess(dataDir);
    const client = new Client(url);
    await client.signUp();
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));

    // A program that runs for a second: the request is still in flight when the signal arrives.
    const inFlight = client.request("POST", "/api/coding/execute", {
      language: "python",
      source: "import time\ntime.sleep(1)\nprint('done')",
    });
    await new Promise((r) => setTimeout(r, 300));
    child.kill("SIGTERM");

    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(res.body.stdout).toBe("done\n");
    expect(await exited).toBe(0);
    await expect(fetch(`${url}/health`)).rejects.toThrow();
  });
});
