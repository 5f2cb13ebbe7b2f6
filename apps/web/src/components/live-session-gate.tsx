import type { SessionDetail } from "@studio/protocol";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router";
import { isApiError } from "../api/api-error";
import { queryKeys } from "../api/query-keys";
import { getSession } from "../api/sessions-api";
import { errorMessage } from "../i18n/error-message";
import { NotFoundPage } from "../pages/not-found-page";
import { buttonClass } from "./button-styles";
import { ErrorAlert } from "./error-alert";
import { Spinner } from "./spinner";

interface LiveSessionGateProps {
  id: string;
  loadingLabel: string;
  /** The interview itself, given a fresh copy of the session and a way to fetch it again. */
  children: (session: SessionDetail, refetch: () => Promise<unknown>) => ReactNode;
}

/**
 * Loads an interview that is being taken (text page or voice room): 404 for another's or a missing one,
 * an error with retry, the report once it is completed, else the interview with a link back.
 */
export function LiveSessionGate({ id, loadingLabel, children }: LiveSessionGateProps) {
  const { t } = useTranslation();
  const session = useQuery({
    queryKey: queryKeys.session(id),
    queryFn: () => getSession(id),
    staleTime: 0,
    refetchOnMount: "always",
  });

  if (session.isError && isApiError(session.error, 404)) return <NotFoundPage />;
  if (session.isError) {
    return (
      <ErrorAlert
        action={
          <button
            type="button"
            className={buttonClass("secondary", "sm")}
            onClick={() => void session.refetch()}
          >
            {t("common.retry")}
          </button>
        }
      >
        {errorMessage(t, session.error)}
      </ErrorAlert>
    );
  }
  // Wait for a fresh copy so the interview starts from the server's current question.
  if (!session.data || !session.isFetchedAfterMount) return <Spinner label={loadingLabel} />;
  if (session.data.status === "completed") return <Navigate to={`/report/${id}`} replace />;

  return (
    <>
      {children(session.data, session.refetch)}
      <p className="mt-10 text-center text-xs text-slate-500 print:hidden">
        <Link to="/dashboard" className="hover:underline">
          {t("interview.backToDashboard")}
        </Link>
      </p>
    </>
  );
}
