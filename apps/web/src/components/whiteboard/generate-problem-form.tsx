import { type Role, roleSchema } from "@studio/protocol";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { generateWhiteboardProblem } from "../../api/whiteboard-api";
import { currentUiLanguage } from "../../i18n";
import { errorMessage } from "../../i18n/error-message";
import { whiteboardProblemPath } from "../../whiteboard/whiteboard-paths";
import { buttonClass } from "../button-styles";
import { ErrorAlert } from "../error-alert";
import { FormField, inputClass } from "../form-field";

/** Asks the server's LLM for a new problem on a role and topic, then opens it. */
export function GenerateProblemForm({ sessionId }: { sessionId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [role, setRole] = useState<Role>("backend");
  const [topic, setTopic] = useState("");
  const generate = useMutation({
    mutationFn: () => generateWhiteboardProblem({ role, topic: topic.trim(), language: currentUiLanguage() }),
    onSuccess: (problem) => void navigate(whiteboardProblemPath(problem.id, sessionId)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (topic.trim().length >= 2) generate.mutate();
  };
  return (
    <form onSubmit={submit} className="card space-y-3 p-5" data-testid="whiteboard-generate">
      <div>
        <h2 className="font-semibold text-slate-900">{t("whiteboard.generateTitle")}</h2>
        <p className="mt-1 text-xs text-slate-600">{t("whiteboard.generateHint")}</p>
      </div>
      <div className="grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
        <FormField label={t("whiteboard.generateRole")}>
          <select value={role} onChange={(e) => setRole(e.target.value as Role)} className={inputClass}>
            {roleSchema.options.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t("whiteboard.generateTopic")}>
          <input
            value={topic}
            onChange={(e) => setTopic(e.target.value)}
            maxLength={120}
            placeholder={t("whiteboard.generateTopicPlaceholder")}
            className={inputClass}
            data-testid="whiteboard-generate-topic"
          />
        </FormField>
        <button
          type="submit"
          className={buttonClass("primary", "md")}
          disabled={generate.isPending || topic.trim().length < 2}
          data-testid="whiteboard-generate-submit"
        >
          {generate.isPending ? t("whiteboard.generating") : t("whiteboard.generate")}
        </button>
      </div>
      {generate.isError && <ErrorAlert>{errorMessage(t, generate.error)}</ErrorAlert>}
    </form>
  );
}
