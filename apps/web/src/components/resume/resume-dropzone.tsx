import { type DragEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { buttonClass } from "../button-styles";

interface ResumeDropzoneProps {
  onFile: (file: File) => void;
}

const UploadIcon = () => (
  <svg
    aria-hidden="true"
    viewBox="0 0 24 24"
    className="size-6"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.8"
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
    <path d="M14 3v5h5M12 18v-6M9.5 14.5 12 12l2.5 2.5" />
  </svg>
);

/** Drop a PDF here or pick one; the whole area is the file input's label, so it works by keyboard too. */
export function ResumeDropzone({ onFile }: ResumeDropzoneProps) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const hintId = useId();

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <label
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={`flex cursor-pointer flex-col items-center gap-3 rounded-2xl border-2 border-dashed px-6 py-10 text-center transition-colors focus-within:border-brand-600 ${
        dragging ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-slate-50 hover:border-slate-400"
      }`}
      data-testid="resume-dropzone"
    >
      <input
        type="file"
        accept="application/pdf,.pdf"
        className="sr-only"
        aria-describedby={hintId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ""; // choosing the same file again still fires a change
          if (file) onFile(file);
        }}
        data-testid="resume-file-input"
      />
      <span className="flex size-12 items-center justify-center rounded-2xl bg-brand-50 text-brand-700">
        <UploadIcon />
      </span>
      <span className="font-semibold text-slate-900">{t("resume.drop")}</span>
      <span className={buttonClass("secondary", "sm")}>{t("resume.choose")}</span>
      <span id={hintId} className="text-xs text-slate-600">
        {t("resume.hint")}
      </span>
    </label>
  );
}
