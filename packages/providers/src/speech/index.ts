export { MAX_CHUNK_BYTES } from "./audio/pcm16-chunks";
export { wavFromPcm16 } from "./audio/wav-header";
export { sentencesFromStream } from "./sentences-from-stream";
export { SpeechConfigError, SpeechError, type SpeechFailureKind } from "./speech-errors";
export { spokenForm } from "./spoken-form";
export { createSpeechRecognizer, sttStatus } from "./stt/create-speech-recognizer";
export type {
  RecognitionHandlers,
  RecognitionSession,
  SpeechRecognizer,
} from "./stt/speech-recognizer";
export { type SttSettings, sttSettingsSchema } from "./stt/stt-settings";
export { CachedSynthesizer, type SpeechCacheStats } from "./tts/cached-synthesizer";
export {
  createSpeechSynthesizer,
  type SynthesizerOverrides,
  ttsStatus,
} from "./tts/create-speech-synthesizer";
export { ESPEAK_SAMPLE_RATE, EspeakSynthesizer } from "./tts/espeak-synthesizer";
export type { SpeechSynthesizer, SynthesisOptions, VoiceStyle } from "./tts/speech-synthesizer";
export { type TtsSettings, ttsSettingsSchema } from "./tts/tts-settings";
