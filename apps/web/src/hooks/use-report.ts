import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { queryKeys } from "../api/query-keys";
import { getReport, type ReportResult } from "../api/sessions-api";

/** While the report is being made for the first time. */
const BUILDING_POLL_MS = 1500;
/** While answers' delivery figures may still change it (the server says `deliveriesPending`). */
const DELIVERY_POLL_MS = 3000;
/** An open page stops asking after this long whatever the server says (a rebuild lost to a restart). */
const DELIVERY_POLL_LIMIT_MS = 5 * 60_000;

/** How soon to ask for the report again, or false to stop. */
export function reportPollInterval(
  result: ReportResult | undefined,
  openedAt: number,
  now = Date.now(),
): number | false {
  if (result?.status === "pending") return BUILDING_POLL_MS;
  if (!result?.report.deliveriesPending) return false;
  return now - openedAt < DELIVERY_POLL_LIMIT_MS ? DELIVERY_POLL_MS : false;
}

/**
 * An interview's report, asked again while it is made and while late delivery figures (pace, pauses,
 * fillers measured after the interview ended) may still rebuild it. A rebuilt report replaces the shown
 * one in place: the query keeps its data while asking, so nothing flickers and the scroll stays.
 */
export function useReport(id: string) {
  const [openedAt] = useState(() => Date.now());
  return useQuery({
    queryKey: queryKeys.report(id),
    queryFn: () => getReport(id),
    refetchInterval: (q) => reportPollInterval(q.state.data, openedAt),
  });
}
