import type { ReactNode } from "react";

export function StatCard({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="card p-4 sm:p-5">
      <dt className="text-xs text-slate-500 sm:text-sm">{label}</dt>
      <dd className="mt-1 text-lg font-bold tabular-nums text-slate-900 sm:text-2xl">{value}</dd>
    </div>
  );
}
