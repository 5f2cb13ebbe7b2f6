import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { unauthorized } from "../http/api-error";
import type { LoginSessions, SessionUser } from "./login-sessions";

export const SESSION_COOKIE = "studio_session";

/** One registered route under /api and whether it answers without a login. */
export interface ApiRoute {
  method: string;
  url: string;
  public: boolean;
}

declare module "fastify" {
  interface FastifyRequest {
    user: SessionUser | null;
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    /**
     * This /api route answers without a login (sign-in, sign-up, public catalogues). Every other /api
     * route answers 401 to a request without a valid login before its handler runs.
     */
    public?: boolean;
  }
  interface FastifyInstance {
    /** Every /api route registered so far, for the test that no route is public by accident. */
    apiRoutes(): ApiRoute[];
  }
}

/** Reads the login token from the cookie or an `Authorization: Bearer` header; both work everywhere. */
export function readToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice(7).trim() || null;
  const query = request.query as { token?: unknown } | undefined;
  if (request.url.startsWith("/ws/") && typeof query?.token === "string") return query.token;
  return request.cookies[SESSION_COOKIE] ?? null;
}

const isApiUrl = (url: string | undefined): url is string => url?.startsWith("/api/") ?? false;

/**
 * The one authentication hook: resolves the login of every request, and refuses every /api route that
 * is not marked `config: { public: true }` when there is none. A route that forgets to check the user
 * is therefore closed, not open. Handlers read the user with `requireUser(request)`.
 */
export const authentication = fp<{ sessions: LoginSessions }>(
  async (app: FastifyInstance, { sessions }) => {
    const routes: ApiRoute[] = [];
    app.decorate("apiRoutes", () => [...routes]);
    app.decorateRequest("user", null);
    app.decorateRequest("sessionToken", null);
    app.addHook("onRoute", (route) => {
      if (!isApiUrl(route.url)) return;
      for (const method of [route.method].flat()) {
        if (method === "HEAD") continue;
        routes.push({ method, url: route.url, public: route.config?.public === true });
      }
    });
    app.addHook("onRequest", async (request) => {
      const token = readToken(request);
      if (token) {
        request.user = await sessions.resolve(token);
        if (request.user) request.sessionToken = token;
      }
      const { url, config } = request.routeOptions;
      if (isApiUrl(url) && config.public !== true && !request.user) throw unauthorized();
    });
  },
  { name: "authentication", dependencies: ["@fastify/cookie"] },
);

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw unauthorized();
  return request.user;
}
