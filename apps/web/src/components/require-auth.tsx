import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { useMe } from "../hooks/use-me";
import { ErrorAlert } from "./error-alert";
import { Spinner } from "./spinner";

export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data: user, isPending, isError } = useMe();
  if (isPending) return <Spinner label={t("common.loading")} />;
  if (isError) return <ErrorAlert>{t("errors.network")}</ErrorAlert>;
  if (!user) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return <Outlet />;
}
