import { useTranslation } from "react-i18next";
import type { AvatarState } from "./interviewer-avatar";

const STYLE: Record<AvatarState, string> = {
  idle: "bg-white/85 text-slate-600 ring-slate-200",
  listening: "bg-white/85 text-emerald-800 ring-emerald-200",
  thinking: "bg-white/85 text-amber-800 ring-amber-200",
  speaking: "bg-brand-600 text-white ring-brand-600",
};

/** What the interviewer is doing, in words, next to the face. */
export function AvatarStateChip({ state }: { state: AvatarState }) {
  const { t } = useTranslation();
  return (
    <span
      data-testid="avatar-state"
      className={`inline-flex items-center gap-2 rounded-full px-3 py-1 text-xs font-semibold shadow-sm ring-1 backdrop-blur ${STYLE[state]}`}
    >
      <span aria-hidden="true" className="flex h-3 items-end gap-0.5">
        {[0, 1, 2].map((i) => (
          <span
            key={i}
            className={`w-0.5 rounded-full bg-current ${state === "speaking" || state === "listening" ? "animate-pulse" : ""}`}
            style={{ height: `${[55, 100, 70][i]}%`, animationDelay: `${i * 0.15}s` }}
          />
        ))}
      </span>
      {t(`room.stateChip.${state}`)}
    </span>
  );
}
