import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { InferenceSession, Tensor } from "onnxruntime-web";

/** Silero v5 reads 16 kHz audio in frames of 512 samples (32 ms). */
export const VAD_SAMPLE_RATE = 16_000;
export const VAD_FRAME_SAMPLES = 512;
export const VAD_FRAME_MS = (VAD_FRAME_SAMPLES / VAD_SAMPLE_RATE) * 1000;
/** The tail of the previous frame that v5 reads with each frame, as silero-vad's own wrapper does. */
const CONTEXT_SAMPLES = 64;

type Ort = typeof import("onnxruntime-web");

/**
 * The Silero VAD v5 model shipped in @ricky0123/vad-web, run with onnxruntime-web's WASM backend
 * (onnxruntime-node cannot be installed here). One model per process, shared by every stream;
 * runs are serialized, as the WASM backend runs one at a time anyway.
 */
export class SileroModel {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly ort: Ort,
    private readonly session: InferenceSession,
  ) {}

  static async load(): Promise<SileroModel> {
    const ort = await import("onnxruntime-web");
    // One thread: worker threads would compete with the server for the machine's two cores.
    ort.env.wasm.numThreads = 1;
    ort.env.logLevel = "error";
    const path = createRequire(import.meta.url).resolve("@ricky0123/vad-web/dist/silero_vad_v5.onnx");
    const session = await ort.InferenceSession.create(await readFile(path));
    return new SileroModel(ort, session);
  }

  /** A speech-probability reader with its own recurrent state, one per audio stream. */
  createStream(): SileroStream {
    return new SileroStream(this);
  }

  /** @internal */
  run(input: Float32Array, state: Tensor): Promise<{ probability: number; state: Tensor }> {
    const { ort, session } = this;
    const result = this.queue.then(async () => {
      const out = await session.run({
        input: new ort.Tensor("float32", input, [1, input.length]),
        state,
        sr: new ort.Tensor("int64", BigInt64Array.from([BigInt(VAD_SAMPLE_RATE)]), [1]),
      });
      return { probability: Number(out.output!.data[0]), state: out.stateN! };
    });
    this.queue = result.catch(() => {});
    return result;
  }

  /** @internal */
  zeroState(): Tensor {
    return new this.ort.Tensor("float32", new Float32Array(2 * 128), [2, 1, 128]);
  }
}

export class SileroStream {
  private state: Tensor;
  private context = new Float32Array(CONTEXT_SAMPLES);

  constructor(private readonly model: SileroModel) {
    this.state = model.zeroState();
  }

  /** The probability (0-1) that a frame of VAD_FRAME_SAMPLES samples in [-1, 1] is speech. */
  async probability(frame: Float32Array): Promise<number> {
    const input = new Float32Array(CONTEXT_SAMPLES + frame.length);
    input.set(this.context);
    input.set(frame, CONTEXT_SAMPLES);
    this.context = frame.slice(-CONTEXT_SAMPLES);
    const { probability, state } = await this.model.run(input, this.state);
    this.state = state;
    return probability;
  }
}

let loading: Promise<SileroModel> | undefined;
let loadFailure: string | undefined;

/** The shared model, loaded on first use (about 1.5 s of WASM compilation) and then kept. */
export function loadSileroModel(): Promise<SileroModel> {
  loading ??= SileroModel.load().then(
    (model) => {
      loadFailure = undefined;
      return model;
    },
    (error: unknown) => {
      loading = undefined; // let a later session try again
      loadFailure = error instanceof Error ? error.message : String(error);
      throw error;
    },
  );
  return loading;
}

/** Why the model last failed to load, if it did. */
export function sileroLoadFailure(): string | undefined {
  return loadFailure;
}
