import { useTranslation } from "react-i18next";
import type { RecognitionKind } from "../../recording/recognition-kind";
import { buttonClass } from "../button-styles";
import { RoomNotice } from "../room/room-notice";

interface RecognitionNoticeProps {
  kind: RecognitionKind | null;
  consented: boolean;
  onConsent: (yes: boolean) => void;
}

/** Says plainly where the candidate's voice is turned into text, and asks before it leaves the device. */
export function RecognitionNotice({ kind, consented, onConsent }: RecognitionNoticeProps) {
  const { t } = useTranslation();
  if (kind === null) return null;
  if (kind === "none") {
    return (
      <RoomNotice testId="recognition-notice" tone="info">
        <span data-kind="none">{t("recording.recognition.none")}</span>
      </RoomNotice>
    );
  }
  if (kind === "cloud") {
    return (
      <RoomNotice
        testId="recognition-notice"
        tone={consented ? "info" : "warning"}
        action={
          <button
            type="button"
            data-testid="cloud-consent"
            className={buttonClass("secondary", "sm")}
            onClick={() => onConsent(!consented)}
          >
            {t(consented ? "recording.recognition.cloudStop" : "recording.recognition.cloudAllow")}
          </button>
        }
      >
        <span data-kind="cloud">
          {t(consented ? "recording.recognition.cloudOn" : "recording.recognition.cloudAsk")}
        </span>
      </RoomNotice>
    );
  }
  return (
    <RoomNotice testId="recognition-notice" tone="info">
      <span data-kind={kind}>{t(`recording.recognition.${kind === "server" ? "server" : "onDevice"}`)}</span>
    </RoomNotice>
  );
}
