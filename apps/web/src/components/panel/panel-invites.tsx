import type { CreatedPanel } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { buttonClass } from "../button-styles";
import { PageHeader } from "../page-header";
import { ROLE_LABEL } from "./role-label";

const input = "w-full rounded-lg border border-slate-300 px-3 py-2 text-sm";

/** One invitation link per person of a panel, to copy and send. */
export function PanelInvites({ created }: { created: CreatedPanel }) {
  const { t, i18n } = useTranslation();
  const when = new Date(created.invites[0]?.expiresAt ?? Date.now()).toLocaleString(i18n.language);
  return (
    <div>
      <PageHeader
        title={t("panel.invites")}
        description={t("panel.invitesHelp", { when })}
        actions={
          <Link
            className={buttonClass("primary", "md")}
            to={`/panel/${created.id}/room`}
            data-testid="panel-open-room"
          >
            {t("panel.openRoom")}
          </Link>
        }
      />
      <ul className="card divide-y divide-slate-100" data-testid="panel-invites">
        {created.invites.map((invite) => {
          const url = `${location.origin}/panel/${created.id}/join?invite=${encodeURIComponent(invite.token)}`;
          return (
            <li
              key={invite.participantId}
              className="flex flex-wrap items-center gap-3 p-4"
              data-role={invite.role}
              data-name={invite.name}
            >
              <span className="w-28 font-semibold text-slate-900">{invite.name}</span>
              <span className="w-20 text-xs text-slate-500">{t(ROLE_LABEL[invite.role])}</span>
              <input
                readOnly
                className={`${input} flex-1 font-mono text-xs`}
                value={url}
                aria-label={invite.name}
              />
              <button
                type="button"
                className={buttonClass("secondary", "sm")}
                onClick={() => navigator.clipboard?.writeText(url)}
              >
                {t("panel.copy")}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
