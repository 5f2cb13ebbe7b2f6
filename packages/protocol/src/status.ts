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

export const statusResponseSchema = z.object({
  version: z.string().optional(),
  services: z.record(z.string(), serviceStatusSchema),
});
export type StatusResponse = z.infer<typeof statusResponseSchema>;

export const healthResponseSchema = z.object({ status: z.literal("ok"), version: z.string() });
