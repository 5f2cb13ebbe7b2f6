import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { changePassword } from "../../api/account-api";
import { errorMessage } from "../../i18n/error-message";
import { buttonClass } from "../button-styles";
import { ErrorAlert } from "../error-alert";
import { FormField, inputClass } from "../form-field";

export function PasswordForm() {
  const { t } = useTranslation();
  const mutation = useMutation({
    mutationFn: ({ current, next }: { current: string; next: string }) => changePassword(current, next),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    mutation.mutate({ current: String(data.get("current") ?? ""), next: String(data.get("next") ?? "") });
  };
  return (
    <form onSubmit={onSubmit} className="space-y-4" data-testid="password-form">
      {mutation.isError && <ErrorAlert>{errorMessage(t, mutation.error)}</ErrorAlert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("account.password.current")}>
          <input name="current" type="password" autoComplete="current-password" className={inputClass} />
        </FormField>
        <FormField label={t("account.password.new")} hint={t("signup.passwordHint")}>
          <input
            name="next"
            type="password"
            autoComplete="new-password"
            minLength={8}
            className={inputClass}
          />
        </FormField>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass("secondary", "md")} disabled={mutation.isPending}>
          {t("account.password.submit")}
        </button>
        {mutation.isSuccess && <span className="text-sm text-emerald-700">{t("account.password.done")}</span>}
      </div>
    </form>
  );
}
