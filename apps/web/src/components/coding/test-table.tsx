import type { TestResult } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { VerdictPill } from "./verdict-pill";

const cell = "px-3 py-2";

/** One row per test the judge ran; it stops at the first failing one. */
export function TestTable({ tests }: { tests: TestResult[] }) {
  const { t } = useTranslation();
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("coding.tests.caption")}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-500">
          <tr>
            <th scope="col" className={cell}>
              #
            </th>
            <th scope="col" className={cell}>
              {t("coding.tests.kind")}
            </th>
            <th scope="col" className={cell}>
              {t("coding.tests.verdict")}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t("coding.tests.time")}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t("coding.tests.memory")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tests.map((test, i) => (
            // Tests are listed in the judge's fixed order.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <tr key={i} data-testid="test-row" data-verdict={test.verdict}>
              <td className={`${cell} tabular-nums text-slate-500`}>{i + 1}</td>
              <td className={`${cell} text-slate-700`}>
                {test.sample ? t("coding.tests.sample") : t("coding.tests.secret")}
              </td>
              <td className={cell}>
                <VerdictPill verdict={test.verdict} />
              </td>
              <td className={`${cell} text-right tabular-nums text-slate-700`}>{test.timeMs ?? "—"}</td>
              <td className={`${cell} text-right tabular-nums text-slate-700`}>
                {test.memoryKb?.toLocaleString() ?? "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
