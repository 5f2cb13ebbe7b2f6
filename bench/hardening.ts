// `npm run bench:hardening`: what the hardening of issue 17 costs and protects, as one JSON document.
// - a PDF decompression bomb (1 GB behind /ASCIIHexDecode, the review's shape): time to refuse it and
//   the server's RSS before, at its peak and after;
// - /health latency while 16 sign-ups (argon2, 64 MiB each) arrive at once.

import { Client, startTestServer, uniqueEmail } from "../apps/server/test/test-server";
import { hiddenBombs } from "../packages/resume/src/fixtures/bomb-pdfs";

const MB = 1024 * 1024;
const rssMb = () => Math.round(process.memoryUsage().rss / MB);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

async function upload(client: Client, bytes: Uint8Array) {
  const form = new FormData();
  form.append("file", new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" }), "bomb.pdf");
  const response = await fetch(`${client.baseUrl}/api/resumes`, {
    method: "POST",
    headers: { authorization: `Bearer ${client.token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as { error?: { code: string } } };
}

async function pdfBomb() {
  const server = await startTestServer({ LOG_LEVEL: "error" });
  try {
    const client = new Client(server.url);
    await client.signUp();
    const bombs = await hiddenBombs(1024 * MB);
    const results = [];
    for (const [shape, bytes] of Object.entries(bombs)) {
      global.gc?.();
      const before = rssMb();
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, rssMb());
      }, 10);
      const started = performance.now();
      const res = await upload(client, bytes);
      const refusedMs = Math.round(performance.now() - started);
      clearInterval(sampler);
      global.gc?.();
      results.push({
        shape,
        fileKb: Math.round(bytes.length / 1024),
        status: res.status,
        code: res.body.error?.code ?? null,
        refusedMs,
        rssMb: { before, peak, after: rssMb() },
      });
    }
    return results;
  } finally {
    await server.close({ removeData: true });
  }
}

async function healthDuringSignups(signups = 16) {
  const server = await startTestServer({ LOG_LEVEL: "error", REGISTER_MAX_PER_HOUR: "1000" });
  try {
    const client = new Client(server.url);
    const health: number[] = [];
    let running = true;
    const probe = (async () => {
      while (running) {
        const t = performance.now();
        await client.request("GET", "/health");
        health.push(performance.now() - t);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const started = performance.now();
    const statuses = await Promise.all(
      Array.from({ length: signups }, () =>
        client
          .request("POST", "/api/auth/register", {
            email: uniqueEmail(),
            password: "bench password 1",
            name: "B",
          })
          .then((r) => r.status),
      ),
    );
    const signupsMs = Math.round(performance.now() - started);
    running = false;
    await probe;
    const sorted = health.sort((a, b) => a - b);
    return {
      signups,
      created: statuses.filter((s) => s === 201).length,
      allSignupsMs: signupsMs,
      healthMs: {
        samples: sorted.length,
        p50: Math.round(percentile(sorted, 50)),
        p95: Math.round(percentile(sorted, 95)),
        max: Math.round(sorted.at(-1) ?? 0),
      },
    };
  } finally {
    await server.close({ removeData: true });
  }
}

const results = { pdfBomb: await pdfBomb(), healthDuringSignups: await healthDuringSignups() };
console.log(JSON.stringify(results, null, 2));
process.exit(0);
