import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fetchSocialStatus } from "../api/auth-api";
import { queryKeys } from "../api/query-keys";
import { buttonClass } from "./button-styles";

/** Buttons for the social providers the server has configured; nothing when none are. */
export function SocialLoginButtons() {
  const { t } = useTranslation();
  const { data: providers } = useQuery({
    queryKey: queryKeys.socialStatus,
    queryFn: fetchSocialStatus,
    staleTime: 10 * 60_000,
    retry: false,
  });
  if (!providers || providers.length === 0) return null;
  return (
    <div className="mt-6 space-y-3">
      <p className="flex items-center gap-3 text-xs text-slate-500 before:h-px before:flex-1 before:bg-slate-200 after:h-px after:flex-1 after:bg-slate-200">
        {t("login.or")}
      </p>
      {providers.map((provider) => (
        <a
          key={provider}
          href={`/api/auth/social/${provider}`}
          className={buttonClass("secondary", "md", "w-full")}
        >
          {t(`login.social.${provider}`)}
        </a>
      ))}
    </div>
  );
}
