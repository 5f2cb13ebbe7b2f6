import type { Language } from "@studio/protocol";
import { splitSentences } from "../text/split-sentences";
import { tokenize } from "../text/tokenize";
import { countMatches, MARKERS } from "./markers";

/**
 * Ways of not answering: asking to skip or pass, not remembering, nothing coming to mind. Korean cues
 * match inside a word since endings and particles follow ("넘어가도", "기억이 잘 안 나네요").
 */
const DECLINES: Record<Language, RegExp> = {
  ko: /(다음 (질문|문제|걸로|것으로)|다른 질문(으로|을|로|을 주| 주| 해)|넘어가 ?(도|면|겠|줄|주|도록|실)|넘어갈(게|께|까)|건너뛰|건너 뛰|스킵|패스|답(변)?(을|하기|드리기)? ?(어렵|어려|힘들|곤란)|답(변)?(을|은)? (못|드리지 못|드릴 수 없|드리기가)|말씀(을|드리기)? (어렵|힘들|드리기 어렵)|기억(이|은|도)? (잘 |정확히 |전혀 |딱히 |별로 )?(안 ?나|나지 않|없|안 납)|기억나는 [가-힣]+ 없|기억나지 않|기억이 가물|떠오르(지 않|는 게 없|는 것이 없)|안 떠오르|생각(이)? (잘 |딱히 |전혀 )?(안 ?나|나지 않)|생각나는 [가-힣]+ 없|떠오르는 [가-힣]+ 없|준비(를|가)? (못|안) 했|준비하지 못)/g,
  en: /(^\s*pass\b)|\b(skip (this|that|it|the question|to the next)|move on( to the next)?|next question|(i'?ll|i will|can i|let me|i'd like to|i have to|i'd have to|i'll have to) pass|pass on (this|that)|can'?t (really )?(recall|remember|think of)|don'?t (really )?(recall|remember)|do not (recall|remember)|(nothing|none) (really )?(comes?|came|springs?) to mind|drawing a blank|(i'?m )?blanking|i forg[eo]t|i'?ve forgotten|(rather|prefer) not (to )?(answer|say)|come back to (this|that|it)( one)?( later)?)\b/gi,
};

/** Stalling words and phrases that carry nothing: fillers, "good question", "let me think", "네", "글쎄요". */
const KO_STALLING =
  /(?<![가-힣])((좋은 질문|질문 감사|잠시만|잠깐만|글쎄|그러게|뭐라고 해야|어떻게 말씀|죄송|미안|생각해 ?보)[가-힣]*|(네|예|아니요|그거요|그건요|이거요|그거|음+|으+음|흠+|어+|아+|그+|저기|뭐|뭔가|뭐랄까|약간|그냥|좀|막|이제|그러니까)(?![가-힣]))/g;
const STALLING: Record<Language, RegExp> = {
  ko: KO_STALLING,
  en: /\b(that'?s a (good|great|tough|hard|interesting) question|(good|great|tough|interesting) question|let me (think|see)|give me a (second|sec|moment|minute)|hold on|u+m+|u+h+|e+r+m*|h+m+|well|so|yeah|yes|no|okay|ok|oh|right|like|you know|i mean|basically|actually|literally|kind of|sort of|honestly|sorry|anyway|i guess|i think|let'?s see)\b/gi,
};

function strip(pattern: RegExp, text: string): string {
  pattern.lastIndex = 0;
  return text.replace(pattern, " ");
}

const KO_ENDINGS = /^(은|는|이|가|요|네요|다|도|지만|서)$/;
const EN_FUNCTION_WORDS = new Set(
  "a an the of that this these those it its to about i i'm me my is was are were be been really that's it's just any anymore very much".split(
    " ",
  ),
);

/** Words left once stalling words and phrases are taken out: none means the answer said nothing. */
function wordsBeyondStalling(text: string, language: Language): number {
  return tokenize(strip(STALLING[language], text), language).filter((t) =>
    language === "ko" ? !KO_ENDINGS.test(t) : !EN_FUNCTION_WORDS.has(t),
  ).length;
}

/** Content a sentence can carry next to "I don't remember": a figure, an action taken, a result. */
function carriesContent(text: string, language: Language): boolean {
  const m = MARKERS[language];
  return /\d/.test(text) || countMatches(m.actionVerb, text) + countMatches(m.result, text) > 0;
}

/** At most this many words of its own beside the declining phrase: "그 프로젝트는 너무 오래전이라". */
const DECLINE_CONTEXT_WORDS: Record<Language, number> = { ko: 5, en: 5 };

/** A sentence that declines (asks to skip, cannot recall) and carries nothing else. */
function declines(sentence: string, language: Language): boolean {
  const cues =
    countMatches(DECLINES[language], sentence) + countMatches(MARKERS[language].nonAnswer, sentence);
  if (cues === 0) return false;
  const rest = strip(MARKERS[language].nonAnswer, strip(DECLINES[language], sentence));
  if (carriesContent(rest, language)) return false;
  return wordsBeyondStalling(rest, language) <= DECLINE_CONTEXT_WORDS[language];
}

/**
 * The answer does not answer: only fillers and stalling ("Um, well, you know... good question"), or
 * every sentence either declines (skip, pass, cannot recall, nothing comes to mind) or only stalls.
 */
export function isNonAnswer(answer: string, language: Language): boolean {
  const sentences = splitSentences(answer);
  if (wordsBeyondStalling(answer, language) === 0) return true;
  const stalls = (s: string) => wordsBeyondStalling(s, language) === 0;
  const declining = sentences.filter((s) => declines(s, language));
  if (declining.length === 0) return false;
  return sentences.every((s) => stalls(s) || declining.includes(s));
}
