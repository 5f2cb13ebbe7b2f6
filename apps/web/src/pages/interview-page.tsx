import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { InterviewRunner } from "../components/interview/interview-runner";
import { LiveSessionGate } from "../components/live-session-gate";

/** `/interview/:id`: the text interview. */
export function InterviewPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [syncKey, setSyncKey] = useState(0);
  return (
    <LiveSessionGate id={id} loadingLabel={t("interview.loading")}>
      {(session, refetch) => (
        <InterviewRunner
          key={syncKey}
          session={session}
          onResync={() => void refetch().then(() => setSyncKey((n) => n + 1))}
        />
      )}
    </LiveSessionGate>
  );
}
