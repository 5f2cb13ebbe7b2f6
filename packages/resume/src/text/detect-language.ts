import type { Language } from "@studio/protocol";

/**
 * Korean when Hangul makes up a fair share of the letters. A Korean resume names its tools in Latin
 * letters (Spring Boot, Kubernetes), so the bar is well below half.
 */
export function detectLanguage(text: string): Language {
  const hangul = text.match(/[가-힣]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return hangul > 0 && hangul >= 0.25 * (hangul + latin) ? "ko" : "en";
}
