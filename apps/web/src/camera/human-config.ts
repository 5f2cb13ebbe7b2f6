/**
 * The @vladmandic/human settings of the camera analysis: one face, its mesh (head pose), iris and
 * expression; nothing else loads. Plain JavaScript on purpose: bench/expressions.ts serves this file
 * to a test page so the measured figures use exactly these settings.
 */
export const humanConfig = (modelsPath: string, backend: "webgl" | "wasm") => ({
  backend,
  modelBasePath: modelsPath,
  wasmPath: modelsPath,
  debug: false,
  async: true,
  warmup: "none" as const,
  cacheSensitivity: 0,
  filter: { enabled: false },
  face: {
    enabled: true,
    // One frame a second or less: every frame is analysed afresh, no box or score is carried over.
    detector: { maxDetected: 1, rotation: false, return: false, skipFrames: 0, skipTime: 0 },
    mesh: { enabled: true },
    iris: { enabled: true, skipFrames: 0, skipTime: 0 },
    emotion: { enabled: true, minConfidence: 0, skipFrames: 0, skipTime: 0 },
    description: { enabled: false },
    antispoof: { enabled: false },
    liveness: { enabled: false },
    attention: { enabled: false },
  },
  body: { enabled: false },
  hand: { enabled: false },
  object: { enabled: false },
  gesture: { enabled: false },
  segmentation: { enabled: false },
});
