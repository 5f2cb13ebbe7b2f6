import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import { inviteQuery } from "../api/panels-api";
import { CandidateView } from "../components/panel/candidate-view";
import { InterviewerView } from "../components/panel/interviewer-view";
import { Spinner } from "../components/spinner";
import { usePanelSocket } from "../hooks/use-panel-socket";

/**
 * `/panel/:id/room` (the creator, signed in) and `/panel/:id/join?invite=…` (everyone else, no account
 * needed): the screen follows the role the server says the link carries.
 */
export function PanelRoomPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [search] = useSearchParams();
  const invite = search.get("invite");
  const { state, online, refused, send } = usePanelSocket(id, invite);
  if (!state.panel) {
    if (refused) return <p className="text-rose-700">{t("panel.joinFailed")}</p>;
    return <Spinner label={t("common.loading")} />;
  }
  const reportPath = `/panel/${encodeURIComponent(id)}/report${inviteQuery(invite)}`;
  if (state.panel.me.role === "candidate") return <CandidateView state={state} stt={state.stt} send={send} />;
  return (
    <InterviewerView
      state={state}
      online={online}
      stt={state.stt}
      invite={invite}
      send={send}
      reportPath={reportPath}
    />
  );
}
