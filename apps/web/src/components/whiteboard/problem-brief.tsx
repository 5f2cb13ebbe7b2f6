import type { WhiteboardProblem } from "@studio/protocol";
import { useTranslation } from "react-i18next";

/** The requirements shown to the candidate: functional, scale and constraints. */
export function ProblemBrief({ problem }: { problem: WhiteboardProblem }) {
  const { t } = useTranslation();
  const groups = [
    ["functional", problem.requirements.functional],
    ["scale", problem.requirements.scale],
    ["constraints", problem.requirements.constraints],
  ] as const;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4" data-testid="whiteboard-brief">
      <p className="text-sm text-slate-700">{problem.summary}</p>
      <div className="mt-3 grid gap-3 md:grid-cols-3">
        {groups.map(([key, items]) => (
          <div key={key}>
            <h3 className="text-xs font-semibold uppercase text-slate-500">{t(`whiteboard.${key}`)}</h3>
            <ul className="mt-1 list-disc pl-4 text-sm text-slate-700">
              {items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
