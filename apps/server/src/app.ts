import cookie from "@fastify/cookie";
import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import websocket from "@fastify/websocket";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { registerAuthentication } from "./auth/authenticate";
import type { Config } from "./config";
import { ApiError } from "./http/api-error";
import { registerErrorHandlers } from "./http/error-handler";
import { InterviewService } from "./interview/interview-service";
import { Interviewer } from "./interview/interviewer";
import { registerReportJob } from "./interview/report-job";
import { registerCleanupJob } from "./jobs/cleanup-job";
import { registerMetrics } from "./ops/metrics";
import { registerResumeJob } from "./resume/index-resume-job";
import { authRoutes } from "./routes/auth-routes";
import { codingRoutes } from "./routes/coding-routes";
import { promptRoutes } from "./routes/prompt-routes";
import { resumeRoutes } from "./routes/resume-routes";
import { sessionRoutes } from "./routes/session-routes";
import { socialRoutes } from "./routes/social-routes";
import { statusRoutes } from "./routes/status-routes";
import { serveWebApp } from "./routes/web-app";
import { whiteboardRoutes } from "./routes/whiteboard-routes";
import { type AppServices, createServices } from "./services";
import { registerInterviewSocket } from "./voice/interview-socket";
import { createVoiceMetrics } from "./voice/voice-metrics";

export interface BuiltApp {
  app: FastifyInstance;
  services: AppServices;
}

/** Composes the server: plugins, routes and jobs over the services chosen from configuration. */
export async function buildApp(config: Config): Promise<BuiltApp> {
  const app = Fastify({
    logger: { level: config.LOG_LEVEL },
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY === "true",
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
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

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", "data:", "blob:"],
        mediaSrc: ["'self'", "blob:", "data:"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'", "ws:", "wss:"],
        workerSrc: ["'self'", "blob:"],
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  });
  await app.register(cors, {
    origin: (origin, callback) => callback(null, !origin || config.ALLOWED_ORIGINS.includes(origin)),
    credentials: true,
  });
  await app.register(cookie);
  // Limits only the routes that opt in (e.g. the stateless evaluator); login has its own failure throttle.
  await app.register(rateLimit, { global: false });
  registerAuthentication(app, services.loginSessions);
  const metrics = registerMetrics(app);
  // A frame larger than this closes the socket (1009) before it is buffered: audio chunks are ~10 KB.
  await app.register(websocket, { options: { maxPayload: 1024 * 1024 } });
  await app.register(swagger, {
    openapi: {
      info: { title: "Interview Studio API", version: services.version },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/docs" });
  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  await app.register(statusRoutes(services));
  await app.register(authRoutes(services));
  await app.register(socialRoutes(services));

  const interviews = new InterviewService(
    services.db,
    services.queue,
    new Interviewer(services.llm, services.prompts),
  );
  await app.register(sessionRoutes(interviews));
  await app.register(promptRoutes(services));
  await app.register(codingRoutes(services, services.sandbox, services.problems, interviews));
  await app.register(resumeRoutes(services));
  await app.register(whiteboardRoutes(services, interviews));
  await registerInterviewSocket(app, {
    interviews,
    speech: services.speech,
    recognizer: services.recognizer,
    metrics: createVoiceMetrics(metrics),
  });

  await registerCleanupJob(services);
  registerReportJob(services);
  await registerResumeJob(services);
  await interviews.resumePendingReports();
  if (config.SERVE_WEB === "true") await serveWebApp(app, config);
  app.setNotFoundHandler((request) => {
    throw new ApiError(404, "NOT_FOUND", `No route for ${request.method} ${request.url.split("?")[0]}`);
  });
  return { app, services };
}
