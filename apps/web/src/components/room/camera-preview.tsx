import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

interface CameraPreviewProps {
  stream: MediaStream | null;
  enabled: boolean;
  onToggle: () => void;
}

const CameraIcon = ({ off }: { off: boolean }) => (
  <svg
    aria-hidden="true"
    viewBox="0 0 24 24"
    className="size-4"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.9"
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <rect x="3" y="6" width="13" height="12" rx="2" />
    <path d="m16 10 5-3v10l-5-3" />
    {off && <path d="M3 3l18 18" />}
  </svg>
);

/** The candidate's own camera, mirrored like a mirror, in the corner of the stage. */
export function CameraPreview({ stream, enabled, onToggle }: CameraPreviewProps) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    video.srcObject = stream;
    if (stream) void video.play().catch(() => undefined);
  }, [stream]);

  const toggle = (
    <button
      type="button"
      onClick={onToggle}
      data-testid="camera-toggle"
      aria-pressed={enabled}
      className="inline-flex items-center gap-1.5 rounded-full bg-slate-900/70 px-2.5 py-1 text-xs font-semibold text-white backdrop-blur transition-colors hover:bg-slate-900/85 focus-visible:outline-white"
    >
      <CameraIcon off={enabled} />
      <span className={stream ? "sr-only sm:not-sr-only" : ""}>
        {enabled ? t("room.camera.off") : t("room.camera.on")}
      </span>
    </button>
  );

  if (!stream) return <div className="flex justify-end">{toggle}</div>;

  return (
    <figure className="relative w-28 overflow-hidden rounded-xl bg-slate-900 shadow-lg ring-2 ring-white sm:w-44">
      <video
        ref={videoRef}
        data-testid="camera-preview"
        aria-label={t("room.camera.label")}
        autoPlay
        muted
        playsInline
        className="aspect-[4/3] w-full -scale-x-100 object-cover"
      />
      <figcaption className="absolute inset-x-0 bottom-0 flex justify-center bg-linear-to-t from-slate-900/60 to-transparent p-1.5">
        {toggle}
      </figcaption>
    </figure>
  );
}
