/**
 * What Korean blind-hiring rules keep out of interviews: school names, hometown, family background,
 * age, appearance. An answer that reveals them gets a gentle notice, never a lower score.
 */
const PATTERNS: RegExp[] = [
  // Korean
  /[가-힣]{2,}(대학교|대학|고등학교|고교|과학고|외고)\s?(에서|를|을|출신|졸업|재학|에 다|에 입학|학생)/,
  /(서울대|연세대|고려대|카이스트|KAIST|포스텍|서강대|성균관대|한양대|이화여대)/i,
  /(고향|출신 지역|태어나고 자란|[가-힣]{1,3}(도|시)\s?출신)/,
  /(아버지|어머니|부모님|아버님|어머님|형이|누나가|오빠가|언니가|집안)\s?(께서|은|는|이|가|의|도)/,
  /(\d{2}\s?살|\d{2}세|나이가|나이는|\d{2}년생|올해 \d{2})/,
  /(외모|키가|인상이 좋|체격|몸무게|잘생|예쁘)/,
  /(결혼했|기혼|미혼|자녀가|종교는|종교가)/,
  // English
  /\b(graduated from|studied at|alumn\w*) [A-Z][\w.]*( [A-Z][\w.]*)*( University| College| Institute)?/,
  /\b(Harvard|Stanford|MIT|Yale|Princeton|Oxford|Cambridge|Seoul National|Yonsei|Korea University|KAIST)\b/,
  /\b(my hometown|grew up in|i'?m from|born in)\b/i,
  /\b(my (father|mother|dad|mom|parents|family|brother|sister|husband|wife|kids|children))\b/i,
  /\b(\d{2} years old|my age|i'?m \d{2}\b)/i,
  /\b(my (appearance|looks|height|weight)|good-looking|handsome|pretty)\b/i,
  /\b(i'?m married|my religion|pregnan\w*)\b/i,
];

export function revealsBlindHiringInfo(text: string): boolean {
  return PATTERNS.some((pattern) => pattern.test(text));
}
