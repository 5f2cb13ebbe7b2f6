import type { ProblemLimits as Limits } from "@studio/protocol";
import { useTranslation } from "react-i18next";

function formatSeconds(ms: number): string {
  return Number.isInteger(ms / 1000) ? String(ms / 1000) : (ms / 1000).toFixed(1);
}

export function ProblemLimits({ limits }: { limits: Limits }) {
  const { t } = useTranslation();
  const items = [
    {
      key: "time",
      label: t("coding.limits.time"),
      value: t("coding.limits.seconds", { value: formatSeconds(limits.timeMs) }),
    },
    { key: "memory", label: t("coding.limits.memory"), value: `${limits.memoryMb} MB` },
    {
      key: "output",
      label: t("coding.limits.output"),
      value: limits.outputKb >= 1024 ? `${limits.outputKb / 1024} MB` : `${limits.outputKb} KB`,
    },
  ];
  return (
    <div className="space-y-1.5">
      <dl className="flex flex-wrap gap-2 text-sm">
        {items.map((item) => (
          <div key={item.key} className="flex gap-1.5 rounded-lg bg-slate-100 px-2.5 py-1">
            <dt className="text-slate-500">{item.label}</dt>
            <dd className="font-semibold tabular-nums text-slate-800">{item.value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-slate-500">{t("coding.limits.timeNote")}</p>
    </div>
  );
}
