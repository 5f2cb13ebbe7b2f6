import type { EvaluationFlag } from "@studio/protocol";
import { useTranslation } from "react-i18next";

/** A gentle notice reads as information; the others as a warning about the answer's substance. */
const GENTLE: readonly EvaluationFlag[] = ["blind_hiring_risk", "too_short"];

/** The evaluator's substance flags as plain-language notices ("질문과 다른 내용을 답하셨어요"). */
export function SubstanceNotices({ flags }: { flags: readonly EvaluationFlag[] | undefined }) {
  const { t } = useTranslation();
  if (!flags?.length) return null;
  return (
    <ul data-testid="substance-notices" className="space-y-2">
      {flags.map((flag) => (
        <li
          key={flag}
          data-flag={flag}
          className={`rounded-xl border px-4 py-2.5 text-sm font-medium ${
            GENTLE.includes(flag)
              ? "border-sky-200 bg-sky-50 text-sky-900"
              : "border-amber-300 bg-amber-50 text-amber-900"
          }`}
        >
          {t(`evaluation.flags.${flag}`)}
        </li>
      ))}
    </ul>
  );
}
