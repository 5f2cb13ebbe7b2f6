import type { FaceReading } from "./face-reading";

export type WorkerRequest =
  | { type: "init"; modelsPath: string }
  | { type: "frame"; bitmap: ImageBitmap; at: number };

export type WorkerReply =
  | { type: "ready"; backend: string }
  | { type: "reading"; at: number; ms: number; reading: FaceReading }
  | { type: "failed"; message: string };
