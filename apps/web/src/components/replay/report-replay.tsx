import type { Report } from "@studio/protocol";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { deleteRecording, listRecordings, recordingKeyOf } from "../../recording/recording-db";
import { recordingErrorMessage } from "../../recording/recording-error";
import {
  deleteServerRecording,
  listServerRecordings,
  recordingUrl,
  uploadRecording,
} from "../../recording/recordings-api";
import { ConfirmDialog } from "../confirm-dialog";
import { ErrorAlert } from "../error-alert";
import { ReportSection } from "../report/report-section";
import { DeliverySummaryPanel } from "./delivery-summary";
import { ReplayItem } from "./replay-item";

/**
 * Replay of the interview: each question with its recording (this device first, else the server),
 * its delivery timeline and transcript, and its evaluation. Shown when anything was recorded or measured.
 */
export function ReportReplay({ report }: { report: Report }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const sessionId = report.sessionId;
  const local = useQuery({
    queryKey: ["recordings", "local", sessionId],
    queryFn: async () => (await listRecordings()).filter((r) => r.sessionId === sessionId),
  });
  const server = useQuery({
    queryKey: ["recordings", "server", sessionId],
    queryFn: async () => (await listServerRecordings(sessionId)).recordings,
  });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [consentFor, setConsentFor] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["recordings"] });
  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
      await refresh();
    }
  };
  const localOf = (questionId: string) =>
    local.data?.find((r) => r.key === recordingKeyOf(sessionId, questionId));
  const onServer = (questionId: string) => server.data?.find((r) => r.questionId === questionId);
  const anything =
    (local.data?.length ?? 0) > 0 ||
    (server.data?.length ?? 0) > 0 ||
    report.questions.some((q) => q.delivery);
  if (!anything) return null;
  const keep = consentFor ? localOf(consentFor) : undefined;
  return (
    <ReportSection title={t("recording.replayTitle")} testId="report-replay">
      {report.speech?.delivery && (
        <DeliverySummaryPanel summary={report.speech.delivery} language={report.language} />
      )}
      {failure !== null && (
        <div className="mt-3" data-testid="replay-error">
          <ErrorAlert>{recordingErrorMessage(t, failure)}</ErrorAlert>
        </div>
      )}
      <ol className="mt-4 space-y-4">
        {report.questions.map((question, index) => (
          <ReplayItem
            key={question.questionId}
            question={question}
            index={index}
            busy={busy}
            source={{
              local: localOf(question.questionId),
              serverUrl: onServer(question.questionId) ? recordingUrl(sessionId, question.questionId) : null,
              serverType: onServer(question.questionId)?.contentType ?? null,
            }}
            onKeep={() => setConsentFor(question.questionId)}
            onForgetServer={() => act(() => deleteServerRecording(sessionId, question.questionId))}
            onForgetLocal={() => act(() => deleteRecording(recordingKeyOf(sessionId, question.questionId)))}
          />
        ))}
      </ol>
      <ConfirmDialog
        open={consentFor !== null}
        title={t("recording.consent.title")}
        body={t("recording.consent.body")}
        confirmLabel={t("recording.consent.confirm")}
        cancelLabel={t("common.cancel")}
        busy={busy}
        onConfirm={() => {
          const target = keep;
          setConsentFor(null);
          if (target) void act(() => uploadRecording(sessionId, target.questionId, target.blob));
        }}
        onCancel={() => setConsentFor(null)}
      />
    </ReportSection>
  );
}
