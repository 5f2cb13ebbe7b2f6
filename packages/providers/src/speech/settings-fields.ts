import { z } from "zod";

/** Environment variables arrive as strings, and an empty one means "not set" (one helper, in protocol). */
export { optionalString, optionalUrl } from "@studio/protocol";
export const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
