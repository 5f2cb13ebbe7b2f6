import { CopyButton } from "./copy-button";

interface SampleBlockProps {
  title: string;
  text: string;
  copyLabel: string;
}

/** One sample's input or output, as preformatted text with a copy button. */
export function SampleBlock({ title, text, copyLabel }: SampleBlockProps) {
  return (
    <div className="min-w-0 overflow-hidden rounded-xl border border-slate-200 bg-slate-50">
      <div className="flex items-center justify-between border-b border-slate-200 px-3 py-1.5">
        <span className="text-xs font-semibold text-slate-600">{title}</span>
        <CopyButton text={text} label={copyLabel} />
      </div>
      <pre className="font-mono overflow-x-auto px-3 py-2 text-sm leading-6 text-slate-800">{text}</pre>
    </div>
  );
}
