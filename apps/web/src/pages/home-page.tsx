import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { buttonClass } from "../components/button-styles";
import { FeatureCard } from "../components/feature-card";
import { HeroPreview } from "../components/hero-preview";
import {
  BoardIcon,
  CodeIcon,
  FollowUpIcon,
  LockIcon,
  MicIcon,
  ReportIcon,
  RoleIcon,
  ScoreIcon,
  TimerIcon,
} from "../components/icons";
import { useMe } from "../hooks/use-me";

const FEATURES = [
  { key: "roles", icon: <RoleIcon /> },
  { key: "followUps", icon: <FollowUpIcon /> },
  { key: "scoring", icon: <ScoreIcon /> },
  { key: "report", icon: <ReportIcon /> },
  { key: "practice", icon: <TimerIcon /> },
  { key: "private", icon: <LockIcon /> },
  { key: "coding", icon: <CodeIcon /> },
  { key: "voice", icon: <MicIcon /> },
  { key: "resume", icon: <ReportIcon /> },
] as const;

const COMING = [{ key: "whiteboard", icon: <BoardIcon /> }] as const;

const STEPS = ["choose", "answer", "review"] as const;

export function HomePage() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const startTo = user ? "/interview/new" : "/signup";

  return (
    <div className="space-y-20 sm:space-y-24">
      <section className="grid items-center gap-10 pt-2 lg:grid-cols-[1.1fr_1fr] lg:gap-16">
        <div className="space-y-6">
          <p className="inline-flex rounded-full bg-brand-50 px-3 py-1 text-sm font-semibold text-brand-700">
            {t("home.eyebrow")}
          </p>
          <h1 className="text-4xl font-extrabold leading-tight tracking-tight text-slate-950 sm:text-5xl">
            {t("home.title")}
          </h1>
          <p className="max-w-xl text-lg leading-8 text-slate-600">{t("home.subtitle")}</p>
          <div className="flex flex-wrap gap-3">
            <Link to={startTo} className={buttonClass("primary", "lg")} data-testid="start-interview-cta">
              {t("home.cta")}
              <span aria-hidden="true">→</span>
            </Link>
            {user ? (
              <Link to="/dashboard" className={buttonClass("secondary", "lg")}>
                {t("nav.dashboard")}
              </Link>
            ) : (
              <Link to="/login" className={buttonClass("secondary", "lg")}>
                {t("nav.login")}
              </Link>
            )}
          </div>
          <p className="text-sm text-slate-500">{t("home.note")}</p>
        </div>
        <HeroPreview />
      </section>

      <section aria-labelledby="features-title" className="space-y-8">
        <div className="max-w-2xl space-y-2">
          <h2 id="features-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
            {t("home.features.title")}
          </h2>
          <p className="text-slate-600">{t("home.features.subtitle")}</p>
        </div>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {FEATURES.map((f) => (
            <FeatureCard
              key={f.key}
              icon={f.icon}
              title={t(`home.features.${f.key}.title`)}
              body={t(`home.features.${f.key}.body`)}
            />
          ))}
        </ul>
      </section>

      <section aria-labelledby="steps-title" className="card p-6 sm:p-10">
        <h2 id="steps-title" className="mb-8 text-2xl font-bold tracking-tight text-slate-900">
          {t("home.steps.title")}
        </h2>
        <ol className="grid gap-8 md:grid-cols-3">
          {STEPS.map((step, i) => (
            <li key={step} className="space-y-2">
              <span className="flex size-8 items-center justify-center rounded-full bg-brand-600 text-sm font-bold text-white">
                {i + 1}
              </span>
              <h3 className="font-semibold text-slate-900">{t(`home.steps.${step}.title`)}</h3>
              <p className="text-sm leading-6 text-slate-600">{t(`home.steps.${step}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="coming-title" className="space-y-6">
        <h2 id="coming-title" className="text-xl font-bold tracking-tight text-slate-900">
          {t("home.coming.title")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {COMING.map((f) => (
            <FeatureCard
              key={f.key}
              icon={f.icon}
              title={t(`home.coming.${f.key}.title`)}
              body={t(`home.coming.${f.key}.body`)}
              badge={t("home.coming.badge")}
            />
          ))}
        </ul>
      </section>

      <section className="rounded-3xl bg-slate-900 px-6 py-12 text-center text-white sm:px-12">
        <h2 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("home.final.title")}</h2>
        <p className="mx-auto mt-3 max-w-xl text-slate-300">{t("home.final.body")}</p>
        <Link to={startTo} className={buttonClass("inverse", "lg", "mt-8")}>
          {t("home.cta")}
        </Link>
      </section>
    </div>
  );
}
