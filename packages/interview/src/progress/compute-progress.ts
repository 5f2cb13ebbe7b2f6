import {
  CATEGORY_ORDER,
  type Category,
  CRITERIA,
  type Criterion,
  type PersonalBest,
  type Progress,
  type ProgressPoint,
} from "@studio/protocol";
import { roundTo1 } from "../report/averaging";
import { codingProgress } from "./coding-progress";
import type { ProgressAnswer, ProgressSession, ProgressSubmission } from "./progress-input";

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** When an interview counts as having happened: when it ended, else its last answer. */
function endedAt(session: ProgressSession, main: readonly ProgressAnswer[]): string {
  return session.completedAt ?? [session.createdAt, ...main.map((a) => a.createdAt)].sort().at(-1)!;
}

/** An ended interview with at least one main answer, with what the trends need. */
interface Counted {
  session: ProgressSession;
  at: string;
  main: readonly ProgressAnswer[];
  followUps: number;
}

function countedInterviews(sessions: readonly ProgressSession[]): Counted[] {
  return sessions
    .filter((s) => s.status === "completed")
    .map((session) => {
      const main = session.answers.filter((a) => !a.followUp);
      return { session, main, at: endedAt(session, main), followUps: session.answers.length - main.length };
    })
    .filter((c) => c.main.length > 0)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.session.id < b.session.id ? -1 : 1));
}

/** The point with the highest value; the earliest wins a tie, so a best is not "beaten" by an equal. */
function best(points: readonly (PersonalBest & { raw: number })[]): PersonalBest | null {
  let top: (PersonalBest & { raw: number }) | null = null;
  for (const point of points) if (!top || point.raw > top.raw) top = point;
  if (!top) return null;
  const { raw: _raw, ...rest } = top;
  return rest;
}

function criterionTrends(counted: readonly Counted[]) {
  const byCriterion = {} as Record<Criterion, ProgressPoint[]>;
  const bests: Partial<Record<Criterion, PersonalBest>> = {};
  for (const criterion of CRITERIA) {
    const raw = counted.map((c) => ({
      at: c.at,
      sessionId: c.session.id,
      raw: mean(c.main.map((a) => a.evaluation.scores[criterion])),
    }));
    byCriterion[criterion] = raw.map(({ at, sessionId, raw: value }) => ({
      at,
      sessionId,
      value: roundTo1(value),
    }));
    const top = best(raw.map((r) => ({ ...r, value: roundTo1(r.raw) })));
    if (top) bests[criterion] = top;
  }
  return { byCriterion, bests };
}

function categoryStandings(counted: readonly Counted[]) {
  const totals = new Map<Category, number[]>();
  const trend = new Map<Category, ProgressPoint[]>();
  const interviews = new Map<Category, number>();
  for (const c of counted) {
    for (const category of CATEGORY_ORDER) {
      const here = c.main.filter((a) => a.category === category).map((a) => a.evaluation.total);
      if (here.length === 0) continue;
      totals.set(category, [...(totals.get(category) ?? []), ...here]);
      interviews.set(category, (interviews.get(category) ?? 0) + 1);
      trend.set(category, [
        ...(trend.get(category) ?? []),
        { at: c.at, sessionId: c.session.id, value: roundTo1(mean(here)) },
      ]);
    }
  }
  const byCategory: Progress["byCategory"] = {};
  const categoryDetail: Progress["categoryDetail"] = {};
  const categoryTrend: Progress["categoryTrend"] = {};
  let weakest: { category: Category; average: number } | null = null;
  // CATEGORY_ORDER order: on a tie the category asked earlier in an interview stays the weakest.
  for (const category of CATEGORY_ORDER) {
    const values = totals.get(category);
    if (!values) continue;
    const average = mean(values);
    byCategory[category] = roundTo1(average);
    categoryDetail[category] = {
      average: roundTo1(average),
      answers: values.length,
      interviews: interviews.get(category)!,
    };
    categoryTrend[category] = trend.get(category)!;
    if (!weakest || average < weakest.average) weakest = { category, average };
  }
  return { byCategory, categoryDetail, categoryTrend, weakestCategory: weakest?.category ?? null };
}

/**
 * The candidate's progress over their interviews. Only ended interviews with at least one main answer
 * count; follow-up answers are left out of every figure (they probe the same question again, so they
 * would weigh a question twice) and only counted. Languages mix: criteria and categories are the same
 * in Korean and English.
 */
export function computeProgress(
  sessions: readonly ProgressSession[],
  submissions: readonly ProgressSubmission[] = [],
): Progress {
  const counted = countedInterviews(sessions);
  const { byCriterion, bests: criterionBests } = criterionTrends(counted);
  const history = counted.map((c) => ({
    sessionId: c.session.id,
    at: c.at,
    language: c.session.language,
    role: c.session.role,
    mode: c.session.mode,
    mainAnswers: c.main.length,
    followUps: c.followUps,
    total: roundTo1(mean(c.main.map((a) => a.evaluation.total))),
  }));
  const answers = counted.flatMap((c) =>
    c.main.map((a) => ({
      value: a.evaluation.total,
      raw: a.evaluation.total,
      at: a.createdAt,
      sessionId: c.session.id,
      questionId: a.questionId,
      category: a.category,
    })),
  );
  return {
    interviews: counted.length,
    unfinished: sessions.filter((s) => s.status === "active").length,
    mainAnswers: answers.length,
    followUps: counted.reduce((sum, c) => sum + c.followUps, 0),
    byCriterion,
    ...categoryStandings(counted),
    bests: {
      interview: best(
        history.map((h) => ({ value: h.total, raw: h.total, at: h.at, sessionId: h.sessionId })),
      ),
      answer: best(answers),
      byCriterion: criterionBests,
    },
    history,
    coding: codingProgress(submissions),
  };
}
