import { useEffect, useRef, useState } from "react";

/**
 * Counts down `seconds` from when `running` turns true (or `resetKey` changes while running) and calls
 * `onExpire` once at zero. Based on a wall-clock deadline, so a throttled background tab stays accurate.
 */
export function useCountdown(seconds: number, running: boolean, onExpire: () => void, resetKey?: unknown) {
  const [remainingMs, setRemainingMs] = useState(seconds * 1000);
  const expireRef = useRef(onExpire);
  expireRef.current = onExpire;

  // biome-ignore lint/correctness/useExhaustiveDependencies: resetKey deliberately restarts the countdown
  useEffect(() => {
    setRemainingMs(seconds * 1000);
    if (!running) return;
    const deadline = Date.now() + seconds * 1000;
    let fired = false;
    const tick = () => {
      const left = Math.max(0, deadline - Date.now());
      setRemainingMs(left);
      if (left === 0 && !fired) {
        fired = true;
        window.clearInterval(timer);
        expireRef.current();
      }
    };
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, [seconds, running, resetKey]);

  return { remainingSec: Math.ceil(remainingMs / 1000), fraction: remainingMs / (seconds * 1000) };
}
