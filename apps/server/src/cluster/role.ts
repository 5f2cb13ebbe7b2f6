/** The settings a process's role depends on (a subset of Config, so this file imports nothing). */
interface RoleSettings {
  ROLE: "api" | "worker" | "all";
  REDIS_URL?: string | undefined;
  DATABASE_URL?: string | undefined;
  SESSION_SECRET?: string | undefined;
}

/**
 * A split deployment (ROLE=api or worker) shares one PostgreSQL, one Redis and one SESSION_SECRET:
 * without them each node would keep its own data, jobs and logins. Named here so start-up says so.
 */
export function roleProblems(config: RoleSettings): string[] {
  if (config.ROLE === "all") return [];
  const missing = (["REDIS_URL", "DATABASE_URL", "SESSION_SECRET"] as const).filter((key) => !config[key]);
  return missing.map(
    (key) => `${key}: required with ROLE=${config.ROLE} (every node of a cluster shares it)`,
  );
}

/** Whether this process takes jobs off the queue (workers, and the single-process default). */
export const consumesJobs = (role: RoleSettings["ROLE"]) => role !== "api";
