import type { Question, SessionDetail, SubmitAnswerBody, SubmitAnswerResponse } from "@studio/protocol";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { isApiError } from "../../api/api-error";
import { queryKeys } from "../../api/query-keys";
import { endSession, submitAnswer } from "../../api/sessions-api";
import { useCountdown } from "../../hooks/use-countdown";
import { errorMessage } from "../../i18n/error-message";
import { whiteboardListPath } from "../../whiteboard/whiteboard-paths";
import { buttonClass } from "../button-styles";
import { ConfirmDialog } from "../confirm-dialog";
import { ErrorAlert } from "../error-alert";
import { AnswerBox } from "./answer-box";
import { CountdownBadge } from "./countdown-badge";
import { EvaluationRegion } from "./evaluation-region";
import { PrepPanel } from "./prep-panel";
import { ProgressHeader } from "./progress-header";
import { QuestionCard } from "./question-card";
import { ReviewActions } from "./review-actions";
import { SystemDesignRoundCard } from "./system-design-round-card";

const PREP_SECONDS = 30;
const MAX_DURATION_MS = 3_600_000;

type Phase = "prep" | "answer" | "review";

interface InterviewRunnerProps {
  session: SessionDetail;
  onResync: () => void;
}

/**
 * One interview, question by question: preparation countdown → timed answer → live evaluation → next.
 * Starts from the question the server reports as current, so a reload resumes where it left off.
 */
