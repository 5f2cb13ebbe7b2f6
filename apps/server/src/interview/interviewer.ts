import {
  type AnswerFeatures,
  assessSelfIntro,
  checkResumeClaims,
  evaluateAnswer,
  extractAnswerFeatures,
  type FollowUp,
  type PlanEntry,
  type ResumeClaim,
  resumeConsistency,
  setupFollowUp,
  styleTransition,
  withSubstance,
} from "@studio/interview";
import type {
  Category,
  Evaluation,
  InterviewDifficulty,
  InterviewerStyle,
  InterviewFormat,
  Language,
  Role,
} from "@studio/protocol";
import {
  askNextQuestion,
  evaluateWithLlm,
  extractQuestion,
  generateNextQuestion,
  LlmError,
  type QuestionTurn,
  type ResilientLlm,
} from "@studio/providers";
import type { PromptStore } from "./prompt-store";

export interface TurnInput {
  language: Language;
  role: Role;
  /** The question just answered; for a follow-up, `mainText` is the main question it follows. */
  question: { id: string; text: string; category: Category; followUp: boolean; mainText?: string };
  answer: string;
  /** Earlier questions and answers, oldest first. */
  history: QuestionTurn[];
  /** Follow-up questions already asked in this interview: none is asked again. */
  earlierFollowUps?: string[];
  /** The main question that comes next when no follow-up is asked, or null at the end. */
  nextMain: PlanEntry | null;
  /** Passages of the candidate's resume related to this turn, for the LLM's evaluation and questions. */
  resumePassages?: string[];
  /** The projects and skills on the candidate's resume: an answer about them is noted as consistent. */
  resumeTopics?: string[];
  /** The resume's projects with the results they claim, to check the answer's figures against. */
  resumeClaims?: ResumeClaim[];
  /** How the candidate set the interview up: follow-up depth, the interviewer's wording, the format. */
  setup?: { difficulty: InterviewDifficulty; style: InterviewerStyle; format: InterviewFormat };
  /** Main questions in the plan: the difficulty's follow-up budget is a share of them. */
  mainQuestions?: number;
  /** How long a spoken answer took; a self-introduction's length is judged by it. */
  spokenMs?: number;
  /** Receives the LLM's next question as it streams (the voice room's subtitles), before it is stored. */
  onQuestionDelta?: (text: string) => void;
}

export interface TurnOutcome {
  evaluation: Evaluation;
  followUp: FollowUp | null;
  /** The LLM's wording of the next main question, when it gave a usable one. */
  nextMainText: string | null;
  /** The LLM was configured but failed somewhere in this turn, and the rule engine stood in. */
  fellBack: boolean;
}

const FALLBACK_NOTICE: Record<Language, string> = {
  ko: "AI 면접관 연결이 원활하지 않아 기본 면접관으로 이어서 진행합니다.",
  en: "The AI interviewer is unavailable right now, so the built-in interviewer carries on.",
};
export const fallbackNotice = (language: Language) => FALLBACK_NOTICE[language];

/**
 * One interviewer turn: score the answer and word what comes next. The rule engine always runs (its
 * features are the LLM's hints and its results the fallback); with an LLM configured, the LLM scores the
 * answer and words the follow-up or next question, and any failure quietly falls back to the rules.
 */
export class Interviewer {
  constructor(
    private readonly llm: ResilientLlm | null,
    private readonly prompts: PromptStore,
  ) {}

  get usesLlm(): boolean {
    return this.llm !== null;
  }

  async assess(turn: TurnInput): Promise<TurnOutcome> {
    const input = substanceInput(turn);
    const features = extractAnswerFeatures(input);
    const ruleEvaluation = withSelfIntro(withResumeEvidence(evaluateAnswer(input, features), turn), turn);
    const ruleFollowUp = ruleFollowUpFor(turn, { ...input, features });
    if (!this.llm) {
      const nextMainText = ruleFollowUp ? null : ruleTransition(turn);
      return { evaluation: ruleEvaluation, followUp: ruleFollowUp, nextMainText, fellBack: false };
    }

    const [llmEvaluation, nextText] = await Promise.all([
      evaluateWithLlm(this.llm, {
        ...input,
        ruleHints: ruleHints(features, ruleEvaluation),
        resumePassages: turn.resumePassages,
      }),
      this.wordNextQuestion(turn, ruleFollowUp),
    ]);
    const wantedQuestion = ruleFollowUp !== null || turn.nextMain !== null;
    return {
      evaluation: llmEvaluation
        ? withSelfIntro(withSubstance(withResumeEvidence(llmEvaluation, turn), ruleEvaluation), turn)
        : ruleEvaluation,
      followUp: ruleFollowUp && { ...ruleFollowUp, text: nextText ?? ruleFollowUp.text },
      nextMainText: ruleFollowUp ? null : nextText,
      fellBack: llmEvaluation === null || (wantedQuestion && nextText === null),
    };
  }

