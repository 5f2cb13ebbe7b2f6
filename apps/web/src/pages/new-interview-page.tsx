import { questionsForMinutes } from "@studio/interview/setup-timing";
import {
  type Category,
  type CreateSessionBody,
  createSessionBodySchema,
  type Language,
  type Mode,
  modeSchema,
  type Role,
  roleSchema,
  systemDesignByDefault,
} from "@studio/protocol";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { createPosting } from "../api/postings-api";
import { queryKeys } from "../api/query-keys";
import { createSession } from "../api/sessions-api";
import { buttonClass } from "../components/button-styles";
import { ErrorAlert } from "../components/error-alert";
import { FormField, inputClass } from "../components/form-field";
import { OptionCard } from "../components/option-card";
import { PageHeader } from "../components/page-header";
import { ResumeUpload } from "../components/resume/resume-upload";
import { FocusCategoriesField } from "../components/setup/focus-categories-field";
import {
  DEFAULT_SETUP,
  InterviewSetupFields,
  type InterviewSetupValue,
} from "../components/setup/interview-setup-fields";
import { LengthField } from "../components/setup/length-field";
import { SystemDesignFields } from "../components/setup/system-design-fields";
import { ToggleSwitch } from "../components/toggle-switch";
import { useZodFormErrors } from "../hooks/use-zod-form-errors";
import { currentUiLanguage } from "../i18n";
import { errorMessage } from "../i18n/error-message";

const TIME_LIMITS = [30, 60, 90, 120, 180, 300, 600] as const;
type Field = keyof CreateSessionBody;

