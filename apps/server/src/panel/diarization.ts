import type { Language, ServiceStatus } from "@studio/protocol";
import type { Config } from "../config";

/** A stretch of audio said by one voice; labels are the engine's own ("0", "SPEAKER_01"), not names. */
export interface SpeakerTurn {
  label: string;
  start: number;
  end: number;
}

/** Who spoke when in a recording from one shared microphone. Used only when DIARIZATION_PROVIDER is set. */
export interface Diarizer {
  readonly name: string;
  diarize(pcm16: Uint8Array, language: Language): Promise<SpeakerTurn[]>;
}

const SAMPLE_RATE = 16_000;
const TIMEOUT_MS = 15_000;

/** Deepgram's pre-recorded API with `diarize=true`: each word carries a speaker number. */
class DeepgramDiarizer implements Diarizer {
  readonly name = "deepgram";
  constructor(
    private readonly apiKey: string,
    private readonly baseUrl = "https://api.deepgram.com",
  ) {}

  async diarize(pcm16: Uint8Array, language: Language): Promise<SpeakerTurn[]> {
    const url = `${this.baseUrl}/v1/listen?diarize=true&punctuate=true&encoding=linear16&sample_rate=${SAMPLE_RATE}&language=${language}`;
    const response = await fetch(url, {
      method: "POST",
      headers: { authorization: `Token ${this.apiKey}`, "content-type": "application/octet-stream" },
      body: new Uint8Array(pcm16),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`deepgram answered ${response.status}`);
    const body = (await response.json()) as {
      results?: {
        channels?: { alternatives?: { words?: { speaker?: number; start: number; end: number }[] }[] }[];
      };
    };
    const words = body.results?.channels?.[0]?.alternatives?.[0]?.words ?? [];
    return words.map((w) => ({ label: String(w.speaker ?? 0), start: w.start, end: w.end }));
  }
}

/**
 * A self-hosted pyannote-style service: POST a WAV file, get `{"segments": [{"speaker", "start", "end"}]}`
 * (the shape pyannote's pipeline output serialises to).
 */
class PyannoteHttpDiarizer implements Diarizer {
  readonly name = "pyannote";
  constructor(
    private readonly url: string,
    private readonly apiKey?: string,
  ) {}

  async diarize(pcm16: Uint8Array): Promise<SpeakerTurn[]> {
    const response = await fetch(this.url, {
      method: "POST",
      headers: {
        "content-type": "audio/wav",
        ...(this.apiKey ? { authorization: `Bearer ${this.apiKey}` } : {}),
      },
      body: new Uint8Array(wav(pcm16)),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`diarization service answered ${response.status}`);
    const body = (await response.json()) as { segments?: { speaker: string; start: number; end: number }[] };
    return (body.segments ?? []).map((s) => ({ label: String(s.speaker), start: s.start, end: s.end }));
  }
}

/** The label that spoke longest in the recording, or null when the engine heard no one. */
export function dominantLabel(turns: readonly SpeakerTurn[]): string | null {
  const spoken = new Map<string, number>();
  for (const t of turns) spoken.set(t.label, (spoken.get(t.label) ?? 0) + Math.max(0, t.end - t.start));
  let best: string | null = null;
  for (const [label, seconds] of spoken) if (best === null || seconds > (spoken.get(best) ?? 0)) best = label;
  return best;
}

/**
 * For each stretch of one recording (seconds from its start), the label heard longest within it, or
 * null. Labels compare only within one recording: engines number voices afresh for every request.
 */
export function clipLabels(
  turns: readonly SpeakerTurn[],
  bounds: readonly { start: number; end: number }[],
): (string | null)[] {
  return bounds.map(({ start, end }) =>
    dominantLabel(
      turns
        .map((t) => ({ label: t.label, start: Math.max(t.start, start), end: Math.min(t.end, end) }))
        .filter((t) => t.end > t.start),
    ),
  );
}

export function createDiarizer(config: Config): Diarizer | null {
  if (config.DIARIZATION_PROVIDER === "deepgram" && config.DIARIZATION_API_KEY)
    return new DeepgramDiarizer(config.DIARIZATION_API_KEY, config.DIARIZATION_URL);
  if (config.DIARIZATION_PROVIDER === "pyannote" && config.DIARIZATION_URL)
    return new PyannoteHttpDiarizer(config.DIARIZATION_URL, config.DIARIZATION_API_KEY);
  return null;
}

export function diarizationStatus(config: Config, diarizer: Diarizer | null): ServiceStatus {
  if (diarizer) return { enabled: true, provider: diarizer.name, detail: "shared-room panels are diarized" };
  const missing = config.DIARIZATION_PROVIDER !== "none";
  return {
    enabled: false,
    provider: config.DIARIZATION_PROVIDER,
    detail: missing
      ? `DIARIZATION_PROVIDER=${config.DIARIZATION_PROVIDER} needs ${config.DIARIZATION_PROVIDER === "deepgram" ? "DIARIZATION_API_KEY" : "DIARIZATION_URL"}`
      : "off: in shared-room panels the interviewer taps who is speaking",
  };
}

function wav(pcm: Uint8Array): Uint8Array {
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + pcm.length, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36);
  header.writeUInt32LE(pcm.length, 40);
  return Buffer.concat([header, pcm]);
}
