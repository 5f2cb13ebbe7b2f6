import { formatClock } from "../../format-time";

interface CountdownBadgeProps {
  label: string;
  remainingSec: number;
  fraction: number;
  testId: string;
}

export function CountdownBadge({ label, remainingSec, fraction, testId }: CountdownBadgeProps) {
  const tone =
    remainingSec <= 10
      ? "text-rose-700 bg-rose-50 ring-rose-200"
      : remainingSec <= 30
        ? "text-amber-800 bg-amber-50 ring-amber-200"
        : "text-slate-700 bg-slate-50 ring-slate-200";
  const radius = 9;
  const circumference = 2 * Math.PI * radius;
  return (
    <div
      role="timer"
      data-testid={testId}
      className={`inline-flex items-center gap-2 rounded-full px-3 py-1.5 text-sm font-semibold ring-1 ${tone}`}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 -rotate-90">
        <circle
          cx="12"
          cy="12"
          r={radius}
          fill="none"
          stroke="currentColor"
          strokeOpacity="0.2"
          strokeWidth="3"
        />
        <circle
          cx="12"
          cy="12"
          r={radius}
          fill="none"
          stroke="currentColor"
          strokeWidth="3"
          strokeLinecap="round"
          strokeDasharray={circumference}
          strokeDashoffset={circumference * (1 - Math.max(0, Math.min(1, fraction)))}
        />
      </svg>
      <span className="font-medium">{label}</span>
      <span className="tabular-nums">{formatClock(remainingSec)}</span>
    </div>
  );
}
