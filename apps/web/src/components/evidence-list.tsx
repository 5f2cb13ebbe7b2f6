import type { Evidence } from "@studio/protocol";
import { useTranslation } from "react-i18next";

const isStarPart = (value: string): value is "situation" | "task" | "action" | "result" =>
  value === "situation" || value === "task" || value === "action" || value === "result";

export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return null;
  return (
    <ul className="space-y-2">
      {evidence.map((item, i) => (
        <li
          // biome-ignore lint/suspicious/noArrayIndexKey: evidence items have no id and never reorder
          key={i}
          className="rounded-xl border border-slate-200 bg-slate-50 px-3.5 py-2.5 text-sm"
        >
          <span className="mr-2 rounded-md bg-white px-1.5 py-0.5 text-xs font-semibold text-slate-700 ring-1 ring-slate-200">
            {isStarPart(item.criterion) ? t(`star.parts.${item.criterion}`) : t(`criteria.${item.criterion}`)}
          </span>
          {item.quote && <q className="text-slate-900">{item.quote}</q>}
          {item.note && <p className="mt-1 text-slate-600">{item.note}</p>}
        </li>
      ))}
    </ul>
  );
}
