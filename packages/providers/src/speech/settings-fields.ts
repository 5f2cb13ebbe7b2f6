import { z } from "zod";

/** Environment variables arrive as strings, and an empty one means "not set". */
export const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());
export const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.url().optional());
export const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
