import type { ReactNode } from "react";

interface ReportSectionProps {
  title: string;
  children: ReactNode;
  testId?: string;
  className?: string;
  aside?: ReactNode;
}

export function ReportSection({ title, children, testId, className = "", aside }: ReportSectionProps) {
  return (
    <section data-testid={testId} className={`card print-avoid-break min-w-0 p-5 sm:p-6 ${className}`}>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-bold text-slate-900">{title}</h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
