import { useTranslation } from "react-i18next";

interface OutputBlockProps {
  title: string;
  text: string;
  tone?: "plain" | "error";
}

/** A program's stdout, stderr or expected output, capped in height and scrollable. */
export function OutputBlock({ title, text, tone = "plain" }: OutputBlockProps) {
  const { t } = useTranslation();
  const colors =
    tone === "error"
      ? "border-rose-200 bg-rose-50 text-rose-900"
      : "border-slate-200 bg-slate-50 text-slate-800";
  return (
    <div className="min-w-0 space-y-1">
      <p className="text-xs font-semibold text-slate-600">{title}</p>
      <pre
        className={`max-h-60 overflow-auto rounded-lg border px-3 py-2 font-mono text-[13px] leading-6 ${colors}`}
      >
        {text === "" ? <span className="text-slate-400 italic">{t("coding.noOutput")}</span> : text}
      </pre>
    </div>
  );
}
