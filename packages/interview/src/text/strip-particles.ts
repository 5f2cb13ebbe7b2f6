/** Korean particles (josa), longest first so "에서는" wins over "는". */
const PARTICLES = [
  "이라고",
  "이라는",
  "에서는",
  "에서도",
  "에서의",
  "에게서",
  "으로는",
  "으로도",
  "으로서",
  "으로써",
  "으로의",
  "이라도",
  "께서",
  "에서",
  "에게",
  "한테",
  "으로",
  "로서",
  "로써",
  "로는",
  "까지",
  "부터",
  "처럼",
  "보다",
  "라고",
  "라는",
  "이나",
  "이랑",
  "에는",
  "에도",
  "과는",
  "와는",
  "과의",
  "와의",
  "마다",
  "조차",
  "밖에",
  "을",
  "를",
  "은",
  "는",
  "이",
  "가",
  "에",
  "의",
  "도",
  "만",
  "와",
  "과",
  "로",
  "랑",
].sort((a, b) => b.length - a.length);

/** Particles whose form depends on whether the previous syllable ends in a consonant (batchim). */
const AFTER_CONSONANT = new Set(["을", "은", "이", "과", "으로", "이나", "이랑", "이라고", "이라는"]);
const AFTER_VOWEL = new Set(["를", "는", "가", "와", "랑", "라고", "라는"]);

/** One-syllable nouns common in answers; other one-syllable stems are too often verb or adjective stems. */
const SHORT_NOUNS = new Set(
  "팀 일 앱 웹 값 수 것 점 때 곳 글 말 돈 키 층 표 저 제 나 내 뷰 봇 툴 맵 큐 락 잡 탭 폼 룸 안 양 쪽 편 번 분 초 건 명 개 배 줄 장 달 해 주 날 책".split(
    " ",
  ),
);

/** Nouns that end in a syllable that looks like a particle. */
const PARTICLE_LIKE_NOUNS = new Set(
  "전문가 작곡가 영향도 만족도 완성도 신뢰도 난이도 정확도 고속도로 마이크로 매크로 역효과".split(" "),
);

function hasBatchim(syllable: string): boolean {
  const code = syllable.charCodeAt(0) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 !== 0;
}

function endsInRieul(syllable: string): boolean {
  const code = syllable.charCodeAt(0) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 === 8;
}

function fitsStem(stem: string, particle: string): boolean {
  const last = stem.at(-1)!;
  if (/\d/.test(last)) return particle !== "만"; // "1만" is ten thousand
  if (!/[가-힣]/.test(last)) return true; // "Redis를", "API로"
  if (AFTER_CONSONANT.has(particle) && !hasBatchim(last)) return false;
  if (AFTER_VOWEL.has(particle) && hasBatchim(last)) return false;
  if (particle === "로" && hasBatchim(last) && !endsInRieul(last)) return false;
  if (stem.length >= 2) return true;
  return SHORT_NOUNS.has(stem) || particle === "을" || particle === "를";
}

function stripOnce(word: string): string {
  if (PARTICLE_LIKE_NOUNS.has(word)) return word;
  for (const particle of PARTICLES) {
    if (!word.endsWith(particle) || word.length <= particle.length) continue;
    const stem = word.slice(0, -particle.length);
    if (fitsStem(stem, particle)) return stem;
  }
  return word;
}

/**
 * Removes trailing particles from one Korean word (eojeol): "서버에서도" → "서버", "Redis를" → "Redis".
 * Two-syllable words such as 결과, 평가, 속도 keep their last syllable; a one-syllable stem is only
 * accepted for common short nouns, so verb forms like "하는" stay whole.
 */
export function stripParticles(word: string): string {
  const once = stripOnce(word);
  if (once === word) return word;
  return stripOnce(once);
}
