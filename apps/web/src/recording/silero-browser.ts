import type { InferenceSession, Tensor } from "onnxruntime-web/wasm";

/** Silero v5 reads 16 kHz audio in frames of 512 samples (32 ms), each with the previous frame's last 64. */
export const VAD_SAMPLE_RATE = 16_000;
const FRAME = 512;
const CONTEXT = 64;
export const VAD_FRAME_MS = (FRAME / VAD_SAMPLE_RATE) * 1000;
const ASSETS = "/vad/";

type Ort = typeof import("onnxruntime-web/wasm");
let loading: Promise<{ ort: Ort; session: InferenceSession }> | null = null;

/** The model (from @ricky0123/vad-web) on onnxruntime-web's WASM backend, served by this app, loaded once. */
function load() {
  loading ??= (async () => {
    const ort = await import("onnxruntime-web/wasm");
    ort.env.wasm.wasmPaths = ASSETS;
    // No cross-origin isolation here, so no shared-memory threads.
    ort.env.wasm.numThreads = 1;
    ort.env.logLevel = "error";
    const model = await fetch(`${ASSETS}silero_vad_v5.onnx`).then((r) => {
      if (!r.ok) throw new Error(`VAD model: HTTP ${r.status}`);
      return r.arrayBuffer();
    });
    const session = await ort.InferenceSession.create(model, { executionProviders: ["wasm"] });
    return { ort, session };
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** Loads the model ahead of the first answer, so measuring it does not wait for the download. */
export function preloadVad(): void {
  void load().catch(() => undefined);
}

/** The speech probability of each 32 ms frame of 16 kHz mono audio. */
export async function speechProbabilities(samples: Float32Array): Promise<number[]> {
  const { ort, session } = await load();
  let state: Tensor = new ort.Tensor("float32", new Float32Array(2 * 128), [2, 1, 128]);
  const sr = new ort.Tensor("int64", BigInt64Array.from([BigInt(VAD_SAMPLE_RATE)]), [1]);
  const input = new Float32Array(CONTEXT + FRAME);
  const probabilities: number[] = [];
  for (let start = 0; start + FRAME <= samples.length; start += FRAME) {
    input.copyWithin(0, FRAME, FRAME + CONTEXT); // the previous frame's tail becomes the context
    input.set(samples.subarray(start, start + FRAME), CONTEXT);
    const out = await session.run({
      input: new ort.Tensor("float32", input.slice(), [1, input.length]),
      state,
      sr,
    });
    probabilities.push(Number(out.output!.data[0]));
    state = out.stateN!;
  }
  return probabilities;
}
