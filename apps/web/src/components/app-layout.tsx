import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router";
import { NavBar } from "./nav-bar";
import { VerifyBanner } from "./verify-banner";

export function AppLayout() {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:shadow"
      >
        {t("nav.skipToContent")}
      </a>
      <NavBar />
      <VerifyBanner />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-10 print:p-0"
      >
        <Outlet />
      </main>
      <footer className="border-t border-slate-200 py-6 text-center text-xs text-slate-500 print:hidden">
        {t("app.footer")} ·{" "}
        <Link to="/privacy" className="hover:underline">
          {t("account.privacyLink")}
        </Link>
      </footer>
    </div>
  );
}
