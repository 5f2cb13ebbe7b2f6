import {
  type FakeHttpServer,
  startFakeHttpServer,
} from "../../../packages/providers/src/speech/testing/fake-http-server";

/** A Whisper-compatible transcription endpoint (a self-hosted one) on loopback that hears `text`. */
export function startFakeWhisper(text: string): Promise<FakeHttpServer> {
  return startFakeHttpServer((_request, response) => {
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ text }));
  });
}

/** Settings that send the server's speech recognition to an OpenAI-compatible endpoint at `origin`. */
export const whisperSettings = (origin: string) => ({
  STT_PROVIDER: "openai-compatible",
  STT_BASE_URL: `${origin}/v1`,
  STT_MODEL: "whisper-1",
});
