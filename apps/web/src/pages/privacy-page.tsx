import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/page-header";

export function PrivacyPage() {
  const { t } = useTranslation();
  const items = t("privacy.items", { returnObjects: true }) as string[];
  return (
    <div className="mx-auto max-w-3xl space-y-6" data-testid="privacy-page">
      <PageHeader title={t("privacy.title")} description={t("privacy.intro")} />
      <ul className="card list-disc space-y-3 p-6 pl-10 text-sm leading-6 text-slate-700">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="text-sm text-slate-700">{t("privacy.control")}</p>
    </div>
  );
}
