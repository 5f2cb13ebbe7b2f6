import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function Logo() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="flex items-center gap-2 rounded-lg font-bold tracking-tight text-slate-900">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-8 shrink-0">
        <rect width="32" height="32" rx="8" fill="#4f46e5" />
        <path d="M9 11a3 3 0 0 1 3-3h8a3 3 0 0 1 3 3v6a3 3 0 0 1-3 3h-5l-4 4v-4a2 2 0 0 1-2-2z" fill="#fff" />
      </svg>
      <span className="text-base sm:text-lg">{t("app.name")}</span>
    </Link>
  );
}