  private async wordNextQuestion(turn: TurnInput, followUp: FollowUp | null): Promise<string | null> {
    const next = followUp
      ? { category: turn.question.category, text: followUp.text }
      : turn.nextMain && { category: turn.nextMain.category, text: turn.nextMain.text };
    if (!next || !this.llm) return null;
    const edited = await this.prompts.get(turn.language);
    const request = {
      language: turn.language,
      role: turn.role,
      category: next.category,
      plannedQuestion: next.text,
      history: [...turn.history, { question: turn.question.text, answer: turn.answer }],
      followUpReason: followUp?.reason,
      style: turn.setup?.style,
      difficulty: turn.setup?.difficulty,
      resumePassages: turn.resumePassages,
      systemPrompt: edited?.prompt,
    };
    if (!turn.onQuestionDelta) return askNextQuestion(this.llm, request);
    let reply = "";
    try {
      for await (const delta of generateNextQuestion(this.llm, request)) {
        reply += delta;
        turn.onQuestionDelta(delta);
      }
    } catch (error) {
      if (!(error instanceof LlmError)) throw error;
    }
    // Only the question is kept; a reply cut short or unusable gives way to the rule engine's question.
    return extractQuestion(reply, turn.language);
  }
}

/**
 * What the evaluator judges the answer against: the main question's talking points (a follow-up's
 * answer may cover what the main answer missed), and the interview's earlier answers to catch a repeat.
 */
function substanceInput(turn: TurnInput) {
  const { question } = turn;
  return {
    question:
      question.followUp && question.mainText ? `${question.mainText} ${question.text}` : question.text,
    answer: turn.answer,
    language: turn.language,
    category: question.category,
    questionId: question.id.replace(/~f$/, ""),
    earlierAnswers: turn.history.map((h) => h.answer),
  };
}

const DEFAULT_SETUP = { difficulty: "intermediate", style: "neutral", format: "standard" } as const;

/**
 * The rule engine's follow-up as the setup wants it: at most one per main question (a follow-up's
 * answer never gets another), none in a self-introduction, within the difficulty's budget.
 */
function ruleFollowUpFor(
  turn: TurnInput,
  input: ReturnType<typeof substanceInput> & { features: AnswerFeatures },
): FollowUp | null {
  const setup = turn.setup ?? DEFAULT_SETUP;
  if (turn.question.followUp || setup.format === "intro_1min") return null;
  const earlierFollowUps = turn.earlierFollowUps ?? [];
  return setupFollowUp(
    {
      ...input,
      earlierFollowUps,
      followUpsAsked: earlierFollowUps.length,
      mainQuestions: turn.mainQuestions ?? 1,
    },
    setup,
  );
}

/** The next main question introduced in the interviewer's style (the rule engine's wording). */
function ruleTransition(turn: TurnInput): string | null {
  const style = turn.setup?.style ?? "neutral";
  if (!turn.nextMain || style === "neutral") return null;
  return styleTransition(turn.nextMain.text, style, turn.language, turn.history.length);
}

/** A one-minute self-introduction's own feedback: length against 60 s and its structure. */
function withSelfIntro(evaluation: Evaluation, turn: TurnInput): Evaluation {
  if (turn.setup?.format !== "intro_1min" || turn.question.followUp) return evaluation;
  const selfIntro = assessSelfIntro({
    answer: turn.answer,
    language: turn.language,
    durationMs: turn.spokenMs,
  });
  // One line each: the web app shows the feedback with its line breaks.
  const feedback = [...selfIntro.improvements, evaluation.feedback].join("\n");
  return { ...evaluation, feedback, selfIntro };
}

/**
 * Adds the evaluator's note on the answer against the resume: a figure that contradicts a claimed result
 * (also said in the feedback), figures that add to a project, or that the answer talks about what it lists.
 */
function withResumeEvidence(evaluation: Evaluation, turn: TurnInput): Evaluation {
  const claims = turn.resumeClaims && checkResumeClaims(turn.answer, turn.language, turn.resumeClaims);
  const evidence =
    claims ?? (turn.resumeTopics && resumeConsistency(turn.answer, turn.language, turn.resumeTopics));
  if (!evidence) return evaluation;
  const contradicts = evidence.criterion === "logic";
  return {
    ...evaluation,
    evidence: [...evaluation.evidence, evidence],
    ...(contradicts ? { feedback: `${evidence.note}\n${evaluation.feedback}` } : {}),
  };
}

/** What the rule engine saw, compact enough to hand the LLM as hints. */
function ruleHints(f: AnswerFeatures, evaluation: Evaluation) {
  return {
    ruleScores: evaluation.scores,
    ruleStar: evaluation.star,
    techTerms: f.techTerms,
    unexplainedTechTerms: f.unexplainedTechTerms,
    quantities: f.quantities,
    ownActions: f.selfActions,
    teamActions: f.teamActions,
    results: f.results,
    quantifiedResults: f.quantifiedResults,
    fillers: f.fillerCount,
    hedges: f.hedges,
    vagueWords: f.vague,
  };
}
