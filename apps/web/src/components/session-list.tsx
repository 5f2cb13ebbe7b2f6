import type { SessionSummary } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../format-time";
import { buttonClass } from "./button-styles";
import { GradeBadge } from "./grade-badge";
import { SessionStatusBadge } from "./session-status-badge";

export function SessionList({
  sessions,
  onDelete,
}: {
  sessions: SessionSummary[];
  /** When given, each interview gets a delete button (the history page). */
  onDelete?: (session: SessionSummary) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul data-testid="session-list" className="divide-y divide-slate-100">
      {sessions.map((session) => {
        const active = session.status === "active";
        return (
          <li
            key={session.id}
            data-testid="session-item"
            data-session-id={session.id}
            className="flex flex-wrap items-center gap-x-4 gap-y-2 px-5 py-4"
          >
            <div className="flex size-9 items-center justify-center">
              {session.grade ? (
                <GradeBadge grade={session.grade} />
              ) : (
                <span
                  aria-hidden="true"
                  className="size-8 rounded-lg border border-dashed border-slate-300"
                />
              )}
            </div>
            <div className="min-w-0 flex-1 space-y-1">
              <p className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
                {t(`roles.${session.role}`)}
                <span className="text-xs font-medium text-slate-500">
                  · {t(`languages.${session.language}`)}
                </span>
                <span
                  className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600"
                  data-testid="session-mode"
                >
                  {t(`newInterview.modes.${session.mode}.title`)}
                </span>
                <SessionStatusBadge status={session.status} />
              </p>
              <p className="text-sm text-slate-500">
                <time dateTime={session.createdAt}>{formatDateTime(session.createdAt, i18n.language)}</time>
                <span aria-hidden="true"> · </span>
                <span data-testid="session-answers">
                  {t("session.answeredOf", {
                    answered: session.mainAnswered ?? session.answered,
                    total: session.total ?? "—",
                  })}
                  {(session.followUps ?? 0) > 0 &&
                    ` · ${t("session.followUps", { count: session.followUps })}`}
                </span>
                {session.systemDesign && (
                  <span data-testid="session-system-design">
                    {" · "}
                    {session.systemDesign.score !== null
                      ? t("whiteboard.historyScore", { score: session.systemDesign.score })
                      : t("whiteboard.historyNone")}
                  </span>
                )}
              </p>
            </div>
            {active ? (
              <Link
                to={session.mode === "text" ? `/interview/${session.id}` : `/interview/${session.id}/room`}
                className={buttonClass("primary", "sm")}
              >
                {t("session.continue")}
              </Link>
            ) : (
              <Link to={`/report/${session.id}`} className={buttonClass("secondary", "sm")}>
                {t("session.viewReport")}
              </Link>
            )}
            {onDelete && (
              <button
                type="button"
                className={buttonClass("ghost", "sm")}
                onClick={() => onDelete(session)}
                data-testid="session-delete"
              >
                {t("history.delete")}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
