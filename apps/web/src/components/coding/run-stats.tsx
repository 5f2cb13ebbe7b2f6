import type { ExecuteResult } from "@studio/protocol";
import { useTranslation } from "react-i18next";

/** Exit code, CPU time and peak memory of one run. */
export function RunStats({ result }: { result: ExecuteResult }) {
  const { t } = useTranslation();
  const items = [
    { key: "exit", label: t("coding.exitCode"), value: result.exitCode ?? (result.signal || "—") },
    { key: "time", label: t("coding.time"), value: `${result.timeMs} ms` },
    { key: "memory", label: t("coding.memory"), value: `${result.memoryKb.toLocaleString()} KB` },
  ];
  return (
    <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-500">
      {items.map((item) => (
        <div key={item.key} className="flex gap-1">
          <dt>{item.label}</dt>
          <dd className="font-semibold tabular-nums text-slate-700">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
