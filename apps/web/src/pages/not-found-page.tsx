import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { buttonClass } from "../components/button-styles";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div
      className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center"
      data-testid="not-found"
    >
      <p className="text-6xl font-black text-brand-600">404</p>
      <h1 className="text-2xl font-bold text-slate-900">{t("notFound.title")}</h1>
      <p className="text-slate-600">{t("notFound.body")}</p>
      <Link to="/" className={buttonClass("primary", "md")}>
        {t("notFound.home")}
      </Link>
    </div>
  );
}
