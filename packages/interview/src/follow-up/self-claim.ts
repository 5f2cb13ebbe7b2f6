import type { Language } from "@studio/protocol";

const KO_CLAIM =
  /(?:저는|제가)?\s*([가-힣A-Za-z0-9 ]{2,24}?\s?(?:사람|편|스타일|성격|타입))\s?(?:입니다|이에요|예요|이라고|이라|인데)/;
const EN_CLAIM =
  /\b(?:i am|i'm|i consider myself|i see myself as)\s+((?:a|an)\s+[a-z][a-z -]{2,40}?)(?=[.,!;]|\s+(?:and|who|because|but)\b|$)/i;

/**
 * A claim the candidate makes about themselves, as a whole phrase: "열심히 하는 사람", "a hard worker".
 * An interviewer asks for the evidence behind it rather than quoting one word of it.
 */
export function selfClaim(text: string, language: Language): string | null {
  const match = (language === "ko" ? KO_CLAIM : EN_CLAIM).exec(text);
  const claim = match?.[1]?.trim().replace(/^(저는|제가)\s*/, "");
  return claim && claim.length >= 3 ? claim : null;
}
