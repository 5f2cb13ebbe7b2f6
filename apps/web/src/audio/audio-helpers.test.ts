import { describe, expect, it } from "vitest";
import { Downsampler } from "./downsampler";
import { CLOSED_MOUTH } from "./mouth-meter";
import { base64ToBytes, bytesToBase64, floatToPcm16Sample, parseWav, pcm16ToFloat32 } from "./pcm16";
import { EnergyVad } from "./voice-activity";

describe("pcm16", () => {
  it("round-trips base64 and decodes little-endian samples", () => {
    const bytes = new Uint8Array([0x00, 0x80, 0xff, 0x7f, 0x00, 0x00]);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect([...pcm16ToFloat32(bytes)]).toEqual([-1, 32767 / 32768, 0]);
  });

  it("clamps floats to 16-bit samples", () => {
    expect(floatToPcm16Sample(2)).toBe(32767);
    expect(floatToPcm16Sample(-2)).toBe(-32768);
    expect(floatToPcm16Sample(0)).toBe(0);
  });

  it("reads the format and samples of a PCM WAV file", () => {
    const data = new Uint8Array([1, 0, 2, 0]);
    const header = new DataView(new ArrayBuffer(44));
    const tag = (at: number, text: string) => {
      for (let i = 0; i < 4; i++) header.setUint8(at + i, text.charCodeAt(i));
    };
    tag(0, "RIFF");
    header.setUint32(4, 36 + data.length, true);
    tag(8, "WAVE");
    tag(12, "fmt ");
    header.setUint32(16, 16, true);
    header.setUint16(20, 1, true);
    header.setUint16(22, 1, true);
    header.setUint32(24, 22_050, true);
    header.setUint16(34, 16, true);
    tag(36, "data");
    header.setUint32(40, data.length, true);
    const file = new Uint8Array(48);
    file.set(new Uint8Array(header.buffer), 0);
    file.set(data, 44);
    const wav = parseWav(file);
    expect(wav?.sampleRate).toBe(22_050);
    expect(wav?.channels).toBe(1);
    expect([...(wav?.data ?? [])]).toEqual([1, 0, 2, 0]);
    expect(parseWav(new Uint8Array(60))).toBeNull();
  });
});

describe("Downsampler", () => {
  it("turns 48 kHz into 16 kHz by averaging each window, across calls", () => {
    const down = new Downsampler(48_000, 16_000);
    const first = down.push(new Float32Array([0.3, 0.3, 0.3, 0.6]));
    const second = down.push(new Float32Array([0.6, 0.6]));
    expect([...first].map((v) => +v.toFixed(3))).toEqual([0.3]);
    expect([...second].map((v) => +v.toFixed(3))).toEqual([0.6]);
  });

  it("keeps the rate of a 44.1 kHz stream over time", () => {
    const down = new Downsampler(44_100, 16_000);
    let total = 0;
    for (let i = 0; i < 441; i++) total += down.push(new Float32Array(100)).length;
    expect(total).toBeGreaterThanOrEqual(15_999);
    expect(total).toBeLessThanOrEqual(16_000);
  });
});

describe("EnergyVad", () => {
  it("starts after sustained voice and ends after a pause", () => {
    const vad = new EnergyVad({ frameMs: 100, startMs: 200, endMs: 500 });
    const events = [0.002, 0.002, 0.2, 0.2, 0.2, 0.002, 0.002, 0.002, 0.002, 0.002].map((rms) =>
      vad.push(rms),
    );
    expect(events.indexOf("start")).toBe(3);
    expect(events.indexOf("end")).toBe(9);
  });

  it("needs a louder voice when asked to be less sensitive", () => {
    const vad = new EnergyVad({ frameMs: 100, startMs: 200 });
    expect([0.02, 0.02, 0.02].map((rms) => vad.push(rms, 0.4))).not.toContain("start");
    expect([0.02, 0.02, 0.02].map((rms) => vad.push(rms))).toContain("start");
  });
});

it("a closed mouth is closed", () => {
  expect(CLOSED_MOUTH.open).toBe(0);
});
