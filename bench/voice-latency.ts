import { devAnswers } from "../apps/server/test/dev-answers";
import { SocketClient } from "../apps/server/test/socket-client";
import { Client, startTestServer } from "../apps/server/test/test-server";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;

/** Counts utterances whose chunks were not numbered 0..n in order, and utterances left without ai_audio_end. */
function audioFaults(socket: SocketClient) {
  let expected = 0;
  let misordered = 0;
  let open = false;
  for (const m of socket.messages) {
    if (m.type === "ai_audio_chunk") {
      if (m.seq !== expected) misordered++;
      expected = m.seq + 1;
      open = true;
    } else if (m.type === "ai_audio_end") {
      expected = 0;
      open = false;
    }
  }
  return { misordered, unfinished: open ? 1 : 0 };
}

/** How long the audio sent since message `from` plays: a candidate answers only after hearing the question. */
function playbackMs(socket: SocketClient, from: number): number {
  let samples = 0;
  let rate = 0;
  for (const m of socket.messages.slice(from)) {
    if (m.type !== "ai_audio_chunk") continue;
    samples += (m.data.length * 3) / 4 / 2;
    rate = m.sampleRate;
  }
  return rate ? (samples / rate) * 1000 : 0;
}

/** One candidate: listens to each question to the end, then answers at once (no time to think). */
async function interview(
  url: string,
  client: Client,
  language: "ko" | "en",
  latencies: number[],
  listen: boolean,
) {
  const listenTo = (from: number) => (listen ? sleep(playbackMs(socket, from)) : Promise.resolve());
  const answers = devAnswers().filter((a) => a.language === language);
  const created = await client.request("POST", "/api/sessions", { language, questionCount: 5 });
  const socket = await SocketClient.connect(
    `${url.replace("http", "ws")}/ws/interview/${created.body.id}`,
    client.token,
  );
  await socket.next("ai_audio_end", 0, 60_000);
  await listenTo(0);
  for (let turn = 0; ; turn++) {
    const mark = socket.messages.length;
    const sentAt = performance.now();
    socket.send({ type: "answer_text", text: answers[turn % answers.length]!.answer, durationMs: 45_000 });
    await socket.next("evaluation", mark, 60_000);
    const ended = socket.messages.slice(mark).some((m) => m.type === "interview_ended");
    if (
      ended ||
      (await Promise.race([
        socket.next("interview_ended", mark, 60_000).then(() => true),
        socket.next("ai_audio_chunk", mark, 60_000).then(() => false),
      ]))
    )
      break;
    latencies.push(performance.now() - sentAt);
    await socket.next("ai_audio_end", mark, 60_000);
    await listenTo(mark);
  }
  socket.close();
  return audioFaults(socket);
}

/** Turn latency (answer sent -> first audio chunk received) with `clients` interviews at once over the socket. */
export async function voiceLatency(clients: number, listen = true) {
  const server = await startTestServer({ LOG_LEVEL: "error" });
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let peakRssMb = 0;
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, process.memoryUsage().rss / 1048576);
  }, 100);
  const latencies: number[] = [];
  try {
    const candidates = await Promise.all(
      Array.from({ length: clients }, async (_, i) => {
        const client = new Client(server.url);
        await client.signUp(`voice-${i}`);
        return client;
      }),
    );
    const faults = await Promise.all(
      candidates.map((c, i) => interview(server.url, c, i % 2 === 0 ? "ko" : "en", latencies, listen)),
    );
    const cpu = process.cpuUsage(cpuBefore);
    const wallMs = performance.now() - started;
    latencies.sort((a, b) => a - b);
    return {
      clients,
      listensToQuestions: listen,
      turns: latencies.length,
      p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
      p95Ms: Math.round(percentile(latencies, 95) * 10) / 10,
      cpuPercentOfOneCore: Math.round(((cpu.user + cpu.system) / 1000 / wallMs) * 100),
      peakRssMb: Math.round(peakRssMb),
      misorderedChunks: faults.reduce((n, f) => n + f.misordered, 0),
      unfinishedUtterances: faults.reduce((n, f) => n + f.unfinished, 0),
    };
  } finally {
    clearInterval(sampler);
    await server.close({ removeData: true });
  }
}
