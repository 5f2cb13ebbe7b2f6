import { useQuery } from "@tanstack/react-query";
import { getProgress } from "../api/progress-api";

export const progressQueryKey = ["progress"] as const;

/** The candidate's trends, weakest category, bests and coding marks (GET /api/progress). */
export function useProgress() {
  return useQuery({ queryKey: progressQueryKey, queryFn: getProgress });
}
