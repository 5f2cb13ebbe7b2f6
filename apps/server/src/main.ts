import "dotenv/config";
import { warmAssociations, warmCategoryModels, warmSubjectKnowledge } from "@studio/interview";
import { buildApp } from "./app";
import { startWorker } from "./cluster/worker-main";
import { ConfigError, loadConfig } from "./config";
import { startupBanner } from "./ops/startup-banner";

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  if (config.ROLE === "worker") return handleSignals(await startWorker(config));
  const { app, services } = await buildApp(config);
  // The relevance models train from their corpus on first use: do it before the first answer arrives.
  warmCategoryModels();
  warmAssociations();
  warmSubjectKnowledge();
  await app.listen({ port: config.PORT, host: config.HOST });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const shownHost = config.HOST === "0.0.0.0" || config.HOST === "::" ? "localhost" : config.HOST;
  console.log(
    startupBanner(`http://${shownHost}:${port}`, services.version, await services.serviceStatuses()),
  );

  handleSignals(app);
}

/** SIGTERM/SIGINT: stop taking work, finish what is in flight (requests, jobs), then exit. */
function handleSignals(app: { close(): Promise<unknown>; log: { info(o: object, m: string): void } }) {
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down: finishing in-flight requests");
    // app.close() stops accepting connections, waits for in-flight requests, then closes the queue and database.
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await app.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
