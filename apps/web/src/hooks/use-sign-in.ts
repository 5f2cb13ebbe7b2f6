import type { User } from "@studio/protocol";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { queryKeys } from "../api/query-keys";

/** After a successful login: remember the user and continue to where they were headed. */
export function useSignedIn() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (user: User, to = "/dashboard") => {
    queryClient.setQueryData(queryKeys.me, user);
    void queryClient.invalidateQueries({ queryKey: queryKeys.sessions });
    void navigate(to, { replace: true });
  };
}
