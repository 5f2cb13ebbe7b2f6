/// <reference lib="dom" />
// `npm run bench:expressions`: the camera analysis in headless Chromium on this machine. Prints JSON:
// agreement with a person's labels on the face-api demo photos (same Human settings as the app), and
// the app's own analysis rate and CPU cost per frame with the Y4M fake camera (CPU of every Chromium
// process with the analysis on, minus the same time with it off, over the frames analysed).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { cpus, tmpdir } from "node:os";
import { dirname, extname, join } from "node:path";
import { build } from "esbuild";
import { startAppServer } from "../e2e/app-server";
import { launchBrowser, signUpThroughApi } from "../e2e/browser";
import { expressionVideo } from "../e2e/expression-video";
import { LABELLED_FACES } from "./expressions/labelled-faces";

const require = createRequire(import.meta.url);
const photos = join(dirname(require.resolve("@vladmandic/face-api/package.json")), "demo");
const models = join(dirname(dirname(require.resolve("@vladmandic/human"))), "models");
const wasm = dirname(require.resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm"));
const work = join(tmpdir(), "bench-expressions");
const MEASURE_MS = 30_000;

async function agreement() {
  mkdirSync(join(work, "photos"), { recursive: true });
  for (const face of LABELLED_FACES) {
    const [x, y, side] = face.box;
    const w = Math.round(side * 1.9);
    const h = Math.round((w * 3) / 4);
    const crop = `crop=${w}:${h}:max(0\\,min(iw-${w}\\,${x + side / 2 - w / 2})):max(0\\,min(ih-${h}\\,${y + side / 2 - h * 0.45})),scale=480:360`;
    spawnSync("ffmpeg", [
      "-nostdin",
      "-loglevel",
      "error",
      "-y",
      "-i",
      join(photos, `sample${face.photo}.jpg`),
      "-vf",
      crop,
      join(work, "photos", `${face.name}.png`),
    ]);
  }
  await build({
    entryPoints: [new URL("./expressions/page-entry.ts", import.meta.url).pathname],
    bundle: true,
    format: "esm",
    platform: "browser",
    outfile: join(work, "bench.js"),
    logLevel: "error",
  });
  const types: Record<string, string> = {
    ".js": "text/javascript",
    ".wasm": "application/wasm",
    ".png": "image/png",
    ".json": "application/json",
  };
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const file =
      path === "/"
        ? null
        : path.startsWith("/models/")
          ? join(path.endsWith(".wasm") ? wasm : models, path.slice(8))
          : join(work, path);
    try {
      const body = file
        ? readFileSync(file)
        : Buffer.from('<!doctype html><script type="module" src="/bench.js"></script>');
      res.writeHead(200, {
        "content-type": file ? (types[extname(file)] ?? "application/octet-stream") : "text/html",
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => typeof window.analysePhotos === "function");
  const results = (await page.evaluate(
    (names) => window.analysePhotos(names),
    LABELLED_FACES.map((f) => f.name),
  )) as Array<{
    name: string;
    ms: number;
    facePresent: boolean;
    top: string | null;
    lookingAway?: boolean;
    lookingDown?: boolean;
    headYaw?: number;
    headPitch?: number;
  }>;
  await browser.close();
  server.close();
  const rows = LABELLED_FACES.map((face, i) => ({ ...face, ...results[i] }));
  const expressive = rows.filter((r) => r.expression);
  const agreed = expressive.filter((r) => r.top === r.expression).length;
  const away = rows.filter((r) => r.away);
  return {
    facesFound: `${rows.filter((r) => r.facePresent).length}/${rows.length}`,
    expressionAgreement: `${agreed}/${expressive.length}`,
    lookingAwayAgreement: `${away.filter((r) => r.lookingAway).length}/${away.length}`,
    falseLookingAway: `${rows.filter((r) => !r.away && r.lookingAway).length}/${rows.length - away.length}`,
    lookingDownAgreement: `${rows.filter((r) => r.down && r.lookingDown).length}/${rows.filter((r) => r.down).length}`,
    falseLookingDown: `${rows.filter((r) => !r.down && r.lookingDown).length}/${rows.filter((r) => !r.down).length}`,
    photos: rows.map((r) => ({
      name: r.name,
      label: r.expression ?? (r.down ? "down" : r.away ? "away" : ""),
      top: r.top,
      lookingAway: r.lookingAway,
      lookingDown: r.lookingDown,
      yaw: r.headYaw,
      pitch: r.headPitch,
      ms: Math.round(r.ms ?? 0),
    })),
  };
}

/** CPU seconds (user + system) in a /proc stat file. */
function statCpuSeconds(path: string): number {
  const fields = readFileSync(path, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds used so far by the Web Worker threads of Chromium's renderers (where the analysis runs):
 * measured on the thread itself, so other work on a shared, loaded machine does not blur it.
 */
function workerThreadCpuSeconds(): number {
  let seconds = 0;
  for (const pid of chromiumPids()) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {}
    for (const tid of tasks) {
      try {
        if (!readFileSync(`/proc/${pid}/task/${tid}/comm`, "utf8").startsWith("DedicatedWorker")) continue;
        seconds += statCpuSeconds(`/proc/${pid}/task/${tid}/stat`);
      } catch {}
    }
  }
  return seconds;
}

/** CPU seconds used so far by every Chromium process under this one. */
function chromiumCpuSeconds(): number {
  let seconds = 0;
  for (const pid of chromiumPids()) {
    try {
      seconds += statCpuSeconds(`/proc/${pid}/stat`);
    } catch {}
  }
  return seconds;
}

/** The Chromium processes started by this one. */
function chromiumPids(): string[] {
  const table = execFileSync("ps", ["-eo", "pid=,ppid=,comm="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/));
  const mine = new Set([String(process.pid)]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const [pid, ppid] of table) {
      if (!pid || !ppid || !mine.has(ppid) || mine.has(pid)) continue;
      mine.add(pid);
      grown = true;
    }
  }
  return table.flatMap(([pid, , comm]) => (pid && mine.has(pid) && comm?.includes("chrom") ? [pid] : []));
}

async function rateAndCost() {
  const server = await startAppServer();
  const browser = await launchBrowser([
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
    `--use-file-for-fake-video-capture=${expressionVideo()}`,
  ]);
  const page = await browser.newPage();
  await signUpThroughApi(page, server.url, "bench");
  const session = await (
    await page.request.post(`${server.url}/api/sessions`, { data: { language: "ko", mode: "video" } })
  ).json();
  await page.goto(`${server.url}/interview/${session.id}/room`);
  await page.getByTestId("camera-preview").waitFor();
  await page.waitForTimeout(5000);
  let cpu = chromiumCpuSeconds();
  await page.waitForTimeout(MEASURE_MS);
  const idleCpu = chromiumCpuSeconds() - cpu;
  await page.getByTestId("expression-toggle").click();
  await page.waitForFunction(
    () =>
      Number(document.querySelector('[data-testid="presence-indicator"]')?.getAttribute("data-samples")) > 2,
    null,
    { timeout: 180_000 },
  );
  const indicator = page.getByTestId("presence-indicator");
  const before = Number(await indicator.getAttribute("data-samples"));
  cpu = chromiumCpuSeconds();
  const workerCpu = workerThreadCpuSeconds();
  await page.waitForTimeout(MEASURE_MS);
  const busyCpu = chromiumCpuSeconds() - cpu;
  const analysisCpu = workerThreadCpuSeconds() - workerCpu;
  const frames = Number(await indicator.getAttribute("data-samples")) - before;
  const result = {
    backend: await indicator.getAttribute("data-backend"),
    framesPerSecond: +(frames / (MEASURE_MS / 1000)).toFixed(2),
    workerMsPerFrame: Number(await indicator.getAttribute("data-analysis-ms")),
    /** CPU of the analysis worker's thread per analysed frame: the cost of one frame's analysis. */
    workerThreadCpuMsPerFrame: Math.round((analysisCpu * 1000) / Math.max(1, frames)),
    /** All Chromium processes with the analysis on minus off, per frame (noisy on a loaded machine). */
    cpuMsPerFrame: Math.round(((busyCpu - idleCpu) * 1000) / Math.max(1, frames)),
    frames,
    /** Right after the measured 30 s with the analysis on. */
    loadAverage: loadAverage(),
    chromiumCpuShare: {
      analysisOff: +(idleCpu / (MEASURE_MS / 1000)).toFixed(2),
      analysisOn: +(busyCpu / (MEASURE_MS / 1000)).toFixed(2),
    },
  };
  await browser.close();
  await server.close({ removeData: true });
  return result;
}

/** The 1, 5 and 15 minute load averages: the figures mean little without them on a shared machine. */
const loadAverage = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const loadAtStart = loadAverage();
const agreementFigures = await agreement();
const app = await rateAndCost();
console.log(
  JSON.stringify(
    {
      machine: { cpus: cpus().length, loadAverage: loadAtStart, loadAverageAtEnd: loadAverage() },
      agreement: agreementFigures,
      app,
    },
    null,
    2,
  ),
);
process.exit(0);
