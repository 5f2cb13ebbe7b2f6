import type { Language } from "@studio/protocol";
import { asWritten } from "../evaluation/find-tech-terms";
import { stripParticles } from "../text/strip-particles";

const MAX_WORDS = 4;

/** Words that stand in for a thing rather than name it: never worth quoting back. */
const KO_EMPTY = new Set([
  ..."그것 그거 그걸 이것 이거 이걸 저것 것 거 가지 이것저것 무엇 뭔가 뭐 많이 여러 모든 어떤 그 이 저 몇 각 한 두 세 부분 등".split(
    " ",
  ),
  ..."저희 우리 저 제 나 내 팀 팀원 팀원들 동료 상대방 사람 사람들 모두 다들 누군가".split(" "),
  ..."약간 그냥 좀 막 이제 정말 너무 항상 가장 특별히 아무튼 사실 진짜 되게 엄청 주로 열심히 잘".split(" "),
  // Adverbs and demonstratives that never belong to the noun after them ("보통 우선순위", "그건 기억").
  ..."보통 원래 아직 벌써 훨씬 조금 전부 각각 대부분 일반적으로 대체로 가끔 자주 다시 먼저 바로 이미 계속 직접 함께 같이 서로 꼭 더 또 아마 결국 우선 특히 다만 그래서 그리고 하지만 그런데 그러면 처음 이후 최근 당시 그때 요즘 거의 늘 매번 매일 일단 따로 미리 새로 제대로 충분히 빨리 천천히 그건 이건 저건 그게 이게 저게 그런 이런 저런 그러한 이러한 어떤".split(
    " ",
  ),
  // Heads too general to quote back on their own ("경험 이후에...").
  ..."경험 일 때 점 생각 상황 방법 방식 내용 결과 느낌 편 식 정도".split(" "),
]);
/** Last syllables of verb and adjective stems ("맞춰주는" → "맞춰주"): not a noun to quote. */
const KO_VERB_STEM_END = /[하되주있없같보지치]$/;
const KO_OBJECT = /^(.+?)(을|를)$/;
const KO_SUBJECT = /^(.+?)(은|는|이|가)$/;
// A word that is itself a bare noun (no verb or adjective ending) may modify the next noun: "결제 모듈".
// "서", "게" and "지" end verbs ("해서", "하게", "않지") but also nouns ("문서", "페이지"): only after a verb stem.
const KO_INFLECTED =
  /(다|요|고|며|는|은|한|된|던|을|를|이|가|의|에|도|면|니|데|로|와|과|죠|까|[하되해]게|[하되않]지|[해워와봐져켜혀려나어아쳐]서)$/;
/** At most this many nouns before the head ("피처 계산 로직"); a longer run is not quoted, never cut. */
const KO_MAX_MODIFIERS = 3;

function modifiesNext(word: string | undefined): word is string {
  return word !== undefined && !KO_INFLECTED.test(word) && !KO_EMPTY.has(word) && word.length >= 2;
}

const EN_STOP = new Set(
  `to for with in on at by from into of and or but so because which that when while after before as than
  who whom whose what where how i we you he she they it him them us me is are was were be been had has have
  did do does not didn't will would could should can just really very also too right now then here there
  like um uh basically actually kind sort probably maybe perhaps yeah so also
  every each again once twice ago daily weekly monthly together later instead
  around over under across through without within between against toward towards via per onto upon behind beyond during since until`.split(
    /\s+/,
  ),
);
/** Time words that end a noun phrase once it has begun: "the export job | last month". */
const EN_TIME_AFTER = /^(last|next|this|yesterday|today|tonight|recently|tomorrow)$/i;
const EN_VAGUE_ADJECTIVE = /^(great|good|nice|really|very|one)$/i;
/** Heads too empty to quote back ("the one time", "the thing"). */
const EN_EMPTY_HEAD =
  /^(time|times|thing|things|stuff|way|ways|lot|something|everything|place|bit|part|piece|kind|sort|areas?)$/i;
const EN_DETERMINER = /^(the|a|an|our|my|this|that|some|their|his|her|its)$/i;

