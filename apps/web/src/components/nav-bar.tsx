import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, useLocation } from "react-router";
import { useLogout } from "../hooks/use-logout";
import { useMe } from "../hooks/use-me";
import { buttonClass } from "./button-styles";
import { LanguageSwitch } from "./language-switch";
import { Logo } from "./logo";

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-lg px-3 py-2 text-sm font-medium transition-colors ${
    isActive ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"
  }`;

export function NavBar() {
  const { t } = useTranslation();
  const { data: user, isPending } = useMe();
  const logout = useLogout();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  const [menuPath, setMenuPath] = useState(location.pathname);
  if (menuPath !== location.pathname) {
    setMenuPath(location.pathname);
    setMenuOpen(false);
  }

  const links = user ? (
    <>
      <NavLink to="/dashboard" className={navLinkClass}>
        {t("nav.dashboard")}
      </NavLink>
      <NavLink to="/history" className={navLinkClass}>
        {t("nav.history")}
      </NavLink>
      <NavLink to="/coding" className={navLinkClass} data-testid="nav-coding">
        {t("nav.coding")}
      </NavLink>
      <NavLink to="/whiteboard" className={navLinkClass} data-testid="nav-whiteboard">
        {t("nav.whiteboard")}
      </NavLink>
      <NavLink to="/panel/new" className={navLinkClass} data-testid="nav-panel">
        {t("panel.nav")}
      </NavLink>
      <NavLink to="/account" className={navLinkClass} data-testid="nav-account">
        {t("nav.account")}
      </NavLink>
    </>
  ) : null;

  const account = isPending ? null : user ? (
    <div className="flex items-center gap-2">
      <span className="max-w-40 truncate text-sm text-slate-700" data-testid="nav-user-name">
        {t("nav.greeting", { name: user.name })}
      </span>
      <button
        type="button"
        className={buttonClass("ghost", "sm")}
        onClick={() => logout.mutate()}
        disabled={logout.isPending}
      >
        {t("nav.logout")}
      </button>
    </div>
  ) : (
    <div className="flex items-center gap-2">
      <Link to="/login" className={buttonClass("ghost", "sm")}>
        {t("nav.login")}
      </Link>
      <Link to="/signup" className={buttonClass("primary", "sm")}>
        {t("nav.signup")}
      </Link>
    </div>
  );

  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur print:hidden">
      <nav aria-label={t("nav.main")} className="mx-auto flex h-16 max-w-6xl items-center gap-4 px-4 sm:px-6">
        <Logo />
        <div className="hidden items-center gap-1 md:flex">{links}</div>
        <div className="ml-auto hidden items-center gap-3 md:flex">
          <LanguageSwitch />
          {account}
        </div>
        <button
          type="button"
          className={buttonClass("ghost", "sm", "ml-auto md:hidden")}
          aria-expanded={menuOpen}
          aria-controls="mobile-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor">
            <path
              strokeWidth="2"
              strokeLinecap="round"
              d={menuOpen ? "M6 6l12 12M18 6L6 18" : "M4 7h16M4 12h16M4 17h16"}
            />
          </svg>
          <span className="sr-only">{t("nav.menu")}</span>
        </button>
      </nav>
      {menuOpen && (
        <div id="mobile-menu" className="space-y-3 border-t border-slate-200 px-4 py-3 md:hidden">
          {links && <div className="flex flex-col gap-1">{links}</div>}
          <div className="flex flex-wrap items-center justify-between gap-3">
            <LanguageSwitch />
            {account}
          </div>
        </div>
      )}
    </header>
  );
}
