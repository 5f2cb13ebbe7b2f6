import { refuseUnsafeText } from "@studio/protocol";
import type { FastifyInstance } from "fastify";
import { validatorCompiler } from "fastify-type-provider-zod";
import type { z } from "zod";

/**
 * Every route's zod schema (body, params, querystring, headers) is wrapped in the protocol's
 * refuseUnsafeText: a NUL byte or an unpaired surrogate anywhere is a 400, before any handler or query.
 */
export function useSafeValidator(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema, ...rest }) =>
    validatorCompiler({ schema: refuseUnsafeText(schema as z.ZodType), ...rest }),
  );
}
