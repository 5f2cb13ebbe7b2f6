import { createHmac, timingSafeEqual } from "node:crypto";
import { type PanelRole, panelRoleSchema } from "@studio/protocol";
import { z } from "zod";

const payloadSchema = z.object({
  p: z.string().max(64),
  u: z.string().max(64),
  r: panelRoleSchema,
  /** Expiry, epoch milliseconds. */
  e: z.number().int(),
});

export interface InviteClaim {
  panelId: string;
  participantId: string;
  role: PanelRole;
  expiresAt: Date;
}

export type InviteCheck = { ok: true; claim: InviteClaim } | { ok: false; reason: "invalid" | "expired" };

/**
 * Invitation links: the participant, role and expiry signed with HMAC-SHA256 under a key derived from the
 * server's session secret. Nothing is stored; a link cannot be altered nor outlive its expiry.
 */
export class InviteTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac("sha256", secret).update("panel-invite/v1").digest();
  }

  sign(claim: InviteClaim): string {
    const payload = Buffer.from(
      JSON.stringify({
        p: claim.panelId,
        u: claim.participantId,
        r: claim.role,
        e: claim.expiresAt.getTime(),
      }),
    ).toString("base64url");
    return `${payload}.${this.mac(payload)}`;
  }

  check(token: string, now = Date.now()): InviteCheck {
    const [payload, mac, extra] = token.split(".");
    if (!payload || !mac || extra !== undefined) return { ok: false, reason: "invalid" };
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return { ok: false, reason: "invalid" };
    let parsed: z.infer<typeof payloadSchema>;
    try {
      parsed = payloadSchema.parse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    } catch {
      return { ok: false, reason: "invalid" };
    }
    if (parsed.e <= now) return { ok: false, reason: "expired" };
    return {
      ok: true,
      claim: { panelId: parsed.p, participantId: parsed.u, role: parsed.r, expiresAt: new Date(parsed.e) },
    };
  }

  private mac(payload: string): string {
    return createHmac("sha256", this.key).update(payload).digest("base64url");
  }
}
