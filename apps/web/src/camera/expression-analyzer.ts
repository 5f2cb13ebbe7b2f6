import type { ExpressionSample } from "@studio/protocol";
import { nextInterval } from "./analysis-rate";
import type { FaceReading } from "./face-reading";
import { LookingDownFilter } from "./looking-down";
import type { WorkerReply, WorkerRequest } from "./worker-messages";

/** Where the app serves the models (see apps/web/expression-models.ts). */
const MODELS_PATH = "/expression-models/";
/** Frames are scaled down to this width before analysis: the face models work on small inputs. */
const FRAME_WIDTH = 480;

export interface AnalyzerEvents {
  onReady(backend: string): void;
  onReading(reading: FaceReading, sample: ExpressionSample, ms: number): void;
  onFailed(message: string): void;
}

/**
 * Grabs a frame of the camera now and then, hands it to the worker, and turns each reading into a
 * sample. Only one frame is in flight at a time; the pause adapts to the device (analysis-rate.ts).
 */
export class ExpressionAnalyzer {
  private readonly worker: Worker;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly recentMs: number[] = [];
  private readonly lookingDown = new LookingDownFilter();
  private stopped = false;

  constructor(
    private readonly video: HTMLVideoElement,
    private readonly questionId: () => string | undefined,
    private readonly events: AnalyzerEvents,
  ) {
    this.worker = new Worker(new URL("./expression-worker.ts", import.meta.url), { type: "module" });
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => this.receive(event.data);
    this.worker.onerror = (event) => this.fail(event.message || "worker failed");
    this.request({ type: "init", modelsPath: MODELS_PATH });
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.worker.terminate();
  }

  private request(message: WorkerRequest, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  private receive(reply: WorkerReply): void {
    if (this.stopped) return;
    if (reply.type === "failed") {
      this.fail(reply.message);
      return;
    }
    if (reply.type === "ready") {
      this.events.onReady(reply.backend);
      this.schedule(0);
      return;
    }
    this.recentMs.push(reply.ms);
    if (this.recentMs.length > 5) this.recentMs.shift();
    const reading = this.lookingDown.apply(reply.reading, reply.at);
    const { offCentre, size, eyesLowered: _e, ...numbers } = reading;
    const questionId = this.questionId();
    const sample: ExpressionSample = {
      at: reply.at,
      ...numbers,
      ...(offCentre !== undefined ? { faceOffCentre: hundredths(offCentre) } : {}),
      ...(size !== undefined ? { faceSize: hundredths(size) } : {}),
      ...(questionId ? { questionId } : {}),
    };
    this.events.onReading(reading, sample, reply.ms);
    this.schedule(nextInterval(this.recentMs));
  }

  private fail(message: string): void {
    this.stop();
    this.events.onFailed(message);
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => void this.grab(), delay);
  }

  /** Sends the current frame, or waits for the video to have one (or for the tab to be visible). */
  private async grab(): Promise<void> {
    if (this.stopped) return;
    const { video } = this;
    if (document.hidden || video.readyState < 2 || video.videoWidth === 0) {
      this.schedule(1000);
      return;
    }
    const width = Math.min(FRAME_WIDTH, video.videoWidth);
    const height = Math.round((video.videoHeight / video.videoWidth) * width);
    try {
      const bitmap = await createImageBitmap(video, { resizeWidth: width, resizeHeight: height });
      if (this.stopped) {
        bitmap.close();
        return;
      }
      this.request({ type: "frame", bitmap, at: Date.now() }, [bitmap]);
    } catch {
      this.schedule(1000);
    }
  }
}

/** Two decimals are all the framing figures say; clamped into the contract's 0-1. */
const hundredths = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