export function NewInterviewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role>("general");
  const [language, setLanguage] = useState<Language>(currentUiLanguage());
  const [questionCount, setQuestionCount] = useState("9");
  const [mode, setMode] = useState<Mode>("text");
  const [practice, setPractice] = useState(false);
  const [timeLimit, setTimeLimit] = useState(120);
  // The length as minutes (the questions are planned from them), or null for a number of questions.
  const [lengthMinutes, setLengthMinutes] = useState<number | null>(null);
  const [focusCategories, setFocusCategories] = useState<Category[]>([]);
  // The resume step is optional: questions about the candidate's own work replace some bank questions.
  const [resumeId, setResumeId] = useState<string | null>(null);
  const [setup, setSetup] = useState<InterviewSetupValue>(DEFAULT_SETUP);
  // Follows the role (on for backend and data) until the candidate flips it.
  const [systemDesignChoice, setSystemDesign] = useState<boolean | null>(null);
  const [designMinutes, setDesignMinutes] = useState(30);
  const systemDesign = systemDesignChoice ?? systemDesignByDefault(role, setup.format);
  // A timed interview shows the number of questions its minutes plan (the server plans the same).
  const plannedCount = lengthMinutes ? questionsForMinutes(lengthMinutes, timeLimit, setup.difficulty) : null;
  const { errors, validate } = useZodFormErrors<CreateSessionBody, Field>(createSessionBodySchema, (field) =>
    t(`newInterview.errors.${field}`, { defaultValue: t("errors.invalidInput") }),
  );

  const mutation = useMutation({
    // A pasted posting is read first; the session then weighs its requirements.
    mutationFn: async (body: CreateSessionBody) => {
      const text = setup.postingText.trim();
      const postingId = text ? (await createPosting(text)).id : undefined;
      return createSession({ ...body, ...(postingId ? { postingId } : {}) });
    },
    onSuccess: (session, body) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.sessions });
      // Voice and video interviews happen in the room; the text page stays the text interview.
      void navigate(body.mode === "text" ? `/interview/${session.id}` : `/interview/${session.id}/room`);
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = validate({
      role,
      language,
      mode,
      questionCount: Number(questionCount),
      // Answering the same question again is a text-interview feature.
      practice: mode === "text" && practice,
      answerTimeLimitSec: timeLimit,
      ...(lengthMinutes ? { lengthMinutes } : {}),
      ...(focusCategories.length > 0 && setup.format === "standard" && !setup.questionPack
        ? { focusCategories }
        : {}),
      ...(resumeId ? { resumeId } : {}),
      difficulty: setup.difficulty,
      style: setup.style,
      format: setup.format,
      ...(setup.questionPack && setup.format === "standard" ? { questionPack: setup.questionPack } : {}),
      systemDesign,
      systemDesignMinutes: designMinutes,
    });
    if (body) mutation.mutate(body);
  };

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("newInterview.title")} description={t("newInterview.subtitle")} />
      <div className="mb-6">
        <ResumeUpload selectedId={resumeId} onReady={setResumeId} />
      </div>
      <form noValidate onSubmit={onSubmit} className="space-y-6" data-testid="new-interview-form">
        <section className="card space-y-5 p-5 sm:p-6">
          <InterviewSetupFields value={setup} onChange={setSetup} />
          {setup.format === "standard" && !setup.questionPack && (
            <FocusCategoriesField value={focusCategories} onChange={setFocusCategories} />
          )}
        </section>
        <section className="card p-5 sm:p-6">
          <h2 id="role-heading" className="mb-4 font-semibold text-slate-900">
            {t("newInterview.role")}
          </h2>
          <div
            role="radiogroup"
            aria-labelledby="role-heading"
            className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
          >
            {roleSchema.options.map((r) => (
              <OptionCard
                key={r}
                name="role"
                value={r}
                checked={role === r}
                onChange={(v) => setRole(v as Role)}
                title={t(`roles.${r}`)}
                description={t(`roleDescriptions.${r}`)}
                testId={`role-${r}`}
              />
            ))}
          </div>
        </section>

        <SystemDesignFields
          enabled={systemDesign}
          minutes={designMinutes}
          onEnabled={setSystemDesign}
          onMinutes={setDesignMinutes}
        />

        <section className="card p-5 sm:p-6">
          <h2 id="mode-heading" className="mb-4 font-semibold text-slate-900">
            {t("newInterview.mode")}
          </h2>
          <div role="radiogroup" aria-labelledby="mode-heading" className="grid gap-3 sm:grid-cols-3">
            {modeSchema.options.map((m) => (
              <OptionCard
                key={m}
                name="mode"
                value={m}
                checked={mode === m}
                onChange={(v) => setMode(v as Mode)}
                title={t(`newInterview.modes.${m}.title`)}
                description={t(`newInterview.modes.${m}.description`)}
                testId={`mode-${m}`}
              />
            ))}
          </div>
        </section>

        <div className="card grid gap-6 p-5 sm:grid-cols-2 sm:p-6">
          <fieldset>
            <legend className="mb-3 text-sm font-medium text-slate-800">{t("newInterview.language")}</legend>
            <div className="grid grid-cols-2 gap-2">
              {(["ko", "en"] as const).map((lang) => (
                <OptionCard
                  key={lang}
                  name="language"
                  value={lang}
                  checked={language === lang}
                  onChange={(v) => setLanguage(v as Language)}
                  title={t(`languages.${lang}`)}
                  testId={`language-${lang}`}
                />
              ))}
            </div>
          </fieldset>

          {/* A one-minute self-introduction is one question timed at 60 s: nothing to set here. */}
          <div className={setup.format === "intro_1min" ? "hidden" : "grid grid-cols-2 gap-4"}>
            <div className="col-span-2">
              <LengthField
                minutes={lengthMinutes}
                answerTimeLimitSec={timeLimit}
                difficulty={setup.difficulty}
                onChange={setLengthMinutes}
              />
            </div>
            <FormField
              label={t("newInterview.questionCount")}
              error={errors.questionCount}
              hint={t("newInterview.questionCountHint")}
            >
              <input
                type="number"
                min={1}
                max={20}
                step={1}
                inputMode="numeric"
                value={plannedCount ?? questionCount}
                disabled={plannedCount !== null}
                onChange={(e) => setQuestionCount(e.target.value)}
                className={inputClass}
                data-testid="question-count"
              />
            </FormField>
            <FormField label={t("newInterview.timeLimit")} error={errors.answerTimeLimitSec}>
              <select
                value={timeLimit}
                onChange={(e) => setTimeLimit(Number(e.target.value))}
                className={inputClass}
                data-testid="time-limit"
              >
                {TIME_LIMITS.map((sec) => (
                  <option key={sec} value={sec}>
                    {sec < 60 || sec % 60 !== 0
                      ? t("newInterview.seconds", { count: sec })
                      : t("newInterview.minutes", { count: sec / 60 })}
                  </option>
                ))}
              </select>
            </FormField>
          </div>

          {mode === "text" && (
            <div className="flex items-start justify-between gap-4 border-t border-slate-100 pt-5 sm:col-span-2">
              <div>
                <p id="practice-label" className="text-sm font-medium text-slate-800">
                  {t("newInterview.practice")}
                </p>
                <p id="practice-hint" className="mt-1 text-xs leading-5 text-slate-600">
                  {t("newInterview.practiceHint")}
                </p>
              </div>
              <ToggleSwitch
                id="practice"
                checked={practice}
                onChange={setPractice}
                labelledBy="practice-label"
                describedBy="practice-hint"
                testId="practice-mode"
              />
            </div>
          )}
        </div>

        {mutation.isError && <ErrorAlert>{errorMessage(t, mutation.error)}</ErrorAlert>}

        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-600">
            {mode === "text" ? t("newInterview.prepNote") : t("newInterview.voiceNote")}
          </p>
          <button
            type="submit"
            className={buttonClass("primary", "lg")}
            disabled={mutation.isPending}
            data-testid="start-interview"
          >
            {mutation.isPending ? t("newInterview.starting") : t("newInterview.start")}
          </button>
        </div>
      </form>
    </div>
  );
}
