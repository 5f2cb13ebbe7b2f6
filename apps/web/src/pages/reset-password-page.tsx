import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { confirmPasswordReset } from "../api/account-api";
import { AuthCard } from "../components/auth-card";
import { buttonClass } from "../components/button-styles";
import { ErrorAlert } from "../components/error-alert";
import { FormField, inputClass } from "../components/form-field";
import { errorMessage } from "../i18n/error-message";

/** The mailed link `/reset-password?token=...`. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const mutation = useMutation({ mutationFn: (password: string) => confirmPasswordReset(token, password) });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.mutate(String(new FormData(event.currentTarget).get("password") ?? ""));
  };
  return (
    <AuthCard
      title={t("account.reset.title")}
      subtitle={t("account.reset.subtitle")}
      footer={
        <Link to="/login" className="font-semibold text-brand-700 hover:underline">
          {t("nav.login")}
        </Link>
      }
    >
      {mutation.isSuccess ? (
        <p data-testid="reset-done" className="font-semibold text-emerald-700">
          {t("account.reset.done")}
        </p>
      ) : (
        <form noValidate onSubmit={onSubmit} className="space-y-4" data-testid="reset-form">
          {mutation.isError && <ErrorAlert>{errorMessage(t, mutation.error)}</ErrorAlert>}
          <FormField label={t("account.reset.newPassword")} hint={t("signup.passwordHint")}>
            <input
              name="password"
              type="password"
              autoComplete="new-password"
              minLength={8}
              className={inputClass}
            />
          </FormField>
          <button
            type="submit"
            className={buttonClass("primary", "lg", "w-full")}
            disabled={mutation.isPending}
          >
            {t("account.reset.submit")}
          </button>
        </form>
      )}
    </AuthCard>
  );
}
