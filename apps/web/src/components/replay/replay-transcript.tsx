import type { TimedSegment } from "@studio/protocol";

/** The transcript under the player; with timings, the part being heard is highlighted. */
export function ReplayTranscript({
  text,
  segments,
  positionMs,
}: {
  text: string;
  segments: TimedSegment[] | undefined;
  positionMs: number;
}) {
  if (!segments?.length) {
    return <p className="text-sm leading-relaxed whitespace-pre-wrap text-slate-800">{text}</p>;
  }
  return (
    <p className="text-sm leading-relaxed text-slate-800" data-testid="timed-transcript">
      {segments.map((segment) => {
        const now = positionMs >= segment.startMs && positionMs <= segment.endMs + 300;
        return (
          <span
            key={`${segment.startMs}-${segment.text}`}
            data-active={now}
            className={`rounded px-0.5 transition-colors ${now ? "bg-brand-100 text-brand-900" : ""}`}
          >
            {segment.text}{" "}
          </span>
        );
      })}
    </p>
  );
}
