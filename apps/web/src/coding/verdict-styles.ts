import type { Difficulty, Verdict } from "@studio/protocol";

export const DIFFICULTY_STYLES: Record<Difficulty, string> = {
  easy: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  medium: "bg-amber-50 text-amber-800 ring-amber-200",
  hard: "bg-rose-50 text-rose-700 ring-rose-200",
};

/** Banner colours per verdict: border, background and text. */
export const VERDICT_BANNER_STYLES: Record<Verdict, string> = {
  accepted: "border-emerald-200 bg-emerald-50 text-emerald-800",
  wrong_answer: "border-rose-200 bg-rose-50 text-rose-800",
  time_limit: "border-amber-200 bg-amber-50 text-amber-900",
  memory_limit: "border-orange-200 bg-orange-50 text-orange-900",
  runtime_error: "border-violet-200 bg-violet-50 text-violet-800",
  compile_error: "border-slate-300 bg-slate-100 text-slate-800",
  output_limit: "border-fuchsia-200 bg-fuchsia-50 text-fuchsia-800",
};

/** Small pill colours per verdict, for table cells. */
export const VERDICT_PILL_STYLES: Record<Verdict, string> = {
  accepted: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  wrong_answer: "bg-rose-50 text-rose-700 ring-rose-200",
  time_limit: "bg-amber-50 text-amber-800 ring-amber-200",
  memory_limit: "bg-orange-50 text-orange-800 ring-orange-200",
  runtime_error: "bg-violet-50 text-violet-700 ring-violet-200",
  compile_error: "bg-slate-100 text-slate-700 ring-slate-300",
  output_limit: "bg-fuchsia-50 text-fuchsia-700 ring-fuchsia-200",
};
