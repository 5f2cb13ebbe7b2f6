import { type LoginBody, loginBodySchema } from "@studio/protocol";
import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation } from "react-router";
import { login } from "../api/auth-api";
import { AuthCard } from "../components/auth-card";
import { buttonClass } from "../components/button-styles";
import { ErrorAlert } from "../components/error-alert";
import { FormField, inputClass } from "../components/form-field";
import { SocialLoginButtons } from "../components/social-login-buttons";
import { useMe } from "../hooks/use-me";
import { useSignedIn } from "../hooks/use-sign-in";
import { useZodFormErrors } from "../hooks/use-zod-form-errors";
import { errorMessage } from "../i18n/error-message";

function destinationFrom(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === "string" && from.startsWith("/") && !from.startsWith("//") ? from : "/dashboard";
}

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data: me } = useMe();
  const signedIn = useSignedIn();
  const destination = destinationFrom(location.state);
  const { errors, validate } = useZodFormErrors<LoginBody, keyof LoginBody>(loginBodySchema, (field) =>
    t(`login.errors.${field}`),
  );
  const mutation = useMutation({ mutationFn: login, onSuccess: (user) => signedIn(user, destination) });

  if (me && !mutation.isPending && !mutation.isSuccess) return <Navigate to={destination} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body = validate({
      email: String(data.get("email") ?? "").trim(),
      password: String(data.get("password") ?? ""),
    });
    if (body) mutation.mutate(body);
  };

  return (
    <AuthCard
      title={t("login.title")}
      subtitle={t("login.subtitle")}
      footer={
        <>
          {t("login.noAccount")}{" "}
          <Link to="/signup" className="font-semibold text-brand-700 hover:underline">
            {t("nav.signup")}
          </Link>
        </>
      }
    >
      <form noValidate onSubmit={onSubmit} className="space-y-4" data-testid="login-form">
        {mutation.isError && <ErrorAlert>{errorMessage(t, mutation.error)}</ErrorAlert>}
        <FormField label={t("fields.email")} error={errors.email}>
          <input name="email" type="email" autoComplete="email" required className={inputClass} />
        </FormField>
        <FormField label={t("fields.password")} error={errors.password}>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className={inputClass}
          />
        </FormField>
        <p className="text-right text-sm">
          <Link to="/forgot-password" className="text-brand-700 hover:underline" data-testid="forgot-link">
            {t("account.forgot.link")}
          </Link>
        </p>
        <button
          type="submit"
          className={buttonClass("primary", "lg", "w-full")}
          disabled={mutation.isPending}
          data-testid="login-submit"
        >
          {mutation.isPending ? t("login.submitting") : t("login.submit")}
        </button>
      </form>
      <SocialLoginButtons />
    </AuthCard>
  );
}
