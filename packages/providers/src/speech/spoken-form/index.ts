import type { Language } from "@studio/protocol";
import { englishSpokenForm } from "./english-spoken-form";
import { koreanSpokenForm } from "./korean-spoken-form";

/**
 * The speech-text stage before synthesis: what the voice should say for what the subtitles show.
 * Pure; the written text stays as it is everywhere else.
 */
export function spokenForm(text: string, language: Language): string {
  return language === "ko" ? koreanSpokenForm(text) : englishSpokenForm(text);
}
