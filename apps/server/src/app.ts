import cookie from "@fastify/cookie";
import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import websocket from "@fastify/websocket";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { Redis } from "ioredis";
import { authentication } from "./auth/authenticate";
import { registerPendingSweepJob } from "./coding/pending-sweep-job";
import type { Config } from "./config";
import { ExpressionService } from "./expressions/expression-service";
import { SampleBudget } from "./expressions/sample-budget";
import { ApiError } from "./http/api-error";
import { registerErrorHandlers } from "./http/error-handler";
import { frameworkErrors } from "./http/framework-errors";
import { loggerOptions } from "./http/logging";
import { useSafeValidator } from "./http/safe-validator";
import { docsArePublic, helmetOptions, metricsGuard } from "./http/security";
import { AnswerDeliveries } from "./interview/answer-deliveries";
import { InterviewService } from "./interview/interview-service";
import { Interviewer } from "./interview/interviewer";
import { registerReportJob } from "./interview/report-job";
import { registerCleanupJob } from "./jobs/cleanup-job";
import { registerMetrics } from "./ops/metrics";
import { registerPanels } from "./panel/register-panels";
import { setupRecordings } from "./recording/setup-recordings";
import { registerResumeJob } from "./resume/index-resume-job";
import { accountRoutes } from "./routes/account-routes";
import { authRoutes } from "./routes/auth-routes";
import { codingRoutes } from "./routes/coding-routes";
import { deliveryRoutes } from "./routes/delivery-routes";
import { expressionRoutes } from "./routes/expression-routes";
import { myDataRoutes } from "./routes/my-data-routes";
import { postingRoutes } from "./routes/posting-routes";
import { progressRoutes } from "./routes/progress-routes";
import { promptRoutes } from "./routes/prompt-routes";
import { resumeRoutes } from "./routes/resume-routes";
import { sessionRoutes } from "./routes/session-routes";
import { socialRoutes } from "./routes/social-routes";
import { statusRoutes } from "./routes/status-routes";
import { submissionRoutes } from "./routes/submission-routes";
import { serveWebApp } from "./routes/web-app";
import { whiteboardRoutes } from "./routes/whiteboard-routes";
import { type AppServices, createServices } from "./services";
import { servicesPlugin } from "./services-plugin";
import { registerInterviewSocket } from "./voice/interview-socket";
import { createVoiceMetrics } from "./voice/voice-metrics";

/** Trusts exactly `hops` proxies in front of the server (Fastify's number form, typed as a function). */
const hopCount = (hops: number) => (_address: string, index: number) => index < hops;

export interface BuiltApp {
  app: FastifyInstance;
  services: AppServices;
}

/** Composes the server: plugins, routes and jobs over the services chosen from configuration. */
export async function buildApp(
  config: Config,
  options: { logStream?: { write(line: string): void } } = {},
): Promise<BuiltApp> {
  const app = Fastify({
    logger: loggerOptions(config.LOG_LEVEL, options.logStream),
    bodyLimit: config.BODY_LIMIT_BYTES,
    // A hop count or a list of proxies: `true` would believe any X-Forwarded-For a client sends.
    trustProxy: typeof config.TRUST_PROXY === "number" ? hopCount(config.TRUST_PROXY) : config.TRUST_PROXY,
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  useSafeValidator(app);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandlers(app);
  // The API speaks JSON (and multipart for uploads); anything else is a 415, not a string to validate.
  app.removeContentTypeParser("text/plain");

  const services = await createServices(config, app.log);
  app.addHook("onClose", () => services.close());
  // While shutting down, answers in flight close their connection, so an idle keep-alive socket
  // cannot hold the process open until its timeout.
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  app.addHook("onSend", async (_request, reply) => {
    if (closing) reply.header("connection", "close");
  });

  await app.register(helmet, helmetOptions(config));
  await app.register(cors, {
    origin: (origin, callback) => callback(null, !origin || config.ALLOWED_ORIGINS.includes(origin)),
    credentials: true,
  });
  await app.register(cookie);
  await app.register(authentication, { sessions: services.loginSessions });
  const rateLimitRedis = config.REDIS_URL ? new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 }) : null;
  if (rateLimitRedis) app.addHook("onClose", async () => rateLimitRedis.disconnect());
  // Limits only the routes that opt in (the expensive ones and sign-up); login has its own failure
  // throttle. Counted per signed-in user (per address before sign-in), after authentication ran.
  await app.register(rateLimit, {
    global: false,
    hook: "preHandler",
    keyGenerator: (request) => (request.user ? `user:${request.user.id}` : `ip:${request.ip}`),
    ...(rateLimitRedis ? { redis: rateLimitRedis, nameSpace: "studio-rl:" } : {}),
  });
  const metrics = registerMetrics(app, metricsGuard(config));
  // A frame larger than this closes the socket (1009) before it is buffered: audio chunks are ~10 KB.
  await app.register(websocket, { options: { maxPayload: 1024 * 1024 } });
  await app.register(swagger, {
    openapi: {
      info: { title: "Interview Studio API", version: services.version },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    },
    transform: jsonSchemaTransform,
  });
  if (docsArePublic(config)) {
    await app.register(swaggerUi, { routePrefix: "/docs" });
    app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  }

  // The embedder goes to the interviews: hybrid resume search (BM25 + vectors) in every assessed answer.
  const interviews = new InterviewService(
    services.db,
    services.queue,
    new Interviewer(services.llm, services.prompts),
    services.embedder,
  );
  await app.register(servicesPlugin, { services, interviews });

  await app.register(statusRoutes(services));
  await app.register(authRoutes(services));
  await app.register(socialRoutes(services));
  await app.register(accountRoutes(services));
  await app.register(myDataRoutes(services));
  await app.register(submissionRoutes(services));
  await app.register(progressRoutes(services));

  await app.register(postingRoutes(services));
  await app.register(sessionRoutes, { evaluatePerMinute: config.EVALUATE_PER_MINUTE });
  await app.register(promptRoutes(services));
  await app.register(codingRoutes(services, services.codingSandbox, services.problems, interviews));
  await app.register(resumeRoutes(services));
  await app.register(whiteboardRoutes(services, interviews));
  await setupRecordings(app, services, interviews.store);
  const deliveries = new AnswerDeliveries(services.db, interviews.store, services.queue, app.log);
  await app.register(deliveryRoutes(deliveries));
  const expressions = new ExpressionService(services.db, new SampleBudget(services.counters));
  await app.register(expressionRoutes(expressions));
  await registerInterviewSocket(app, {
    interviews,
    db: services.db,
    deliveries,
    expressions,
    speech: services.speech,
    recognizer: services.recognizer,
    metrics: createVoiceMetrics(metrics),
    allowedOrigins: config.ALLOWED_ORIGINS,
    heartbeatMs: config.WS_HEARTBEAT_SECONDS * 1000,
    ...(services.cluster
      ? { live: services.cluster.liveConnections, pendingTurns: services.cluster.pendingTurns }
      : {}),
  });

  await services.cluster?.startWorking(services.sandbox, services.problems);

  await registerPanels(app, services, metrics);

  await registerCleanupJob(services);
  await registerPendingSweepJob(services, app.log);
  registerReportJob(services);
  await registerResumeJob(services);
  await interviews.resumePendingReports();
  if (config.SERVE_WEB === "true") await serveWebApp(app, config);
  app.setNotFoundHandler((request) => {
    throw new ApiError(404, "NOT_FOUND", `No route for ${request.method} ${request.url.split("?")[0]}`);
  });
  return { app, services };
}
