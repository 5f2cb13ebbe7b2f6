import type { Language, ServiceStatus } from "@studio/protocol";
import type { SpeechError } from "../speech-errors";
import type { VadVerdict } from "./voice-activity";

export interface RecognitionHandlers {
  language: Language;
  /** A partial transcript of the answer so far (streaming engines only): `stt_interim`. */
  onInterim?(text: string): void;
  /** The final transcript, once per session, whether the VAD or `end()` ended the answer. */
  onFinal?(text: string): void;
  /** The voice-activity detector heard the answer start (e.g. for barge-in) or end. */
  onSpeechStart?(): void;
  onSpeechEnd?(): void;
  /** The session failed (bad key, engine down, stream cut); `end()` rejects with the same error. */
  onError?(error: SpeechError): void;
}

/** One answer's recognition: 16 kHz mono PCM16LE in, one final transcript out. */
export interface RecognitionSession {
  /** Microphone audio as it arrives (`audio_chunk`); ignored once the answer has ended. */
  pushAudio(pcm16le16k: Uint8Array): void;
  /** The candidate finished (`audio_end`): the final transcript ("" when nothing was said). */
  end(): Promise<string>;
  /** Drops the answer: stops the engine, rejects `end()` with kind "aborted", calls no handler. */
  abort(): void;
}

export interface SpeechRecognizer {
  readonly name: string;
  start(handlers: RecognitionHandlers): RecognitionSession;
  /** Loads the voice-activity model now rather than on the first answer (about 1.5 s, once). */
  warmUp(): Promise<void>;
  status(): ServiceStatus;
}

/** What a session needs from an engine; the session adds endpointing and the lifecycle. */
export interface TranscriptionBackend {
  push(pcm: Uint8Array): void;
  /** The answer is over; `speech` is what the VAD heard, for engines that upload the audio. */
  finish(speech: VadVerdict): Promise<string>;
  cancel(): void;
}

export interface BackendCallbacks {
  language: Language;
  onInterim(text: string): void;
  /** The engine failed on its own (a dropped connection), before `finish` was asked. */
  onFailure(error: SpeechError): void;
}
