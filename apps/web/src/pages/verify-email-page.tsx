import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { verifyEmail } from "../api/account-api";
import { queryKeys } from "../api/query-keys";
import { AuthCard } from "../components/auth-card";
import { buttonClass } from "../components/button-styles";
import { ErrorAlert } from "../components/error-alert";
import { Spinner } from "../components/spinner";

/** The mailed link `/verify-email?token=...`: confirms the email, signed in or not. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: verifyEmail,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.me }),
  });
  const { mutate } = mutation;
  // React's development double effect would use the single-use token twice: only the first call sends it.
  useEffect(() => {
    if (token) mutate(token);
  }, [token, mutate]);

  return (
    <AuthCard title={t("account.verify.title")} subtitle="" footer={null}>
      <div data-testid="verify-result" className="space-y-4">
        {mutation.isPending && <Spinner label={t("account.verify.working")} />}
        {mutation.isSuccess && <p className="font-semibold text-emerald-700">{t("account.verify.done")}</p>}
        {(mutation.isError || !token) && <ErrorAlert>{t("account.verify.failed")}</ErrorAlert>}
        <Link to="/dashboard" className={buttonClass("primary", "md")}>
          {t("account.verify.continue")}
        </Link>
      </div>
    </AuthCard>
  );
}
