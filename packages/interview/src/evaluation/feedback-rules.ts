import type { Category, CriteriaScores, Language, StarScores } from "@studio/protocol";
import { stripParticles } from "../text/strip-particles";
import { expectsExplanation, expectsReasons, expectsStory } from "./category-expectations";
import type { AnswerFeatures } from "./extract-answer-features";
import { asWritten } from "./find-tech-terms";
import { MARKERS } from "./markers";

export interface FeedbackContext {
  f: AnswerFeatures;
  scores: CriteriaScores;
  star: StarScores;
  text: string;
}

/** A weakness worth pointing out and the concrete fix for it, in each session language. */
export interface FeedbackRule {
  applies: (c: FeedbackContext) => boolean;
  message: (c: FeedbackContext) => Record<Language, string>;
}

/** Each match widened to whole words and, in Korean, without a trailing particle ("것 같" → "것 같아요"). */
function wordsMatching(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => {
    const start = text.lastIndexOf(" ", match.index) + 1;
    const end =
      text.slice(match.index + match[0].length).search(/[\s.,!?]|$/) + match.index + match[0].length;
    const words = text.slice(start, end).split(" ");
    return [...words.slice(0, -1), stripParticles(words.at(-1)!)].join(" ");
  });
}

/** A cost or limit set against a benefit: "cheaper ... but need locks", "One caveat", "안전하지만 느려질 수". */
const TRADE_OFF: Record<Language, RegExp> = {
  ko: /(단점|장단점|트레이드 ?오프|대가로|부담이|비용이 (들|크|있|늘|생)|오버헤드|지만[^.]{0,30}(느려|느리|비용|부담|필요|늘어|늘|어렵|복잡|떨어|커지|손해|희생|잃|위험|제약|한계|주의)|주의할 점|한계가|한계는)/,
  en: /\b(trade-?offs?|caveats?|downsides?|drawbacks?|the catch|at the (cost|expense) of|in exchange|overhead|(is|are) (often |usually )?better than|costs? (more|extra)|but (you |it |they |we |that )?(need|needs|must|have to|has to|requires?|costs?|lose|loses|adds?|risks?|gets? slower|is slower|are slower|can't|cannot)|(cheaper|faster|safer|simpler|slower|easier|lighter|more expensive)\b[^.]{0,60}\b(but|at the cost|whereas))\b/i,
};

export function statesTradeOff(text: string, language: Language): boolean {
  return TRADE_OFF[language].test(text);
}

/** How it works, told in at least two explaining sentences of some length. */
function explainsMechanism(f: AnswerFeatures): boolean {
  return f.sentences.filter((s) => s.explanation > 0).length >= 2 && f.length >= 40;
}

/**
 * The answer sets the scene: one of its first two sentences says when or where ("기존에는", "개인 프로젝트로",
 * "last summer", "at my previous job"), what the problem was, or what the speaker had to do.
 */
const SITUATION: Record<Language, RegExp> = {
  ko: /(기존에는|원래는|처음에는|였는데|이었는데|였을 때|이었을 때|개인 프로젝트|사이드 프로젝트|팀 프로젝트|토이 프로젝트|졸업 프로젝트|회사에서|팀에서|서비스에서|년 전|개월 전|시절|맡고 있|담당하고 있|운영하고 있|에서 일할 때|에서 근무)/,
  en: /\b(last (year|spring|summer|fall|autumn|winter|quarter|month|semester)|(a|two|three|few|couple of) (years?|months?) ago|(at|in|on) (my|our|a|an) (previous |last |former |first |current )?(job|team|company|startup|internship|project|side project|role|agency|bank)|the closest was|when i was|while i was|we had|our (team|app|service|product|platform)|i was (working|leading|the|on|in charge)|side project|personal project)\b/i,
};

function opensWithSituation(f: AnswerFeatures): boolean {
  return f.sentences
    .slice(0, 2)
    .some((s) => s.context + s.problem + s.task > 0 || SITUATION[f.language].test(s.text));
}

/** Something specific to the company or the role: its job description, product, team, plans. */
const ABOUT_COMPANY: Record<Language, RegExp> = {
  ko: /(채용 ?공고|공고에|직무 기술|JD|귀사|회사의|회사가|회사에서 (하|만들|운영|준비)|팀의|팀이|서비스의|제품의|로드맵|이 직무|이 포지션|해당 직무|지원한 직무|올해 (계획|목표)|이 (팀|회사|조직|서비스|제품)|저희 팀|입사자)/i,
  en: /\b(job (description|posting|ad)|the posting|your (company|team|product|platform|service|app|roadmap|customers|users|mission|stack|engineering)|this (role|position|team)|the (role|team|company)('s)?|you('re| are) (moving|building|planning|launching|hiring|expanding))\b/i,
};

const quoted = (words: string[]) =>
  [...new Set(words)]
    .slice(0, 3)
    .map((w) => `'${w}'`)
    .join(", ");

function topFillers(f: AnswerFeatures): string {
  const sorted = Object.entries(f.fillers).sort((a, b) => b[1] - a[1]);
  return quoted(sorted.map(([word]) => word));
}

export const FEEDBACK_RULES: FeedbackRule[] = [
  {
    applies: ({ f }) => f.nonAnswer && expectsExplanation(f),
    message: () => ({
      ko: "확실하지 않더라도 아는 데까지 정의부터 한 문장으로 말하고, 헷갈리는 부분은 '제가 이해하기로는'이라고 밝혀 보세요.",
      en: "Even when unsure, start with the part you do know - a one-line definition - and flag the uncertain part with 'as I understand it'.",
    }),
  },
  {
    // "궁금한 점 없습니다" to a closing question: the fix is a question or a closing line, not a story.
    applies: ({ f }) => f.nonAnswer && f.looksAhead !== undefined,
    message: () => ({
      ko: "'없습니다'로 끝내기보다 팀이 일하는 방식이나 입사 후 기대하는 역할처럼 직무와 관련된 질문 하나를 하거나, 왜 이 자리에 맞는지 한 문장으로 정리해 보세요.",
      en: "Rather than ending with 'no', ask one question about the role or how the team works, or sum up in one sentence why you fit this position.",
    }),
  },
  {
    applies: ({ f }) => f.nonAnswer && !expectsExplanation(f),
    message: () => ({
      ko: "바로 떠오르는 경험이 없더라도 학교 과제나 아르바이트처럼 작은 사례를 골라 상황, 행동, 결과 순서로 말해 보세요. '없습니다'로 끝내면 평가할 근거가 남지 않습니다.",
      en: "Even if nothing big comes to mind, pick a small example - a class project, a part-time job - and walk through situation, action and result. Saying you have none leaves nothing to assess.",
    }),
  },
  {
    applies: ({ f }) => f.termListSentences > 0,
    message: ({ f, text }) => ({
      ko: `용어 나열(${quoted(f.listedTechTerms.map((t) => asWritten(text, t)))} 등) 대신 두세 개만 골라 어떻게 동작하는지, 언제 쓰면 안 되는지 설명해 보세요.`,
      en: `Instead of listing terms (${quoted(f.listedTechTerms.map((t) => asWritten(text, t)))}...), pick two or three and explain how they work and when not to use them.`,
    }),
  },
  {
    applies: ({ f }) => f.fillerCount >= 3,
    message: ({ f }) => ({
      ko: `${topFillers(f)} 같은 군말이 ${f.fillerCount}번 나옵니다. 잠깐 멈추더라도 군말 없이 결론부터 한 문장으로 말해 보세요.`,
      en: `Filler words such as ${topFillers(f)} come up ${f.fillerCount} times. Pause silently instead, and open with your conclusion in one sentence.`,
    }),
  },
  {
    applies: ({ f }) => f.hedges >= 2,
    message: ({ f, text }) => ({
      // A plan or a closing word is said in the future or present tense, not as a fact that happened.
      ko: `${quoted(wordsMatching(MARKERS.ko.hedge, text))}처럼 얼버무리는 표현이 ${f.hedges}번 있습니다. ${f.looksAhead ? "계획과 생각은 '~하겠습니다', '~이 목표입니다'처럼 분명하게" : "확인한 사실은 '~했습니다'로 단정해서"} 말해 보세요.`,
      en: `Hedges such as ${quoted(wordsMatching(MARKERS.en.hedge, text))} appear ${f.hedges} times. ${f.looksAhead ? "Say what you plan and think plainly: 'I will X', 'my goal is Y'." : "State what you know plainly: 'I did X', 'it took Y'."}`,
    }),
  },
  {
    applies: ({ f }) => f.meanSentenceLength > 45,
    message: () => ({
      ko: "한 문장이 너무 깁니다. 한 문장에 한 가지 내용만 담아 '먼저, 그래서, 그 결과' 순서로 끊어 말해 보세요.",
      en: "Your sentences run on. Give each sentence one point and order them: first, then, as a result.",
    }),
  },
  {
    applies: ({ f }) => f.repetition > 0.3,
    message: () => ({
      ko: "같은 말을 되풀이하고 있습니다. 한 번 말한 내용은 반복하지 말고, 그 시간에 새로운 근거나 결과를 하나 더 말해 보세요.",
      en: "You repeat yourself. Say each point once and use the time for one more piece of evidence or a result.",
    }),
  },
  ...shortAnswerRules(),
  ...storyRules(),
  {
    applies: ({ f }) => f.vague >= 2,
    message: ({ text }) => ({
      ko: `${quoted(wordsMatching(MARKERS.ko.vague, text))} 같은 막연한 표현 대신 실제로 한 일과 대상(기술, 규모, 기간)을 말해 보세요.`,
      en: `Replace vague words such as ${quoted(wordsMatching(MARKERS.en.vague, text))} with what you actually did and with what: the technology, the scale, the time frame.`,
    }),
  },
  {
    // Ask for the mechanism, the trade-off or both: whichever the answer does not already give.
    applies: ({ f, scores, text }) =>
      expectsExplanation(f) &&
      scores.technical <= 3 &&
      !(explainsMechanism(f) && statesTradeOff(text, f.language)),
    message: ({ f, text }) =>
      statesTradeOff(text, f.language)
        ? {
            ko: "장단점은 짚었으니, 동작 원리를 단계별로 풀어 보세요: '인덱스는 정렬된 트리라서 조회가 O(log n)이 됩니다'처럼.",
            en: "You name the trade-off; now walk through how it works step by step, e.g. 'the index is a sorted tree, so a lookup takes O(log n)'.",
          }
        : explainsMechanism(f)
          ? {
              ko: "동작 원리는 설명했으니, 그 대가(장단점)를 한 문장 덧붙여 보세요: '조회는 빨라지지만 쓸 때마다 인덱스도 갱신해야 합니다'처럼.",
              en: "You explain how it works; add its cost in one sentence, e.g. 'lookups get faster, but every write must also update the index'.",
            }
          : {
              ko: "핵심 개념을 동작 원리와 장단점으로 설명해 보세요: '조회는 O(log n)으로 빨라지지만 쓸 때마다 인덱스도 갱신해야 합니다'처럼.",
              en: "Explain the mechanism and its trade-off, e.g. 'lookups become O(log n), but every write must also update the index'.",
            },
  },
  {
    applies: ({ f, scores, text }) =>
      expectsReasons(f) && scores.specificity <= 3 && !ABOUT_COMPANY[f.language].test(text),
    message: () => ({
      ko: "회사의 제품이나 사업과 본인 경험이 맞닿는 지점을 구체적으로 짚어 보세요: '결제 API를 3년 운영한 경험을 해외 결제 확장에 쓰고 싶습니다'처럼.",
      en: "Tie your reason to something specific about the company and your own record, e.g. 'I ran payment APIs for three years and want to work on your cross-border expansion'.",
    }),
  },
  {
    // Questions asked back to the interviewer stand on their own: they need no "so" or "as a result".
    applies: ({ f }) => f.connectiveKinds === 0 && f.sentences.length >= 3 && !f.asksBack,
    message: () => ({
      ko: "문장 사이를 '그래서', '그 결과', '반면에'로 이어 이유와 결과가 드러나게 해 보세요.",
      en: "Link your sentences with 'because', 'so', 'as a result' so the reasoning shows.",
    }),
  },
  {
    applies: ({ f, scores }) => expectsExplanation(f) && f.examples === 0 && scores.technical >= 4,
    message: () => ({
      ko: "설명 끝에 직접 겪은 사례 하나를 덧붙이면 이해의 깊이가 드러납니다.",
      en: "Close with one case you have handled yourself; it shows the depth behind the definition.",
    }),
  },
];

function shortAnswerRules(): FeedbackRule[] {
  const short = (f: AnswerFeatures) => !f.nonAnswer && f.length < 30;
  return [
    {
      applies: ({ f }) => short(f) && expectsExplanation(f) && f.examples === 0,
      message: ({ f }) =>
        f.sentences.some((s) => s.causal > 0)
          ? {
              ko: "이유는 말했으니, 실제 예시를 한 문장 덧붙여 보세요: '예를 들어 ~'.",
              en: "You give the why; add one concrete example ('for example...').",
            }
          : {
              ko: "정의에서 멈추지 말고 이유와 예시를 한 문장씩 덧붙여 보세요: '~하기 때문에 ~합니다. 예를 들어 ~'.",
              en: "Do not stop at the definition: add one sentence on why and one example ('because..., for example...').",
            },
    },
    {
      applies: ({ f }) => short(f) && f.looksAhead === "questions",
      message: () => ({
        ko: "답변이 짧습니다. 팀이 일하는 방식, 입사 후 기대하는 역할, 앞으로의 과제처럼 이 직무에 대한 구체적인 질문을 하나 이상 해 보세요.",
        en: "The answer is too short: ask at least one specific question about the role - how the team works, what success looks like after six months, the challenges ahead.",
      }),
    },
    {
      applies: ({ f }) => short(f) && f.looksAhead === "plans",
      message: () => ({
        ko: "답변이 짧습니다. 목표 한 문장, 그 이유 한 문장, 그 목표를 향한 첫 단계 한 문장으로 늘려 보세요.",
        en: "The answer is too short: say what you aim for, why, and the first concrete step you would take toward it.",
      }),
    },
    {
      applies: ({ f }) => short(f) && f.looksAhead === "remarks",
      message: () => ({
        ko: "답변이 짧습니다. 이 직무에 맞는 이유 하나를 본인의 경험 한 가지로 뒷받침해 한두 문장으로 마무리해 보세요.",
        en: "The answer is too short: close with one reason you fit this role, backed by one thing you have done.",
      }),
    },
    {
      applies: ({ f }) =>
        short(f) && expectsReasons(f) && (f.looksAhead === undefined || f.looksAhead === "reasons"),
      message: () => ({
        ko: "답변이 짧습니다. 이유 두 가지를 들고, 각각 본인의 경험이나 회사에 대해 알아본 사실로 뒷받침해 보세요.",
        en: "The answer is too short: give two reasons, each backed by your own experience or by something you learned about the company.",
      }),
    },
    {
      applies: ({ f }) => short(f) && !expectsExplanation(f) && !expectsReasons(f),
      message: () => ({
        ko: "답변이 짧습니다. 상황 한 문장, 본인이 한 일 두세 문장, 결과 한 문장으로 늘려 보세요.",
        en: "The answer is too short: give one sentence of context, two or three on what you did, and one on the result.",
      }),
    },
  ];
}

/** A measurable result of the kind each story category tells. */
const RESULT_EXAMPLES: Partial<Record<Category, Record<Language, string>>> = {
  project: { ko: "응답 시간이 2.8초에서 0.4초로 줄었습니다", en: "response time fell from 2.8 s to 0.4 s" },
  problem_solving: {
    ko: "주 2회이던 장애가 석 달 동안 0건이 됐습니다",
    en: "failures went from twice a week to zero in three months",
  },
  teamwork: {
    ko: "리뷰 대기 시간이 3일에서 하루로 줄었습니다",
    en: "review waiting time fell from three days to one",
  },
  strength: {
    ko: "제가 만든 체크리스트로 배포 실수가 월 4건에서 0건이 됐습니다",
    en: "my checklist cut release mistakes from four a month to none",
  },
  growth: {
    ko: "이후 1년 동안 같은 실수가 한 번도 없었습니다",
    en: "the same mistake has not happened once in the year since",
  },
};

function storyRules(): FeedbackRule[] {
  return [
    {
      applies: ({ f }) => expectsStory(f) && f.selfActions === 0 && (f.teamActions > 0 || f.collective > 0),
      message: () => ({
        ko: "'저희가', '우리' 대신 '제가'로 본인이 직접 판단하고 한 일을 말해 보세요: '제가 쿼리를 분석해 인덱스를 추가했습니다'처럼.",
        en: "Say what you did yourself - 'I profiled the query and added an index' - rather than what 'we' did.",
      }),
    },
    {
      applies: ({ f, star }) =>
        expectsStory(f) && !f.nonAnswer && star.result < 20 && f.quantifiedResults === 0,
      message: ({ f }) => {
        const example = RESULT_EXAMPLES[f.category ?? "project"] ?? RESULT_EXAMPLES.project!;
        return {
          ko: `결과를 수치로 말해 보세요: '${example.ko}'처럼 전후를 비교하면 설득력이 커집니다.`,
          en: `Put a number on the result: '${example.en}' convinces far more than 'it went well'.`,
        };
      },
    },
    {
      applies: ({ f, star }) =>
        expectsStory(f) && !f.nonAnswer && star.situation + star.task === 0 && !opensWithSituation(f),
      message: () => ({
        ko: "언제, 어떤 상황에서 무엇을 맡았는지 한 문장으로 먼저 밝히고 시작해 보세요.",
        en: "Open with one sentence on when it was, what was at stake and what your role was.",
      }),
    },
  ];
}
