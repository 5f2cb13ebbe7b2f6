import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

const clock = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

/** The round's time left, counting down to a deadline in this browser's clock (the server's, in an interview). */
export function RoundTimer({ deadlineMs, onExpire }: { deadlineMs: number; onExpire?: () => void }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const left = deadlineMs - now;
  const expired = left <= 0;
  const expire = useRef(onExpire);
  expire.current = onExpire;
  useEffect(() => {
    if (expired) expire.current?.();
  }, [expired]);
  return (
    <span
      className={`text-sm font-medium ${expired ? "text-rose-600" : "text-slate-600"}`}
      data-testid="whiteboard-timer"
      data-deadline={new Date(deadlineMs).toISOString()}
    >
      {expired ? t("whiteboard.timeUp") : t("whiteboard.timeLeft", { time: clock(left) })}
    </span>
  );
}
