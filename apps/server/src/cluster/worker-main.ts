import { healthResponseSchema } from "@studio/protocol";
import Fastify from "fastify";
import { serializerCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { registerPendingSweepJob } from "../coding/pending-sweep-job";
import type { Config } from "../config";
import { loggerOptions } from "../http/logging";
import { InterviewService } from "../interview/interview-service";
import { Interviewer } from "../interview/interviewer";
import { registerReportJob } from "../interview/report-job";
import { registerCleanupJob } from "../jobs/cleanup-job";
import { registerResumeJob } from "../resume/index-resume-job";
import { createServices } from "../services";

/**
 * ROLE=worker: no API, only the jobs (reports, resume indexing, cleanup) and the coding runs, taken off
 * the shared Redis. It answers GET /health on PORT for a container's probes, and nothing else.
 */
export async function startWorker(config: Config) {
  const app = Fastify({ logger: loggerOptions(config.LOG_LEVEL) }).withTypeProvider<ZodTypeProvider>();
  app.setSerializerCompiler(serializerCompiler);
  const services = await createServices(config, app.log);
  app.addHook("onClose", () => services.close());
  registerReportJob(services);
  await registerResumeJob(services);
  await registerCleanupJob(services);
  await registerPendingSweepJob(services, app.log);
  await services.cluster?.startWorking(services.sandbox, services.problems);
  // Reports lost to a node that stopped between an interview's end and its report job.
  const interviews = new InterviewService(
    services.db,
    services.queue,
    new Interviewer(null, services.prompts),
  );
  await interviews.resumePendingReports();
  app.get("/health", { schema: { response: { 200: healthResponseSchema } } }, async () => ({
    status: "ok" as const,
    version: services.version,
  }));
  await app.listen({ port: config.PORT, host: config.HOST });
  app.log.info({ role: "worker", node: services.cluster?.node }, "worker started");
  return app;
}
