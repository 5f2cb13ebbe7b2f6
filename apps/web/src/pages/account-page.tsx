import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EXPORT_URL } from "../api/account-api";
import { DangerZone } from "../components/account/danger-zone";
import { PasswordForm } from "../components/account/password-form";
import { ProfileForm } from "../components/account/profile-form";
import { SubmissionList } from "../components/account/submission-list";
import { buttonClass } from "../components/button-styles";
import { PageHeader } from "../components/page-header";
import { DeviceRecordings } from "../components/recording/device-recordings";
import { useMe } from "../hooks/use-me";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card space-y-4 p-5 sm:p-6">
      <h2 className="font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <div className="mx-auto max-w-3xl space-y-6" data-testid="account-page">
      <PageHeader title={t("account.page.title")} description={t("account.page.subtitle")} />
      <Section title={t("account.status.title")}>
        <p className="text-sm text-slate-700">
          {me.name} · {me.email} ·{" "}
          <span
            data-testid="email-status"
            className={me.emailVerified ? "text-emerald-700" : "text-amber-700"}
          >
            {me.emailVerified ? t("account.status.verified") : t("account.status.unverified")}
          </span>
          {me.isAdmin && <> · {t("account.status.admin")}</>}
        </p>
      </Section>
      <Section title={t("account.profile.title")}>
        <ProfileForm />
      </Section>
      <Section title={t("account.password.title")}>
        <PasswordForm />
      </Section>
      <Section title={t("account.data.title")}>
        <a href={EXPORT_URL} download className={buttonClass("secondary", "md")} data-testid="export-link">
          {t("account.data.export")}
        </a>
        <h3 className="pt-2 text-sm font-semibold text-slate-800">{t("account.data.submissions")}</h3>
        <SubmissionList />
        <Link to="/privacy" className="text-sm text-brand-700 hover:underline">
          {t("account.privacyLink")}
        </Link>
      </Section>
      <DeviceRecordings />
      <DangerZone />
    </div>
  );
}
