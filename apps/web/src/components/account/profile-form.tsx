import type { ProfileBody } from "@studio/protocol";
import { useMutation, useQuery } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { fetchProfile, saveProfile } from "../../api/account-api";
import { errorMessage } from "../../i18n/error-message";
import { buttonClass } from "../button-styles";
import { ErrorAlert } from "../error-alert";
import { FormField, inputClass } from "../form-field";

const GENDERS = ["female", "male", "other", "undisclosed"] as const;

/** Birth date, gender and address: optional, never used in evaluation, never shown to anyone else. */
export function ProfileForm() {
  const { t } = useTranslation();
  const profile = useQuery({ queryKey: ["profile"], queryFn: fetchProfile });
  const mutation = useMutation({ mutationFn: saveProfile });
  if (!profile.data) return null;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "").trim() || null;
    mutation.mutate({
      birthDate: text("birthDate"),
      gender: text("gender") as ProfileBody["gender"],
      address: text("address"),
    });
  };
  const p = profile.data;
  return (
    <form onSubmit={onSubmit} className="space-y-4" data-testid="profile-form">
      <p className="text-sm text-slate-600">{t("account.profile.note")}</p>
      {mutation.isError && <ErrorAlert>{errorMessage(t, mutation.error)}</ErrorAlert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("fields.birthDate")} optional={t("common.optional")}>
          <input name="birthDate" type="date" defaultValue={p.birthDate ?? ""} className={inputClass} />
        </FormField>
        <FormField label={t("fields.gender")} optional={t("common.optional")}>
          <select name="gender" defaultValue={p.gender ?? ""} className={inputClass}>
            <option value="">{t("genders.none")}</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {t(`genders.${g}`)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <FormField label={t("fields.address")} optional={t("common.optional")}>
        <input name="address" type="text" defaultValue={p.address ?? ""} className={inputClass} />
      </FormField>
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass("secondary", "md")} disabled={mutation.isPending}>
          {t("account.profile.save")}
        </button>
        {mutation.isSuccess && <span className="text-sm text-emerald-700">{t("account.profile.saved")}</span>}
      </div>
    </form>
  );
}
