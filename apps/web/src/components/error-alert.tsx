import type { ReactNode } from "react";

interface ErrorAlertProps {
  children: ReactNode;
  action?: ReactNode;
}

export function ErrorAlert({ children, action }: ErrorAlertProps) {
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-800"
    >
      <span>{children}</span>
      {action}
    </div>
  );
}
