import type { TimedSegment } from "@studio/protocol";

/** Containers the browser can record, best first; the server accepts the same media types. */
const AUDIO_TYPES = ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/ogg"];
const VIDEO_TYPES = ["video/webm;codecs=vp8,opus", "video/webm;codecs=vp9,opus", "video/webm"];

const supported = (types: string[]) =>
  types.find((t) => typeof MediaRecorder !== "undefined" && MediaRecorder.isTypeSupported(t));

export interface FinishedRecording {
  blob: Blob;
  durationMs: number;
  segments: TimedSegment[];
}

/**
 * One answer's recording: its own microphone stream (opened when the candidate's turn starts, closed
 * when the answer is sent) and, for a video interview, the camera's video track, through MediaRecorder.
 */
export class AnswerRecorder {
  private readonly chunks: Blob[] = [];
  private readonly startedAt = performance.now();
  private readonly segments: TimedSegment[] = [];
  private heard = "";
  private lastHeardAt = 0;

  private constructor(
    private readonly recorder: MediaRecorder,
    private readonly ownTracks: MediaStreamTrack[],
  ) {
    recorder.addEventListener("dataavailable", (event) => {
      if (event.data.size > 0) this.chunks.push(event.data);
    });
  }

  static async start(video: MediaStreamTrack | null): Promise<AnswerRecorder> {
    const mic = await navigator.mediaDevices.getUserMedia({
      audio: { echoCancellation: true, noiseSuppression: false, autoGainControl: false },
    });
    const tracks = [...mic.getAudioTracks(), ...(video ? [video.clone()] : [])];
    const mimeType = video ? (supported(VIDEO_TYPES) ?? supported(AUDIO_TYPES)) : supported(AUDIO_TYPES);
    const recorder = new MediaRecorder(new MediaStream(tracks), mimeType ? { mimeType } : undefined);
    const started = new AnswerRecorder(recorder, tracks);
    recorder.start(1000);
    return started;
  }

  get elapsedMs(): number {
    return performance.now() - this.startedAt;
  }

  /** The recognizer's final text so far: what is new becomes a segment ending now. */
  noteFinal(finalText: string): void {
    const text = finalText.trim();
    if (!text || text === this.heard) return;
    const added = text.startsWith(this.heard) ? text.slice(this.heard.length).trim() : text;
    const now = Math.round(this.elapsedMs);
    if (added) this.segments.push({ text: added, startMs: Math.min(now, this.lastHeardAt), endMs: now });
    this.heard = text;
    this.lastHeardAt = now;
  }

  /** Marks when words were first heard (interim results), so a segment starts there. */
  noteHeard(): void {
    if (this.lastHeardAt === 0 || this.segments.at(-1)?.endMs === this.lastHeardAt) {
      this.lastHeardAt = Math.round(this.elapsedMs);
    }
  }

  stop(): Promise<FinishedRecording> {
    return new Promise((resolve) => {
      const done = () => {
        for (const track of this.ownTracks) track.stop();
        resolve({
          blob: new Blob(this.chunks, { type: this.recorder.mimeType.split(";")[0] || "audio/webm" }),
          durationMs: Math.round(this.elapsedMs),
          segments: this.segments,
        });
      };
      if (this.recorder.state === "inactive") return done();
      this.recorder.addEventListener("stop", done, { once: true });
      this.recorder.stop();
    });
  }
}
