import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { deleteAccount, logoutEverywhere } from "../../api/account-api";
import { queryKeys } from "../../api/query-keys";
import { listSessions } from "../../api/sessions-api";
import { errorMessage } from "../../i18n/error-message";
import { deleteSessionRecordings } from "../../recording/recording-db";
import { buttonClass } from "../button-styles";
import { ErrorAlert } from "../error-alert";
import { FormField, inputClass } from "../form-field";

/** Ends every login, or deletes the account with everything of it after the password is re-entered. */
export function DangerZone() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signedOut = async () => {
    await navigate("/", { flushSync: true });
    queryClient.clear();
    queryClient.setQueryData(queryKeys.me, null);
  };
  const logoutAll = useMutation({ mutationFn: logoutEverywhere, onSuccess: signedOut });
  const remove = useMutation({ mutationFn: deleteAccountAndRecordings, onSuccess: signedOut });
  const onDelete = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    remove.mutate(String(new FormData(event.currentTarget).get("password") ?? ""));
  };
  return (
    <div className="space-y-6">
      <section className="card space-y-3 p-5 sm:p-6">
        <h2 className="font-semibold text-slate-900">{t("account.sessions.title")}</h2>
        <button
          type="button"
          className={buttonClass("secondary", "md")}
          onClick={() => logoutAll.mutate()}
          disabled={logoutAll.isPending}
          data-testid="logout-all"
        >
          {t("account.sessions.logoutAll")}
        </button>
      </section>
      <section className="card space-y-3 border-rose-200 p-5 sm:p-6">
        <h2 className="font-semibold text-rose-700">{t("account.delete.title")}</h2>
        <p className="text-sm text-slate-600">{t("account.delete.body")}</p>
        <form onSubmit={onDelete} className="space-y-3" data-testid="delete-account-form">
          {remove.isError && <ErrorAlert>{errorMessage(t, remove.error)}</ErrorAlert>}
          <FormField label={t("account.delete.password")}>
            <input name="password" type="password" autoComplete="current-password" className={inputClass} />
          </FormField>
          <button
            type="submit"
            className={buttonClass("primary", "md", "bg-rose-600 hover:bg-rose-700")}
            disabled={remove.isPending}
          >
            {t("account.delete.submit")}
          </button>
        </form>
      </section>
    </div>
  );
}

/** The account goes with everything of it, this browser's recordings of its interviews too. */
async function deleteAccountAndRecordings(password: string): Promise<void> {
  const sessions = await listSessions().catch(() => []);
  await deleteAccount(password);
  for (const session of sessions) await deleteSessionRecordings(session.id).catch(() => undefined);
}
