import { roleQuestions } from "@studio/interview";
import {
  createdPanelSchema,
  createPanelBodySchema,
  idParamsSchema,
  panelDetailSchema,
  panelInviteQuerySchema,
  panelListSchema,
  panelQuestionsSchema,
  panelReportSchema,
  panelStatusSchema,
} from "@studio/protocol";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requireUser } from "../auth/authenticate";
import { notFound } from "../http/api-error";
import { errorResponses } from "../http/error-responses";
import { bankRole } from "../panel/bank-role";
import { requireInterviewer, requireStaff, resolveViewer } from "../panel/panel-access";
import type { PanelRooms } from "../panel/panel-rooms";
import type { PanelService } from "../panel/panel-service";
import { participantOf } from "../panel/room-rules";

const tags = ["panels"];
const errors = errorResponses(400, 401, 403, 404, 429);
const params = idParamsSchema;
/** Open to the one auth hook: `viewer()` itself asks for the creator's login or an invitation link. */
const INVITE_OR_LOGIN = { public: true } as const;
const querystring = panelInviteQuerySchema;

/**
 * Live panel interviews (issue 15). Every route but creation answers the creator's login or an
 * invitation link (`?invite=TOKEN` or the `x-panel-invite` header); a candidate's link reads only the panel.
 */
export const panelRoutes =
  (service: PanelService, rooms: PanelRooms): FastifyPluginAsyncZod =>
  async (app) => {
    const viewer = (request: FastifyRequest) => {
      const { id } = request.params as { id: string };
      const header = request.headers["x-panel-invite"];
      const invite =
        (request.query as { invite?: string }).invite ?? (typeof header === "string" ? header : null);
      return resolveViewer(service.store, service.tokens, id, { userId: request.user?.id, invite });
    };

    app.post(
      "/api/panels",
      {
        config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
        schema: { tags, body: createPanelBodySchema, response: { 201: createdPanelSchema, ...errors } },
      },
      async (request, reply) => {
        const user = requireUser(request);
        return reply.status(201).send(await service.create(user, request.body));
      },
    );

    app.get(
      "/api/panels",
      { schema: { tags, response: { 200: panelListSchema, ...errors } } },
      async (request) => service.list(requireUser(request).id),
    );

    // The links were shown once, at creation: the creator (only) can have them again.
    app.post(
      "/api/panels/:id/invites",
      {
        config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
        schema: {
          tags,
          params,
          response: { 201: createdPanelSchema, ...errorResponses(400, 401, 403, 404, 409, 429) },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        const panel = await service.store.find(request.params.id);
        if (!panel || panel.ownerId !== user.id) throw notFound("Panel");
        return reply.status(201).send(await service.reissueInvites(panel));
      },
    );

    app.get(
      "/api/panels/:id",
      {
        config: INVITE_OR_LOGIN,
        schema: { tags, params, querystring, response: { 200: panelDetailSchema, ...errors } },
      },
      async (request) => {
        const { panel, people, me } = await viewer(request);
        return service.detail(panel, people, me, rooms.connected(panel.id));
      },
    );

    app.get(
      "/api/panels/:id/status",
      {
        config: INVITE_OR_LOGIN,
        schema: { tags, params, querystring, response: { 200: panelStatusSchema, ...errors } },
      },
      async (request) => {
        const { panel, people } = await viewer(request);
        const connected = rooms.connected(panel.id);
        return {
          status: panel.status,
          participants: people.map((p) => participantOf(p, connected.has(p.id))),
        };
      },
    );

    app.post(
      "/api/panels/:id/end",
      {
        config: INVITE_OR_LOGIN,
        schema: { tags, params, querystring, response: { 200: panelReportSchema, ...errors } },
      },
      async (request) => {
        const found = await viewer(request);
        requireInterviewer(found);
        const room = rooms.get(found.panel.id);
        await room.end();
        return service.report(found.panel.id);
      },
    );

    // The interviewers' sidebar: the panel's own questions, then the bank's for its role and language.
    app.get(
      "/api/panels/:id/questions",
      {
        config: INVITE_OR_LOGIN,
        schema: { tags, params, querystring, response: { 200: panelQuestionsSchema, ...errors } },
      },
      async (request) => {
        const found = await viewer(request);
        requireStaff(found);
        const { panel } = found;
        const bank = roleQuestions(bankRole(panel.role), panel.language).map((q) => ({
          text: q.text,
          category: q.category,
        }));
        return { own: panel.questions, bank };
      },
    );

    app.get(
      "/api/panels/:id/report",
      {
        config: INVITE_OR_LOGIN,
        schema: { tags, params, querystring, response: { 200: panelReportSchema, ...errors } },
      },
      async (request) => {
        const found = await viewer(request);
        requireStaff(found);
        return service.report(found.panel.id);
      },
    );
  };
