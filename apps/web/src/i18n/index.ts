import i18n from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import ko from "./ko.json";

export const UI_LANGUAGES = ["ko", "en"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = "studio.language";

export function currentUiLanguage(): UiLanguage {
  return i18n.resolvedLanguage === "en" ? "en" : "ko";
}

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { ko: { translation: ko }, en: { translation: en } },
    supportedLngs: UI_LANGUAGES,
    nonExplicitSupportedLngs: true,
    load: "languageOnly",
    fallbackLng: "ko",
    interpolation: { escapeValue: false },
    detection: {
      order: ["localStorage", "navigator", "htmlTag"],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ["localStorage"],
    },
    returnNull: false,
  });

const syncHtmlLang = () => {
  document.documentElement.lang = currentUiLanguage();
  document.title = i18n.t("app.name");
};
syncHtmlLang();
i18n.on("languageChanged", syncHtmlLang);

export default i18n;
