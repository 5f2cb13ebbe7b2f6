/**
 * Whether a text has something to say: for empty or punctuation-only text espeak-ng writes no WAV
 * at all and the APIs answer 400, so such text is not sent.
 */
export function isSpeakable(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** The audio of an unspeakable text: none. */
export async function* silence(): AsyncGenerator<Uint8Array> {}
