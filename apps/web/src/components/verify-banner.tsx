import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { resendVerification } from "../api/account-api";
import { useMe } from "../hooks/use-me";

/** Shown to a signed-in user until their email is confirmed (admin rights need it). */
export function VerifyBanner() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const resend = useMutation({ mutationFn: resendVerification });
  if (me?.emailVerified !== false) return null;
  return (
    <div
      role="status"
      data-testid="verify-banner"
      className="border-b border-amber-200 bg-amber-50 print:hidden"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-2 text-sm text-amber-900 sm:px-6">
        <span>{t("account.verifyBanner", { email: me.email })}</span>
        {resend.isSuccess ? (
          <span className="font-medium">{t("account.resent")}</span>
        ) : (
          <button
            type="button"
            className="font-semibold underline"
            onClick={() => resend.mutate()}
            disabled={resend.isPending}
          >
            {t("account.resend")}
          </button>
        )}
      </div>
    </div>
  );
}
