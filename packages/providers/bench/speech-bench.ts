/**
 * Speech costs on this machine: espeak-ng time to the first audio chunk and to the end for a
 * two-sentence Korean and English utterance, uncached (a process per call) and cached (replayed);
 * Silero VAD model load and time per 32 ms frame. Prints JSON.
 *   npx tsx packages/providers/bench/speech-bench.ts [runs]
 */
import type { Language } from "@studio/protocol";
import { CachedSynthesizer, EspeakSynthesizer, type SpeechSynthesizer } from "../src";
import { Pcm16Framer } from "../src/speech/audio/pcm16-frames";
import { loadSileroModel, VAD_FRAME_MS, VAD_FRAME_SAMPLES } from "../src/speech/stt/silero-vad";
import { concatBytes, silencePcm16, spokenPcm16k } from "../src/speech/testing/spoken-audio";

const RUNS = Number(process.argv[2] ?? 20);
const UTTERANCES: Record<Language, string> = {
  ko: "지난 프로젝트에서 맡으셨던 역할을 말씀해 주세요. 가장 어려웠던 점은 무엇이었나요?",
  en: "Tell me about the role you played in your last project. What was the hardest part?",
};

const round = (ms: number) => Math.round(ms * 100) / 100;
function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
  return { median: at(0.5), p95: at(0.95), max: round(sorted.at(-1)!) };
}

async function timeSynthesis(tts: SpeechSynthesizer, text: string, language: Language) {
  const started = performance.now();
  let firstChunkMs = 0;
  let bytes = 0;
  for await (const chunk of tts.synthesize(text, { language })) {
    if (!bytes) firstChunkMs = performance.now() - started;
    bytes += chunk.byteLength;
  }
  return {
    firstChunkMs,
    totalMs: performance.now() - started,
    audioSeconds: bytes / 2 / tts.format.sampleRate,
  };
}

async function benchEspeak(language: Language) {
  const espeak = new EspeakSynthesizer();
  const cached = new CachedSynthesizer(espeak, 64 * 1024 * 1024);
  const text = UTTERANCES[language];
  const cold = [];
  for (let i = 0; i < RUNS; i++) cold.push(await timeSynthesis(espeak, text, language));
  await timeSynthesis(cached, text, language); // fills the cache
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(await timeSynthesis(cached, text, language));
  return {
    text,
    audioSeconds: round(cold[0]!.audioSeconds),
    uncached: {
      firstChunkMs: summary(cold.map((r) => r.firstChunkMs)),
      totalMs: summary(cold.map((r) => r.totalMs)),
    },
    cached: {
      firstChunkMs: summary(warm.map((r) => r.firstChunkMs)),
      totalMs: summary(warm.map((r) => r.totalMs)),
    },
  };
}

async function benchVad() {
  const loadStarted = performance.now();
  const model = await loadSileroModel();
  const loadMs = performance.now() - loadStarted;
  const speech = await spokenPcm16k(UTTERANCES.ko, "ko");
  const frames = new Pcm16Framer(VAD_FRAME_SAMPLES).push(
    concatBytes([silencePcm16(1000), speech, silencePcm16(1000)]),
  );
  const stream = model.createStream();
  const perFrame: number[] = [];
  for (const frame of frames) {
    const started = performance.now();
    await stream.probability(frame);
    perFrame.push(performance.now() - started);
  }
  const perFrameMs = summary(perFrame.slice(10)); // the first frames warm the WASM up
  return {
    model: "silero_vad_v5.onnx (@ricky0123/vad-web) on onnxruntime-web WASM, 1 thread",
    loadMs: round(loadMs),
    frameMs: VAD_FRAME_MS,
    frames: frames.length,
    perFrameMs,
    realTimeFactor: round(perFrameMs.median / VAD_FRAME_MS),
  };
}

const result = {
  runs: RUNS,
  node: process.version,
  espeak: { ko: await benchEspeak("ko"), en: await benchEspeak("en") },
  vad: await benchVad(),
};
console.log(JSON.stringify(result, null, 2));