function cleanKo(word: string): string {
  return word.replace(/[.,!?~…"'“”‘’()]/g, "");
}

/** Adnominal and connective verb forms ("하는", "했던", "좋은"): never the head of a noun phrase. */
const KO_VERB_FORM = /(하는|되는|있는|없는|했던|하던|된|한|운|던|스러운|적인)$/;

function koreanNoun(words: string[], at: number, pattern: RegExp): string | null {
  const match = pattern.exec(words[at]!);
  if (!match) return null;
  const head = stripParticles(words[at]!);
  // What precedes the particle must itself be a noun of two syllables or more: "하는" is 하 + 는, a verb.
  if (match[1]!.length < 2 || head.length < 2 || KO_EMPTY.has(head)) return null;
  if (KO_VERB_STEM_END.test(head) || KO_VERB_FORM.test(words[at]!)) return null;
  const modifiers: string[] = [];
  let i = at - 1;
  for (; i >= 0 && modifiers.length < KO_MAX_MODIFIERS && modifiesNext(words[i]); i--)
    modifiers.unshift(words[i]!);
  if (modifiesNext(words[i])) return null;
  return [...modifiers, head].join(" ");
}

function koreanPhrase(sentence: string): string | null {
  const words = sentence.split(/\s+/).map(cleanKo).filter(Boolean);
  for (const pattern of [KO_OBJECT, KO_SUBJECT]) {
    for (let at = 0; at < words.length; at++) {
      const phrase = koreanNoun(words, at, pattern);
      if (phrase) return phrase;
    }
  }
  return null;
}

function englishWords(text: string): string[] {
  return text.split(/\s+/).map((w) => w.replace(/[.,!?;:"“”()]/g, ""));
}

/** Up to four words after `start`, skipping a leading determiner or vague adjective, up to a stop word. */
function nounPhraseFrom(words: string[], start: number): string | null {
  const phrase: string[] = [];
  for (const word of words.slice(start)) {
    if (!word || EN_STOP.has(word.toLowerCase()) || phrase.length === MAX_WORDS) break;
    if (phrase.length > 0 && EN_TIME_AFTER.test(word)) break;
    if (phrase.length === 0 && (EN_DETERMINER.test(word) || EN_VAGUE_ADJECTIVE.test(word))) continue;
    phrase.push(word);
  }
  if (phrase.length === 0 || EN_EMPTY_HEAD.test(phrase.at(-1)!)) return null;
  return `the ${phrase.join(" ")}`;
}

/** "I am a hard worker": a claim about oneself, quoted as a claim, never as a thing ("the worker"). */
const EN_SELF_CLAIM = /\b(i am|i'm|i consider myself|i see myself as)\s+(a|an)\s/i;

function englishPhrase(sentence: string): string | null {
  if (EN_SELF_CLAIM.test(sentence)) return null;
  const words = englishWords(sentence);
  for (let i = 1; i < words.length; i++) {
    const phrase = EN_DETERMINER.test(words[i]!) ? nounPhraseFrom(words, i + 1) : null;
    if (phrase) return phrase;
  }
  return null;
}

/**
 * The term as the candidate wrote it, found case-insensitively: Korean keeps a Latin-script name just
 * before it ("Redis 캐시"); English puts "the" before a common noun but not before a name ("Kafka").
 */
export function quoteTerm(text: string, term: string, language: Language): string {
  const at = text.toLowerCase().indexOf(term.toLowerCase());
  const found = asWritten(text, term);
  // A name may run on past the dictionary stem: "Spring" → "Spring Boot", "React" → "React Native".
  const runOn = at >= 0 ? /^[\w.+#-]*(\s[A-Z][\w.+#-]*)?/.exec(text.slice(at + found.length))![0] : "";
  const surface = /[A-Za-z]/.test(found)
    ? found + runOn.replace(/(을|를|이|가|은|는|로|으로|의)$/, "")
    : found;
  if (language === "ko") {
    const before = cleanKo(text.slice(0, Math.max(at, 0)).split(/\s+/).at(-2) ?? "");
    const joined = at > 0 && /\s$/.test(text.slice(0, at)) && /^[A-Za-z][\w.+#-]*$/.test(before);
    return joined ? `${before} ${surface}` : surface;
  }
  const startsSentence = at === 0 || /[.!?]\s*$/.test(text.slice(0, at));
  const isName = /[A-Z]/.test(startsSentence ? surface.slice(1) : surface);
  return isName ? surface : `the ${surface.toLowerCase()}`;
}

/**
 * A short noun phrase to quote back from one sentence of the answer, particles stripped: the object
 * of the sentence in Korean ("Redis 캐시를 적용했습니다" → "Redis 캐시"), the first noun phrase after
 * a determiner in English ("we rewrote the checkout service" → "the checkout service").
 */
export function keyPhrase(sentence: string, language: Language): string | null {
  return language === "ko" ? koreanPhrase(sentence) : englishPhrase(sentence);
}

/** The noun phrase right after "we <verb>" ("we migrated the checkout service" → "the checkout service"). */
export function teamObjectPhrase(sentence: string, language: Language): string | null {
  if (language === "ko") return koreanPhrase(sentence);
  const match = /\bwe\s+(?:\w+\s+){0,2}?(\w+ed|built|made|wrote|ran|set|took|did|got)\s+(.*)$/i.exec(
    sentence,
  );
  return match ? nounPhraseFrom(englishWords(match[2]!), 0) : null;
}
