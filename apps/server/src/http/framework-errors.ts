import type { FastifyReply, FastifyServerOptions } from "fastify";

/** Errors the router answers before any route runs (a too long or malformed path), in the contract's shape. */
export const frameworkErrors: NonNullable<FastifyServerOptions["frameworkErrors"]> = (
  error,
  _request,
  reply,
) => {
  const tooLong = error.code === "FST_ERR_MAX_PARAM_LENGTH";
  void (reply as unknown as FastifyReply).status(tooLong ? 414 : 400).send({
    error: {
      code: tooLong ? "URI_TOO_LONG" : "BAD_URL",
      message: tooLong ? "A path segment is too long" : "The URL is not valid",
    },
  });
};
