import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import type { WebSocket } from "ws";
import { LiveConnections } from "../voice/live-connections";

const CHANNEL = "studio:ws:claim";

/**
 * One live connection per interview across every API node: a node that takes a connection announces it
 * on Redis pub/sub, and the node holding the older socket for that interview closes it with 4000.
 */
export class ClusterLiveConnections {
  private readonly local = new LiveConnections();
  private readonly held = new Map<string, { socket: WebSocket; claimId: string }>();

  private constructor(private readonly publisher: Redis) {}

  static async create(publisher: Redis, subscriber: Redis): Promise<ClusterLiveConnections> {
    const live = new ClusterLiveConnections(publisher);
    subscriber.on("message", (channel: string, message: string) => {
      if (channel === CHANNEL) live.onClaim(message);
    });
    await subscriber.subscribe(CHANNEL);
    return live;
  }

  claim(sessionId: string, socket: WebSocket): void {
    this.local.claim(sessionId, socket);
    const claimId = randomUUID();
    this.held.set(sessionId, { socket, claimId });
    void this.publisher.publish(CHANNEL, JSON.stringify({ sessionId, claimId })).catch(() => {});
  }

  release(sessionId: string, socket: WebSocket): void {
    this.local.release(sessionId, socket);
    if (this.held.get(sessionId)?.socket === socket) this.held.delete(sessionId);
  }

  get size(): number {
    return this.held.size;
  }

  private onClaim(message: string): void {
    let claim: { sessionId?: unknown; claimId?: unknown };
    try {
      claim = JSON.parse(message);
    } catch {
      return;
    }
    if (typeof claim.sessionId !== "string") return;
    const mine = this.held.get(claim.sessionId);
    if (!mine || mine.claimId === claim.claimId) return;
    this.held.delete(claim.sessionId);
    this.local.release(claim.sessionId, mine.socket);
    mine.socket.send(
      JSON.stringify({ type: "error", code: "REPLACED", message: "Opened in another connection" }),
    );
    mine.socket.close(4000, "replaced by a newer connection");
  }
}
