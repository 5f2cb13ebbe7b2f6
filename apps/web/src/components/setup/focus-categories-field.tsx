import { CATEGORY_ORDER, type Category } from "@studio/protocol";
import { useTranslation } from "react-i18next";

interface FocusCategoriesFieldProps {
  value: Category[];
  onChange: (categories: Category[]) => void;
}

/**
 * Focus categories, any number of them: the interview becomes a practice set of main questions drawn
 * in turn from the chosen ones. None chosen is a full interview.
 */
export function FocusCategoriesField({ value, onChange }: FocusCategoriesFieldProps) {
  const { t } = useTranslation();
  const toggle = (category: Category) =>
    onChange(
      value.includes(category)
        ? value.filter((c) => c !== category)
        : CATEGORY_ORDER.filter((c) => c === category || value.includes(c)),
    );
  return (
    <fieldset data-testid="setup-focus">
      <legend className="mb-1 text-sm font-medium text-slate-800">{t("setup.focus")}</legend>
      <p className="mb-2 text-xs text-slate-500">{t("setup.focusHint")}</p>
      <div className="flex flex-wrap gap-2">
        {CATEGORY_ORDER.map((category) => {
          const checked = value.includes(category);
          return (
            <label
              key={category}
              className={`cursor-pointer rounded-full px-3 py-1.5 text-sm ring-1 has-focus-visible:outline-2 has-focus-visible:outline-brand-600 ${
                checked ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300"
              }`}
            >
              <input
                type="checkbox"
                className="sr-only"
                checked={checked}
                onChange={() => toggle(category)}
                data-testid={`focus-${category}`}
              />
              {t(`categories.${category}`)}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
