import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "../api/query-keys";
import { listSessions } from "../api/sessions-api";

export function useSessions() {
  return useQuery({ queryKey: queryKeys.sessions, queryFn: listSessions });
}
