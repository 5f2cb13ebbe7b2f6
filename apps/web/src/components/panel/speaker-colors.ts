import type { PanelParticipant } from "@studio/protocol";

// Candidates get distinct warm colours, interviewers cool ones: a glance tells who is answering.
const CANDIDATE = [
  "border-emerald-400 bg-emerald-50 text-emerald-900",
  "border-amber-400 bg-amber-50 text-amber-900",
  "border-violet-400 bg-violet-50 text-violet-900",
];
const INTERVIEWER = [
  "border-sky-400 bg-sky-50 text-sky-900",
  "border-slate-400 bg-slate-100 text-slate-900",
  "border-indigo-400 bg-indigo-50 text-indigo-900",
];

export function speakerColor(participants: readonly PanelParticipant[], speakerId: string): string {
  const who = participants.find((p) => p.id === speakerId);
  if (!who) return INTERVIEWER[1] ?? "";
  const same = participants.filter((p) => p.role === who.role);
  const index = same.findIndex((p) => p.id === speakerId);
  const palette = who.role === "candidate" ? CANDIDATE : INTERVIEWER;
  return palette[index % palette.length] ?? "";
}
