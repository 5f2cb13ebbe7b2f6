import { type RegisterBody, registerBodySchema } from "@studio/protocol";
import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router";
import { login, register } from "../api/auth-api";
import { AuthCard } from "../components/auth-card";
import { buttonClass } from "../components/button-styles";
import { ErrorAlert } from "../components/error-alert";
import { FormField, inputClass } from "../components/form-field";
import { useMe } from "../hooks/use-me";
import { useSignedIn } from "../hooks/use-sign-in";
import { useZodFormErrors } from "../hooks/use-zod-form-errors";
import { errorMessage } from "../i18n/error-message";

type Field = keyof RegisterBody;

function readForm(form: HTMLFormElement) {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "").trim();
  // Sign-up asks only what an account needs; the optional profile lives on the account page.
  return { email: text("email"), password: String(data.get("password") ?? ""), name: text("name") };
}

export function SignupPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const signedIn = useSignedIn();
  const { errors, validate } = useZodFormErrors<RegisterBody, Field>(registerBodySchema, (field) =>
    t(`signup.errors.${field}`),
  );

  const mutation = useMutation({
    mutationFn: async (body: RegisterBody) => {
      await register(body);
      return login({ email: body.email, password: body.password });
    },
    onSuccess: (user) => signedIn(user),
  });

  if (me && !mutation.isPending && !mutation.isSuccess) return <Navigate to="/dashboard" replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = validate(readForm(event.currentTarget));
    if (body) mutation.mutate(body);
  };

  return (
    <AuthCard
      title={t("signup.title")}
      subtitle={t("signup.subtitle")}
      footer={
        <>
          {t("signup.haveAccount")}{" "}
          <Link to="/login" className="font-semibold text-brand-700 hover:underline">
            {t("nav.login")}
          </Link>
        </>
      }
    >
      <form noValidate onSubmit={onSubmit} className="space-y-4" data-testid="signup-form">
        {mutation.isError && <ErrorAlert>{errorMessage(t, mutation.error)}</ErrorAlert>}
        <FormField label={t("fields.email")} error={errors.email}>
          <input name="email" type="email" autoComplete="email" required className={inputClass} />
        </FormField>
        <FormField label={t("fields.password")} error={errors.password} hint={t("signup.passwordHint")}>
          <input
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            className={inputClass}
          />
        </FormField>
        <FormField label={t("fields.name")} error={errors.name}>
          <input name="name" type="text" autoComplete="name" required className={inputClass} />
        </FormField>
        <p className="text-xs text-slate-500">
          <Link to="/privacy" className="hover:underline">
            {t("account.privacyLink")}
          </Link>
        </p>
        <button
          type="submit"
          className={buttonClass("primary", "lg", "w-full")}
          disabled={mutation.isPending}
          data-testid="signup-submit"
        >
          {mutation.isPending ? t("signup.submitting") : t("signup.submit")}
        </button>
      </form>
    </AuthCard>
  );
}
