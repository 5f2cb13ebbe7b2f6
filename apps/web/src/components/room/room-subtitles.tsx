import { useTranslation } from "react-i18next";

interface RoomSubtitlesProps {
  interviewer: string;
  interviewerDone: boolean;
  interim: string;
  final: string;
  userSpeaking: boolean;
}

/** Live captions: the interviewer's streamed words and the candidate's own, each clearly labelled. */
export function RoomSubtitles({
  interviewer,
  interviewerDone,
  interim,
  final,
  userSpeaking,
}: RoomSubtitlesProps) {
  const { t } = useTranslation();
  const hasUser = Boolean(final || interim);
  return (
    <section aria-label={t("room.subtitles.label")} className="card divide-y divide-slate-100">
      <div className="flex gap-3 px-5 py-4">
        <span className="mt-0.5 shrink-0 self-start rounded-md bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-700">
          {t("room.subtitles.interviewer")}
        </span>
        <p
          data-testid="subtitle-ai"
          data-done={interviewerDone}
          aria-live="polite"
          aria-busy={!interviewerDone}
          className={`min-h-7 text-base leading-7 ${interviewer ? "text-slate-900" : "text-slate-400"}`}
        >
          {interviewer || t("room.subtitles.aiWaiting")}
          {interviewer && !interviewerDone && (
            <span
              aria-hidden="true"
              className="ml-0.5 inline-block h-4 w-0.5 translate-y-0.5 animate-pulse bg-brand-500"
            />
          )}
        </p>
      </div>
      <div className="flex gap-3 px-5 py-4">
        <span
          className={`mt-0.5 shrink-0 self-start rounded-md px-2 py-0.5 text-xs font-semibold ${
            userSpeaking ? "bg-emerald-100 text-emerald-800" : "bg-slate-100 text-slate-700"
          }`}
        >
          {t("room.subtitles.you")}
        </span>
        <p
          data-testid="subtitle-user"
          data-final={final}
          aria-live="polite"
          className={`min-h-7 text-base leading-7 ${hasUser ? "text-slate-800" : "text-slate-400"}`}
        >
          {hasUser ? (
            <>
              {final}
              {interim && (
                <span className="text-slate-500 italic">
                  {final ? " " : ""}
                  {interim}
                </span>
              )}
            </>
          ) : (
            t("room.subtitles.userWaiting")
          )}
        </p>
      </div>
    </section>
  );
}
