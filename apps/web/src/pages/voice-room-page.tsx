import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { SystemDesignRoundCard } from "../components/interview/system-design-round-card";
import { LiveSessionGate } from "../components/live-session-gate";
import { VoiceRoom } from "../components/room/voice-room";

/** `/interview/:id/room`: the voice (and video) interview. */
export function VoiceRoomPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  return (
    <LiveSessionGate id={id} loadingLabel={t("room.loading")}>
      {(session) => (
        <VoiceRoom key={session.id} session={session}>
          {/* The system-design round is reached from the room as from the text interview. */}
          <SystemDesignRoundCard session={session} />
        </VoiceRoom>
      )}
    </LiveSessionGate>
  );
}
