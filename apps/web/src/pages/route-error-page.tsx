import { useTranslation } from "react-i18next";
import { buttonClass } from "../components/button-styles";

/** Shown when a route fails to render or its code chunk fails to load (for example after a redeploy). */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 px-6 text-center">
      <h1 className="text-2xl font-bold text-slate-900">{t("routeError.title")}</h1>
      <p className="text-slate-600">{t("routeError.body")}</p>
      <div className="flex gap-2">
        <button type="button" className={buttonClass("primary")} onClick={() => window.location.reload()}>
          {t("routeError.reload")}
        </button>
        <a href="/" className={buttonClass("secondary")}>
          {t("routeError.home")}
        </a>
      </div>
    </main>
  );
}
