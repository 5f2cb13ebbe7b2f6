import type { SessionDetail } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { whiteboardListPath } from "../../whiteboard/whiteboard-paths";
import { buttonClass } from "../button-styles";

/** The interview's system-design round, when it was set up with one: its time limit and the way in. */
export function SystemDesignRoundCard({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  if (!session.setup?.systemDesign) return null;
  return (
    <div
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-indigo-100 bg-indigo-50 px-4 py-3"
      data-testid="system-design-round"
    >
      <div className="min-w-0 flex-1">
        <p className="text-sm font-semibold text-indigo-900">{t("whiteboard.roundTitle")}</p>
        <p className="text-xs text-indigo-800">
          {t("whiteboard.roundBody", { minutes: session.setup.systemDesignMinutes ?? 30 })}
        </p>
      </div>
      <Link
        to={whiteboardListPath(session.id)}
        className={buttonClass("primary", "sm")}
        data-testid="system-design-round-open"
      >
        {t("whiteboard.roundOpen")}
      </Link>
    </div>
  );
}
