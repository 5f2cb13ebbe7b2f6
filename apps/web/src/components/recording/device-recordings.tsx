import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DEVICE_BUDGET_BYTES, deleteRecording, listRecordings } from "../../recording/recording-db";
import { buttonClass } from "../button-styles";

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The answer recordings stored in this browser, their total against the budget, and deletion. */
export function DeviceRecordings() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ["recordings", "device"], queryFn: listRecordings });
  const recordings = (query.data ?? []).sort((a, b) => b.createdAt - a.createdAt);
  const total = recordings.reduce((sum, r) => sum + r.bytes, 0);
  const remove = async (keys: string[]) => {
    for (const key of keys) await deleteRecording(key);
    await queryClient.invalidateQueries({ queryKey: ["recordings"] });
  };
  return (
    <section className="card space-y-3 p-5" data-testid="device-recordings">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-bold text-slate-900">{t("recording.device.title")}</h2>
        <span className="text-sm text-slate-600" data-testid="device-usage">
          {t("recording.device.usage", {
            count: recordings.length,
            size: megabytes(total),
            budget: megabytes(DEVICE_BUDGET_BYTES),
          })}
        </span>
      </div>
      {recordings.length === 0 ? (
        <p className="text-sm text-slate-500">{t("recording.device.empty")}</p>
      ) : (
        <>
          <ul className="divide-y divide-slate-100 text-sm">
            {recordings.map((r) => (
              <li key={r.key} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link
                  to={`/report/${r.sessionId}`}
                  className="min-w-0 truncate text-brand-700 hover:underline"
                >
                  {new Date(r.createdAt).toLocaleString()} · {r.type.split("/")[0]} ·{" "}
                  {(r.durationMs / 1000).toFixed(0)}s · {megabytes(r.bytes)}
                </Link>
                <button type="button" className={buttonClass("ghost", "sm")} onClick={() => remove([r.key])}>
                  {t("recording.deleteLocal")}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className={buttonClass("danger", "sm")}
            onClick={() => remove(recordings.map((r) => r.key))}
            data-testid="device-delete-all"
          >
            {t("recording.device.deleteAll")}
          </button>
        </>
      )}
    </section>
  );
}
