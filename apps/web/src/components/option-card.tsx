import type { ReactNode } from "react";

interface OptionCardProps {
  name: string;
  value: string;
  checked: boolean;
  onChange: (value: string) => void;
  title: ReactNode;
  description?: ReactNode;
  testId?: string;
}

/** A radio input styled as a selectable card; the whole card is the label. */
export function OptionCard({ name, value, checked, onChange, title, description, testId }: OptionCardProps) {
  return (
    <label
      className={`relative flex cursor-pointer flex-col gap-1 rounded-xl border p-4 transition-colors ${
        checked
          ? "border-brand-600 bg-brand-50 ring-1 ring-brand-600"
          : "border-slate-200 bg-white hover:border-slate-300"
      }`}
    >
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={() => onChange(value)}
        className="absolute top-4 right-4 size-4 accent-brand-600"
        data-testid={testId}
      />
      <span className="pr-6 font-semibold text-slate-900">{title}</span>
      {description && <span className="text-xs leading-5 text-slate-600">{description}</span>}
    </label>
  );
}
