// Whether a word, read aloud in Korean, ends in a consonant (batchim): that picks 을 over 를.

function hangulHasBatchim(syllable: string): boolean {
  const code = syllable.charCodeAt(0) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 !== 0;
}

// Letters as Korean reads them one by one: 엘, 엠, 엔, 알 end in a consonant (SQL, HTML, AWS is 에스).
const LETTERS_WITH_BATCHIM = new Set(["l", "m", "n", "r"]);
// Digits: 영, 일, 삼, 육, 칠, 팔 end in a consonant; 이, 사, 오, 구 do not.
const DIGITS_WITH_BATCHIM = new Set(["0", "1", "3", "6", "7", "8"]);
// Names whose Korean reading the rules below get wrong.
const READINGS = new Map<string, boolean>(
  Object.entries({
    ".net": true, // 닷넷
    go: false, // 고
    github: false, // 깃허브
    gitlab: true, // 깃랩
    slack: true, // 슬랙
    web: true, // 웹
    app: true, // 앱
    excel: true, // 엑셀
    google: true, // 구글
    facebook: true, // 페이스북
    notebook: true, // 노트북
    jupyter: false, // 주피터
    vue: false, // 뷰
  }),
);

/** How an English word's reading ends: "Python" (파이썬), "Spring" (스프링), but "React" (리액트). */
function wordHasBatchim(word: string): boolean {
  if (/(m|n|ng|l|le)$/.test(word)) return true; // 파이썬, 스프링, 엑셀, 오라클
  if (/(ck|ook|p)$/.test(word)) return true; // 슬랙, 북, 하둡
  if (/(^|[^aeiou])[aeiou]t$/.test(word)) return true; // 소켓, 래빗: one short vowel before t
  return false; // 레디스, 카프카, 도커, 리액트, 쿠버네티스, 노드
}

/**
 * True when the name, read aloud in Korean, ends in a consonant: "Spring Boot" → 부트 (false),
 * "Kotlin" → 코틀린 (true), "SQL" → 에스큐엘 (true), "C++" → 씨쁠쁠 (true), "파이썬" (true).
 */
export function endsInConsonant(name: string): boolean {
  const trimmed = name.trim().replace(/[)\]'"’”.]+$/, "");
  const last = trimmed.at(-1) ?? "";
  if (/[가-힣]/.test(last)) return hangulHasBatchim(last);
  if (/\d/.test(last)) return DIGITS_WITH_BATCHIM.has(last);
  if (last === "+" || last === "#") return true; // 플러스플러스, 샵
  const word = (trimmed.split(/[\s/.-]+/).at(-1) ?? "").toLowerCase();
  const whole = trimmed.toLowerCase();
  const known = READINGS.get(whole) ?? READINGS.get(word);
  if (known !== undefined) return known;
  // Capitals read letter by letter: AWS (에이더블유에스), JPA (제이피에이), SQL (에스큐엘).
  const lastWord = trimmed.split(/[\s/.-]+/).at(-1) ?? "";
  if (/^[A-Z0-9]+$/.test(lastWord) || /^[a-z]?[A-Z]{2,}$/.test(lastWord)) {
    return LETTERS_WITH_BATCHIM.has(lastWord.at(-1)!.toLowerCase());
  }
  return wordHasBatchim(word);
}

/** The object particle for a name: "Redis를", "Kotlin을", "파이썬을", "SQL을". */
export function objectParticle(name: string): "을" | "를" {
  return endsInConsonant(name) ? "을" : "를";
}
