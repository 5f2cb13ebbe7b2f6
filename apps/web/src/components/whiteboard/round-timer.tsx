import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

const clock = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

/** The round's time limit, counting down from when the page opened. */
export function RoundTimer({ minutes, onExpire }: { minutes: number; onExpire?: () => void }) {
  const { t } = useTranslation();
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const left = minutes * 60_000 - (now - started);
  const expired = left <= 0;
  const expire = useRef(onExpire);
  expire.current = onExpire;
  useEffect(() => {
    if (expired) expire.current?.();
  }, [expired]);
  return (
    <span
      className={`text-sm font-medium ${left <= 0 ? "text-rose-600" : "text-slate-600"}`}
      data-testid="whiteboard-timer"
    >
      {left <= 0 ? t("whiteboard.timeUp") : t("whiteboard.timeLeft", { time: clock(left) })}
    </span>
  );
}
