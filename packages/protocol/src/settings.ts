import { z } from "zod";

/**
 * Settings arrive as environment variables: strings, where an empty one (`FOO=` in a .env file or a
 * compose file) means "not set", exactly like a missing one. Every optional setting reads through this.
 */
export const unsetIfEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const optionalString = unsetIfEmpty(z.string());
export const optionalUrl = unsetIfEmpty(z.url());
