import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface RoomNoticeProps {
  testId: string;
  children: ReactNode;
  tone?: "warning" | "info" | "error";
  onDismiss?: () => void;
  action?: ReactNode;
}

const TONES = {
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  info: "border-brand-100 bg-brand-50 text-brand-800",
  error: "border-rose-200 bg-rose-50 text-rose-800",
} as const;

/** One line the candidate should know about; the interview carries on regardless. */
export function RoomNotice({ testId, children, tone = "warning", onDismiss, action }: RoomNoticeProps) {
  const { t } = useTranslation();
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      data-testid={testId}
      className={`flex items-start gap-3 rounded-xl border px-4 py-3 text-sm leading-6 ${TONES[tone]}`}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-5 shrink-0" fill="currentColor">
        <path
          fillRule="evenodd"
          d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm.75-11.25a.75.75 0 0 0-1.5 0v4.5a.75.75 0 0 0 1.5 0v-4.5ZM10 14.5a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
          clipRule="evenodd"
        />
      </svg>
      <div className="min-w-0 flex-1">{children}</div>
      {action}
      {onDismiss && (
        <button
          type="button"
          onClick={onDismiss}
          className="-my-1 rounded-lg px-2 py-1 text-xs font-semibold opacity-80 hover:bg-black/5 hover:opacity-100"
        >
          {t("room.notices.dismiss")}
        </button>
      )}
    </div>
  );
}
