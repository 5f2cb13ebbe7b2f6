import { type CreateSessionBody, systemDesignByDefault } from "@studio/protocol";

/**
 * The round is on when asked for, or by default for backend and data roles in a full interview; its limit
 * only while on.
 */
export function systemDesignColumns(body: CreateSessionBody) {
  const systemDesign = body.systemDesign ?? systemDesignByDefault(body.role, body.format);
  return { systemDesign, systemDesignMinutes: systemDesign ? body.systemDesignMinutes : null };
}
