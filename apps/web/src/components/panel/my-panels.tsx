import type { CreatedPanel, PanelStatusValue } from "@studio/protocol";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { listPanels, reissueInvites } from "../../api/panels-api";
import { errorMessage } from "../../i18n/error-message";
import { buttonClass } from "../button-styles";
import { ErrorAlert } from "../error-alert";

const STATUS_LABEL = {
  waiting: "panel.statusWaiting",
  live: "panel.statusLive",
  ended: "panel.statusEnded",
} as const satisfies Record<PanelStatusValue, string>;

/**
 * The panels this user created, to come back to: the room while it runs, fresh invitation links (they
 * are shown once at creation), the report once it has ended. Nothing shows before the first panel.
 */
export function MyPanels({ onInvites }: { onInvites: (created: CreatedPanel) => void }) {
  const { t, i18n } = useTranslation();
  const panels = useQuery({ queryKey: ["panels"], queryFn: listPanels });
  const invites = useMutation({ mutationFn: reissueInvites, onSuccess: onInvites });
  const list = panels.data?.panels ?? [];
  if (list.length === 0) return null;
  return (
    <section className="card mb-6 p-6" data-testid="my-panels">
      <h2 className="mb-3 text-base font-semibold text-slate-900">{t("panel.mine")}</h2>
      {invites.error ? <ErrorAlert>{errorMessage(t, invites.error)}</ErrorAlert> : null}
      <ul className="divide-y divide-slate-100">
        {list.map((panel) => (
          <li
            key={panel.id}
            className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:gap-3"
            data-panel-id={panel.id}
          >
            <span className="min-w-0 break-words font-medium text-slate-900 sm:flex-1">{panel.title}</span>
            <div className="flex flex-wrap items-center gap-2">
              <span className="text-xs text-slate-500">
                {new Date(panel.createdAt).toLocaleDateString(i18n.language)} ·{" "}
                {t(STATUS_LABEL[panel.status])}
              </span>
              {panel.status === "ended" ? (
                <Link className={buttonClass("secondary", "sm")} to={`/panel/${panel.id}/report`}>
                  {t("panel.openReport")}
                </Link>
              ) : (
                <>
                  <Link className={buttonClass("secondary", "sm")} to={`/panel/${panel.id}/room`}>
                    {t("panel.openRoom")}
                  </Link>
                  <button
                    type="button"
                    className={buttonClass("secondary", "sm")}
                    disabled={invites.isPending}
                    onClick={() => invites.mutate(panel.id)}
                  >
                    {t("panel.invitesAgain")}
                  </button>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
