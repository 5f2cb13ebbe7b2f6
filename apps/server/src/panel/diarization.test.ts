import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config";
import { createDiarizer, diarizationStatus, dominantLabel } from "./diarization";

describe("diarization adapters", () => {
  it("is off unless configured, and says so in the status", () => {
    const config = loadConfig({});
    expect(createDiarizer(config)).toBeNull();
    expect(diarizationStatus(config, null).enabled).toBe(false);
    const half = loadConfig({ DIARIZATION_PROVIDER: "deepgram" });
    expect(createDiarizer(half)).toBeNull();
    expect(diarizationStatus(half, null).detail).toContain("DIARIZATION_API_KEY");
  });

  it("posts a WAV to a pyannote-compatible service and picks the voice that spoke longest", async () => {
    const received: { type?: string; bytes: number }[] = [];
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (c) => chunks.push(c));
      request.on("end", () => {
        const body = Buffer.concat(chunks);
        received.push({ type: request.headers["content-type"], bytes: body.length });
        expect(body.subarray(0, 4).toString()).toBe("RIFF");
        response.setHeader("content-type", "application/json");
        response.end(
          JSON.stringify({
            segments: [
              { speaker: "SPEAKER_00", start: 0, end: 0.4 },
              { speaker: "SPEAKER_01", start: 0.4, end: 2.0 },
              { speaker: "SPEAKER_00", start: 2.0, end: 2.3 },
            ],
          }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const diarizer = createDiarizer(
        loadConfig({ DIARIZATION_PROVIDER: "pyannote", DIARIZATION_URL: `http://127.0.0.1:${port}/diarize` }),
      );
      const turns = await diarizer?.diarize(new Uint8Array(3200), "ko");
      expect(received).toEqual([{ type: "audio/wav", bytes: 44 + 3200 }]);
      expect(dominantLabel(turns ?? [])).toBe("SPEAKER_01");
      expect(dominantLabel([])).toBeNull();
    } finally {
      server.close();
    }
  });
});
