import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { requestPasswordReset } from "../api/account-api";
import { AuthCard } from "../components/auth-card";
import { buttonClass } from "../components/button-styles";
import { ErrorAlert } from "../components/error-alert";
import { FormField, inputClass } from "../components/form-field";
import { errorMessage } from "../i18n/error-message";

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const mutation = useMutation({ mutationFn: requestPasswordReset });
  // An empty submit says what is missing instead of doing nothing.
  const [emailMissing, setEmailMissing] = useState(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    setEmailMissing(!email);
    if (email) mutation.mutate(email);
  };
  return (
    <AuthCard
      title={t("account.forgot.title")}
      subtitle={t("account.forgot.subtitle")}
      footer={
        <Link to="/login" className="font-semibold text-brand-700 hover:underline">
          {t("nav.login")}
        </Link>
      }
    >
      {mutation.isSuccess ? (
        <p data-testid="forgot-sent" className="text-sm text-slate-700">
          {t("account.forgot.sent")}
        </p>
      ) : (
        <form noValidate onSubmit={onSubmit} className="space-y-4" data-testid="forgot-form">
          {emailMissing && <ErrorAlert>{t("login.errors.email")}</ErrorAlert>}
          {mutation.isError && <ErrorAlert>{errorMessage(t, mutation.error)}</ErrorAlert>}
          <FormField label={t("fields.email")}>
            <input name="email" type="email" autoComplete="email" required className={inputClass} />
          </FormField>
          <button
            type="submit"
            className={buttonClass("primary", "lg", "w-full")}
            disabled={mutation.isPending}
          >
            {t("account.forgot.submit")}
          </button>
        </form>
      )}
    </AuthCard>
  );
}
