import DOMPurify from "dompurify";
import { Marked } from "marked";
import { useMemo } from "react";

const markdown = new Marked({ gfm: true, breaks: false, async: false });

// No typography plugin: the few elements a problem statement uses, styled here.
const PROSE =
  "space-y-3 text-[15px] leading-7 text-slate-700 " +
  "[&_h1]:text-xl [&_h1]:font-bold [&_h1]:text-slate-900 " +
  "[&_h2]:pt-2 [&_h2]:text-base [&_h2]:font-semibold [&_h2]:text-slate-900 " +
  "[&_h3]:font-semibold [&_h3]:text-slate-900 " +
  "[&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-5 [&_ol]:list-decimal [&_ol]:space-y-1 [&_ol]:pl-5 " +
  "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:py-0.5 [&_code]:font-mono " +
  "[&_code]:text-[0.9em] [&_code]:text-slate-800 " +
  "[&_pre]:overflow-x-auto [&_pre]:rounded-xl [&_pre]:border [&_pre]:border-slate-200 [&_pre]:bg-slate-50 " +
  "[&_pre]:p-3 [&_pre_code]:bg-transparent [&_pre_code]:p-0 " +
  "[&_a]:font-medium [&_a]:text-brand-700 [&_a]:underline " +
  "[&_table]:w-full [&_table]:text-sm [&_th]:border-b [&_th]:border-slate-200 [&_th]:px-2 [&_th]:py-1 " +
  "[&_th]:text-left [&_td]:border-b [&_td]:border-slate-100 [&_td]:px-2 [&_td]:py-1 " +
  "[&_blockquote]:border-l-4 [&_blockquote]:border-slate-200 [&_blockquote]:pl-3 [&_blockquote]:text-slate-600";

/** Renders Markdown from the server (problem statements), sanitized all the same. */
export function MarkdownView({ source, className = "" }: { source: string; className?: string }) {
  const html = useMemo(() => DOMPurify.sanitize(markdown.parse(source) as string), [source]);
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the HTML is sanitized by DOMPurify just above.
  return <div className={`${PROSE} ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
