import type { StarPart } from "@studio/protocol";

export const STAR_LETTER: Record<StarPart, string> = { situation: "S", task: "T", action: "A", result: "R" };

export const STAR_HIGHLIGHT: Record<StarPart, string> = {
  situation: "bg-sky-100 decoration-sky-500",
  task: "bg-violet-100 decoration-violet-500",
  action: "bg-emerald-100 decoration-emerald-600",
  result: "bg-amber-100 decoration-amber-500",
};

export const STAR_CHIP: Record<StarPart, string> = {
  situation: "bg-sky-600 text-white",
  task: "bg-violet-600 text-white",
  action: "bg-emerald-700 text-white",
  result: "bg-amber-500 text-slate-950",
};

export const STAR_BAR: Record<StarPart, string> = {
  situation: "bg-sky-500",
  task: "bg-violet-500",
  action: "bg-emerald-500",
  result: "bg-amber-500",
};
