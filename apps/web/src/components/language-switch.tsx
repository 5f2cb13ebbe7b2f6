import { useTranslation } from "react-i18next";
import { currentUiLanguage, UI_LANGUAGES } from "../i18n";

const LABELS = { ko: "한국어", en: "English" } as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentUiLanguage();
  return (
    <fieldset
      data-testid="language-switch"
      className="flex rounded-lg border border-slate-200 bg-slate-100 p-0.5 text-xs font-medium"
    >
      <legend className="sr-only">{t("nav.language")}</legend>
      {UI_LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          data-lang={lang}
          aria-pressed={active === lang}
          onClick={() => void i18n.changeLanguage(lang)}
          className={`rounded-md px-2.5 py-1 transition-colors ${
            active === lang ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"
          }`}
        >
          {LABELS[lang]}
        </button>
      ))}
    </fieldset>
  );
}
