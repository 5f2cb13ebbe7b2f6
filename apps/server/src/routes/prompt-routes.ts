import { errorBodySchema, languageSchema } from "@studio/protocol";
import { defaultInterviewerPrompt } from "@studio/providers";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireAdmin as requireAdminRole } from "../auth/account-user";
import type { requireUser } from "../auth/authenticate";
import type { AppServices } from "../services";

const promptResponseSchema = z.object({
  language: languageSchema,
  prompt: z.string(),
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
});
const tags = ["admin"];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema };

/** The interviewer's system prompt (seed 004): administrators read and change it; new turns use it. */
export const promptRoutes =
  ({ config, prompts }: AppServices): FastifyPluginAsyncZod =>
  async (app) => {
    const requireAdmin = (request: Parameters<typeof requireUser>[0]) =>
      requireAdminRole(request, config.ADMIN_EMAILS);
    const current = async (language: z.infer<typeof languageSchema>) => {
      const edited = await prompts.get(language);
      return {
        language,
        prompt: edited?.prompt ?? defaultInterviewerPrompt(language),
        isDefault: !edited,
        updatedAt: edited?.updatedAt.toISOString() ?? null,
      };
    };

    app.get(
      "/api/prompt",
      {
        schema: {
          tags,
          querystring: z.object({ language: languageSchema.default("ko") }),
          response: { 200: promptResponseSchema, ...errors },
        },
      },
      async (request) => {
        requireAdmin(request);
        return current(request.query.language);
      },
    );

    app.post(
      "/api/prompt",
      {
        schema: {
          tags,
          // An empty prompt restores the built-in one.
          body: z.object({ language: languageSchema.default("ko"), prompt: z.string().max(20_000) }),
          response: { 200: promptResponseSchema, ...errors },
        },
      },
      async (request) => {
        requireAdmin(request);
        const { language, prompt } = request.body;
        if (prompt.trim()) await prompts.set(language, prompt.trim());
        else await prompts.reset(language);
        return current(language);
      },
    );
  };
