import { z } from "zod";

export const serviceStatusSchema = z.object({
  enabled: z.boolean(),
  provider: z.string(),
  detail: z.string(),
  degraded: z.boolean().optional(),
  /** The sandbox only: whether the host delegates a cgroup v2 subtree (memory, pids) to the server. */
  cgroup: z.object({ delegated: z.boolean(), detail: z.string() }).optional(),
});
export type ServiceStatus = z.infer<typeof serviceStatusSchema>;

/** With REDIS_URL: this node's role, the workers seen in the last minute and each queue's depth. */
export const clusterStatusSchema = z.object({
  role: z.enum(["api", "worker", "all"]),
  node: z.string(),
  workers: z.array(z.object({ id: z.string(), lastSeenMs: z.number() })),
  queues: z.array(
    z.object({
      name: z.string(),
      waiting: z.number(),
      active: z.number(),
      delayed: z.number(),
      failed: z.number(),
    }),
  ),
});
export type ClusterStatus = z.infer<typeof clusterStatusSchema>;

export const statusResponseSchema = z.object({
  version: z.string().optional(),
  services: z.record(z.string(), serviceStatusSchema),
  cluster: clusterStatusSchema.optional(),
});
export type StatusResponse = z.infer<typeof statusResponseSchema>;

export const healthResponseSchema = z.object({ status: z.literal("ok"), version: z.string() });
