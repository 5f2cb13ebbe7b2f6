import fp from "fastify-plugin";
import type { InterviewService } from "./interview/interview-service";
import type { AppServices } from "./services";

declare module "fastify" {
  interface FastifyInstance {
    /** Everything chosen from configuration (database, queue, engines, stores); see services.ts. */
    services: AppServices;
    /** The interview's data flow: sessions, the answer path, the end and the report. */
    interviews: InterviewService;
  }
}

/**
 * The services as decorators on the root instance (fastify-plugin lifts them out of this plugin's
 * scope), so every route plugin reads `app.services` and `app.interviews` instead of closing over a bag.
 * Route factories that take the services as an argument keep working beside it.
 */
export const servicesPlugin = fp<{ services: AppServices; interviews: InterviewService }>(
  async (app, { services, interviews }) => {
    app.decorate("services", services);
    app.decorate("interviews", interviews);
  },
  { name: "services" },
);
