import { useQuery } from "@tanstack/react-query";
import { fetchMe } from "../api/auth-api";
import { queryKeys } from "../api/query-keys";

/** The signed-in user, `null` when signed out, `undefined` while loading. */
export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 60_000 });
}