export function InterviewRunner({ session, onResync }: InterviewRunnerProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [question, setQuestion] = useState<Question | null>(session.question);
  const [phase, setPhase] = useState<Phase>("prep");
  const [text, setText] = useState("");
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<SubmitAnswerResponse | null>(null);
  const [retrying, setRetrying] = useState(false);
  const [previousTotal, setPreviousTotal] = useState<number | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const answerStartedAt = useRef(0);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const evaluationRef = useRef<HTMLDivElement>(null);
  const endRequested = useRef(false);

  const goToReport = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.sessions });
    void navigate(`/report/${session.id}`, { replace: true });
  }, [navigate, queryClient, session.id]);

  const end = useMutation({
    mutationFn: () => endSession(session.id),
    onSuccess: goToReport,
    onError: (error) => {
      if (isApiError(error, 409)) goToReport();
    },
  });

  const requestEnd = useCallback(() => {
    endRequested.current = true;
    end.mutate();
  }, [end]);

  const submit = useMutation({
    mutationFn: (body: SubmitAnswerBody) => submitAnswer(session.id, body),
    onSuccess: (response) => {
      setResult(response);
      setPhase("review");
      setRetrying(false);
      // The last answer's evaluation stays on screen; the candidate opens the report when ready.
      void queryClient.invalidateQueries({ queryKey: queryKeys.sessions });
    },
    onError: (error) => {
      if (isApiError(error, 409, "QUESTION_MISMATCH")) onResync();
      else if (isApiError(error, 409, "SESSION_CLOSED")) goToReport();
    },
  });

  // An active session with no current question has nothing left to ask: finish it.
  useEffect(() => {
    if (!session.question && !endRequested.current) requestEnd();
  }, [session.question, requestEnd]);

  const startAnswer = useCallback(() => {
    answerStartedAt.current = Date.now();
    setPhase("answer");
    setAttempt((n) => n + 1);
  }, []);

  const sendAnswer = () => {
    if (!question || phase !== "answer" || submit.isPending) return;
    const durationMs = Math.min(
      MAX_DURATION_MS,
      Math.max(0, Math.round(Date.now() - answerStartedAt.current)),
    );
    submit.mutate({ questionId: question.id, text, durationMs, ...(retrying ? { retry: true } : {}) });
  };

  const prep = useCountdown(PREP_SECONDS, phase === "prep", startAnswer, question?.id);
  const answer = useCountdown(session.answerTimeLimitSec, phase === "answer", sendAnswer, attempt);

  useEffect(() => {
    if (phase === "answer") inputRef.current?.focus();
  }, [phase]);
  useEffect(() => {
    if (question) questionRef.current?.focus();
  }, [question]);
  useEffect(() => {
    if (result) evaluationRef.current?.scrollIntoView({ behavior: "smooth", block: "start" });
  }, [result]);

  const onType = (value: string) => {
    if (phase === "prep") startAnswer();
    setText(value);
  };

  const goNext = () => {
    if (!result?.next) return;
    setQuestion(result.next);
    setResult(null);
    setText("");
    setPreviousTotal(null);
    setPhase("prep");
    submit.reset();
  };

  const retry = () => {
    if (!result) return;
    setPreviousTotal(result.evaluation.total);
    setResult(null);
    setText("");
    setRetrying(true);
    submit.reset();
    startAnswer();
  };

  if (!question) {
    return end.isError ? (
      <ErrorAlert action={<RetryButton onClick={requestEnd} />}>{errorMessage(t, end.error)}</ErrorAlert>
    ) : (
      <p className="py-10 text-center text-slate-600">{t("interview.finishing")}</p>
    );
  }

  const submitError = submit.isError && !isApiError(submit.error, 409) ? errorMessage(t, submit.error) : null;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="flex items-start justify-between gap-4">
        <div className="min-w-0 flex-1">
          <ProgressHeader question={question} practice={session.practice} />
        </div>
        <Link
          to={whiteboardListPath(session.id)}
          className={buttonClass("secondary", "sm")}
          data-testid="open-whiteboard"
        >
          {t("whiteboard.openWhiteboard")}
        </Link>
        <button
          type="button"
          className={buttonClass("danger", "sm")}
          onClick={() => setConfirmOpen(true)}
          disabled={end.isPending}
          data-testid="end-interview"
        >
          {t("interview.end")}
        </button>
      </div>

      <SystemDesignRoundCard session={session} />

      <QuestionCard
        ref={questionRef}
        question={question}
        asker={session.panel?.find((m) => m.id === question.persona)}
      />

      {phase === "prep" && (
        <PrepPanel remainingSec={prep.remainingSec} fraction={prep.fraction} onSkip={startAnswer} />
      )}

      {phase !== "review" && (
        <section aria-label={t("interview.answerSection")} className="card space-y-4 p-5 sm:p-6">
          {phase === "answer" && (
            <div className="flex flex-wrap items-center justify-between gap-3">
              <CountdownBadge
                label={t("interview.timeLeft")}
                remainingSec={answer.remainingSec}
                fraction={answer.fraction}
                testId="answer-countdown"
              />
              {retrying && previousTotal !== null && (
                <span className="text-sm text-slate-600">
                  {t("interview.retrying", { total: previousTotal })}
                </span>
              )}
            </div>
          )}
          <AnswerBox
            value={text}
            onChange={onType}
            onSubmit={sendAnswer}
            submitting={submit.isPending}
            inputRef={inputRef}
            placeholder={phase === "prep" ? t("interview.placeholderPrep") : t("interview.placeholder")}
          />
          {submitError && <ErrorAlert>{submitError}</ErrorAlert>}
        </section>
      )}

      {result?.notice && (
        <p
          role="status"
          data-testid="interviewer-notice"
          className="rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          {result.notice}
        </p>
      )}

      <EvaluationRegion
        ref={evaluationRef}
        pending={submit.isPending}
        evaluation={result?.evaluation ?? null}
        answer={text}
        previousTotal={previousTotal}
      />

      {phase === "review" && result && (
        <ReviewActions
          result={result}
          practice={session.practice}
          endError={end.isError ? errorMessage(t, end.error) : null}
          ending={end.isPending}
          onNext={goNext}
          onRetry={retry}
          onRetryEnd={requestEnd}
        />
      )}

      <ConfirmDialog
        open={confirmOpen}
        title={t("interview.endConfirm.title")}
        body={t("interview.endConfirm.body")}
        confirmLabel={t("interview.endConfirm.confirm")}
        cancelLabel={t("common.cancel")}
        busy={end.isPending}
        onConfirm={() => {
          setConfirmOpen(false);
          requestEnd();
        }}
        onCancel={() => setConfirmOpen(false)}
      />
      {end.isError && phase !== "review" && (
        <ErrorAlert action={<RetryButton onClick={requestEnd} />}>{errorMessage(t, end.error)}</ErrorAlert>
      )}
    </div>
  );
}

function RetryButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className={buttonClass("secondary", "sm")} onClick={onClick}>
      {t("common.retry")}
    </button>
  );
}
