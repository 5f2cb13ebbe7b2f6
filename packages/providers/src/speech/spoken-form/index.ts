import type { Language } from "@studio/protocol";

/** Placeholder until the stage lands. */
export function spokenForm(text: string, _language: Language): string {
  return text;
}
