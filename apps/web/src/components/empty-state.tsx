import type { ReactNode } from "react";

export function EmptyState({ title, body, action }: { title: string; body: string; action?: ReactNode }) {
  return (
    <div className="flex flex-col items-center gap-3 px-6 py-14 text-center">
      <span
        aria-hidden="true"
        className="flex size-12 items-center justify-center rounded-2xl bg-brand-50 text-2xl"
      >
        💬
      </span>
      <h3 className="font-semibold text-slate-900">{title}</h3>
      <p className="max-w-sm text-sm text-slate-600">{body}</p>
      {action}
    </div>
  );
}
