import type { SessionSummary } from "@studio/protocol";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../i18n/error-message";
import { ErrorAlert } from "./error-alert";
import { SessionList } from "./session-list";
import { Spinner } from "./spinner";

/** The interviews query as the user sees it: loading, its error, the empty state, or the list. */
export function SessionListBlock({
  sessions,
  empty,
  limit,
  onDelete,
}: {
  sessions: UseQueryResult<SessionSummary[]>;
  empty: ReactNode;
  limit?: number;
  onDelete?: (session: SessionSummary) => void;
}) {
  const { t } = useTranslation();
  if (sessions.isPending) return <Spinner label={t("common.loading")} />;
  if (sessions.isError)
    return (
      <div className="p-5">
        <ErrorAlert>{errorMessage(t, sessions.error)}</ErrorAlert>
      </div>
    );
  if (sessions.data.length === 0) return empty;
  return <SessionList sessions={sessions.data.slice(0, limit)} onDelete={onDelete} />;
}
