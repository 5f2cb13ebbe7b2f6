import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useParams } from "react-router";
import { isApiError } from "../api/api-error";
import { queryKeys } from "../api/query-keys";
import { getSession } from "../api/sessions-api";
import { buttonClass } from "../components/button-styles";
import { ErrorAlert } from "../components/error-alert";
import { VoiceRoom } from "../components/room/voice-room";
import { Spinner } from "../components/spinner";
import { errorMessage } from "../i18n/error-message";
import { NotFoundPage } from "./not-found-page";

/** `/interview/:id/room`: the voice (and video) interview. */
export function VoiceRoomPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
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
  if (!session.data || !session.isFetchedAfterMount) return <Spinner label={t("room.loading")} />;
  if (session.data.status === "completed") return <Navigate to={`/report/${id}`} replace />;

  return (
    <>
      <VoiceRoom key={session.data.id} session={session.data} />
      <p className="mt-10 text-center text-xs text-slate-500 print:hidden">
        <Link to="/dashboard" className="hover:underline">
          {t("interview.backToDashboard")}
        </Link>
      </p>
    </>
  );
}
