import { splitSentences } from "@studio/interview";

/**
 * Turns streamed text (LLM deltas) into sentences, each yielded as soon as the text after it shows
 * that it is complete, so speech can start on the first sentence while the rest is still coming.
 * The last sentence waits for more text or for the end: "2." may yet become "2.8초", "Node." "Node.js".
 */
export async function* sentencesFromStream(deltas: AsyncIterable<string>): AsyncGenerator<string> {
  let pending = "";
  for await (const delta of deltas) {
    pending += delta;
    const sentences = splitSentences(pending);
    if (sentences.length < 2) continue;
    const last = sentences[sentences.length - 1]!;
    yield* sentences.slice(0, -1);
    pending = pending.slice(pending.lastIndexOf(last));
  }
  yield* splitSentences(pending);
}
