import type { Category, Language } from "@studio/protocol";
import { QUESTION_FILES } from "../bank/question-bank";
import type { BankQuestion, TalkingPoint } from "../bank/question-bank-schema";
import { tokenize } from "../text/tokenize";
import { shingleContainment, shingles } from "./answer-validity";
import { conceptWordsIn } from "./concept-aliases";
import { type CueText, matchesCue, prepareCueText } from "./match-cue";

/** Words every interview question uses: they say how to answer, not what about. */
const KO_GENERIC = new Set(
  `말씀 주세요 설명 무엇 무엇인가 어떻게 어떤 어떠 언제 경험 본인 있다면 있나요 있으신가요 가장 했던 하셨던 생각 이유 방법 경우 사례
  때 점 것 거 한 그 이 저 해 대해 관련 중 위해 자신 지금 까지 부탁 부탁드립니다 주시겠어요 있었던 있으면 오히려 그때 어떻게든 어느 정도
  간단히 간단하게 구체적으로 함께 혹시 주로 하나 가지 각각 다른 어떤지 보시나요 보세요 하시겠어요 하시나요 하셨나요 있을까요 했나요`.split(
    /\s+/,
  ),
);
const EN_GENERIC = new Set(
  `a an the and or but to of in on at for with about from by is are was were be been do does did you your yours me
  my we our us tell describe explain walk through what how why when which that this it its as have has had would
  could should can will time times experience example examples give share most some any one there their they
  something anything like also please if into out up more best way ways think thought know make made get got
  over then than just really very kind sort whole thing things did done doing recent recently where see
  yourself who whom them said say work works different difference`.split(/\s+/),
);
/** Korean verb and adjective endings after a noun stem ("동작하며" → "동작", "느려지는" kept whole). */
const KO_VERB_TAIL =
  /(하며|하고|하는|하면|하여|해서|해|했던|하셨던|하신|하실|하게|한다면|한|할|함|된|되는|될|되면|적인|적으로|들)$/;

/** What is left of a verb or adjective after its noun part is cut off: not a subject word. */
const KO_ENDING = /[요고어아서며면던신까죠게지운울은을]$/;

/** Numbers say how much, not what about: "five" in a question matches "five minutes" in any story. */
const EN_NUMBER =
  /^(\d.*|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|hundred|thousand)$/;

function subjectKey(token: string): string | null {
  if (/\d/.test(token)) return null;
  if (/[가-힣]/.test(token)) {
    const stem = token.replace(KO_VERB_TAIL, "");
    const key = stem.length >= 2 ? stem : token;
    if (key === token && KO_ENDING.test(token)) return null;
    return key.length >= 2 && !KO_GENERIC.has(key) && !KO_GENERIC.has(token) ? key : null;
  }
  if (token.length < 3 || EN_GENERIC.has(token) || EN_NUMBER.test(token)) return null;
  // Word prefixes catch inflections: "indexes" and "indexing" start with "index".
  return token.length > 6 ? token.slice(0, Math.max(5, token.length - 3)) : token;
}

/** The question's own subject words, as cues an answer about the same thing would match. */
export function subjectCues(question: string, language: Language): string[] {
  const keys = tokenize(question, language)
    .map(subjectKey)
    .filter((key): key is string => key !== null);
  // A concept named in several Korean words ("로드 밸런싱") is one cue: its short loanword parts ("로드")
  // would match inside unrelated words ("로드맵", "업로드").
  // A concept's abbreviation ("LB", "GC") is too short for a subject word, yet it is the subject.
  const conceptWords = conceptWordsIn(question);
  keys.push(...conceptWords.filter((word) => /^[a-z]{1,2}$/.test(word)));
  const whole = conceptWords.filter((name) => /[가-힣]/.test(name) && /\s/.test(name));
  if (whole.length === 0) return [...new Set(keys)];
  const parts = new Set(whole.flatMap((name) => name.split(/\s+/)));
  const kept = keys.filter((key) => ![...parts].some((part) => key === part || key.startsWith(part)));
  return [...new Set([...kept, ...whole.map((name) => name.replace(/\s+/g, ""))])];
}

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
const BANK_SHINGLES: Record<Language, { q: BankQuestion; textShingles: Set<string> }[]> = { ko: [], en: [] };
for (const file of QUESTION_FILES) {
  for (const q of file.questions) BANK_SHINGLES[file.language].push({ q, textShingles: shingles(q.text) });
}

const bankByText = new Map(
  QUESTION_FILES.flatMap((file) => file.questions.map((q) => [normalise(q.text), q] as const)),
);

/**
 * The bank question this text asks: the same words, or a rewording (an LLM's) that keeps most of them.
 */
export function matchBankQuestion(question: string, language: Language): BankQuestion | undefined {
  const exact = bankByText.get(normalise(question));
  if (exact) return exact;
  const asked = shingles(question);
  let best: { q: BankQuestion; score: number } | undefined;
  for (const { q, textShingles } of BANK_SHINGLES[language]) {
    const score = Math.min(shingleContainment(textShingles, asked), shingleContainment(asked, textShingles));
    if (!best || score > best.score) best = { q, score };
  }
  return best && best.score >= 0.55 ? best.q : undefined;
}

const SIMILAR_QUESTIONS = 3;

/** Bank questions with talking points, their texts prepared once for cue matching. */
const PREPARED_BANK: Record<Language, { q: BankQuestion; text: CueText }[]> = { ko: [], en: [] };
for (const file of QUESTION_FILES) {
  for (const q of file.questions) {
    if (q.talkingPoints) PREPARED_BANK[file.language].push({ q, text: prepareCueText(q.text) });
  }
}

/**
 * For a question the bank does not hold (an LLM's, a follow-up, a resume question, free text), the talking
 * points of each bank question most like it: those sharing most of its subject words (of any kind, since
 * "helping a teammate" is as much teamwork as strength), and the closest one of its own kind.
 */
export function similarQuestionsPoints(
  input: { question: string; language: Language },
  category: Category,
): TalkingPoint[][] {
  const cues = subjectCues(input.question, input.language);
  const scored = PREPARED_BANK[input.language]
    .map(({ q, text }) => {
      const shared = cues.filter((cue) => matchesCue(text, cue)).length;
      return { q, score: shared + (q.category === category ? 0.5 : 0) };
    })
    .sort((a, b) => b.score - a.score);
  const ownKind = scored.find(({ q }) => q.category === category);
  const chosen = scored.slice(0, SIMILAR_QUESTIONS).filter(({ score }) => score >= 1);
  return [...new Set([...(ownKind ? [ownKind] : []), ...chosen])].map(({ q }) => q.talkingPoints ?? []);
}
