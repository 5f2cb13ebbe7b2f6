import type { ReactNode } from "react";

interface FeatureCardProps {
  icon: ReactNode;
  title: string;
  body: string;
  badge?: string | undefined;
}

export function FeatureCard({ icon, title, body, badge }: FeatureCardProps) {
  return (
    <li className="card flex flex-col gap-3 p-5">
      <div className="flex items-center justify-between">
        <span
          aria-hidden="true"
          className="flex size-10 items-center justify-center rounded-xl bg-brand-50 text-brand-700"
        >
          {icon}
        </span>
        {badge && (
          <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600">
            {badge}
          </span>
        )}
      </div>
      <h3 className="font-semibold text-slate-900">{title}</h3>
      <p className="text-sm leading-6 text-slate-600">{body}</p>
    </li>
  );
}
