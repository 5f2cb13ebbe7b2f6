import { randomUUID } from "node:crypto";
import type { PanelServerMessage } from "@studio/protocol";
import { Redis } from "ioredis";

/** What one node's room of a panel tells the same panel's rooms on the other API nodes. */
export type RoomEvent =
  | {
      kind: "message";
      /** "staff": interviewers and observers only; "all": whoever `canSee` it. */
      to: "all" | "staff";
      message: PanelServerMessage;
      candidateSeesTranscript: boolean;
    }
  | { kind: "ended" };

/** The rooms' link to the other nodes (absent in one process). */
export interface RoomRelay {
  publish(panelId: string, event: RoomEvent): void;
  onEvent(handler: (panelId: string, event: RoomEvent) => void): void;
  /** True for the one node that runs this panel's periodic evaluation for the next `forMs`. */
  claimEvaluation(panelId: string, forMs: number): Promise<boolean>;
}

const CHANNEL = "studio:panel:relay";
const evaluationKey = (panelId: string) => `studio:panel:evaluating:${panelId}`;

/**
 * A panel's participants may be connected to different API nodes (the proxy is not sticky): each node
 * delivers to its own sockets what the others publish here on Redis pub/sub, so they are in one room.
 */
export class PanelRelay implements RoomRelay {
  private readonly node = randomUUID();
  private handler: ((panelId: string, event: RoomEvent) => void) | null = null;

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
  ) {}

  static async create(redisUrl: string): Promise<PanelRelay> {
    const relay = new PanelRelay(
      new Redis(redisUrl, { maxRetriesPerRequest: 2 }),
      new Redis(redisUrl, { maxRetriesPerRequest: null }),
    );
    relay.subscriber.on("message", (channel: string, raw: string) => {
      if (channel === CHANNEL) relay.received(raw);
    });
    await relay.subscriber.subscribe(CHANNEL);
    return relay;
  }

  publish(panelId: string, event: RoomEvent): void {
    const raw = JSON.stringify({ node: this.node, panelId, event });
    void this.publisher.publish(CHANNEL, raw).catch(() => {});
  }

  onEvent(handler: (panelId: string, event: RoomEvent) => void): void {
    this.handler = handler;
  }

  async claimEvaluation(panelId: string, forMs: number): Promise<boolean> {
    // Held a little less than the interval, so the holder's next tick finds it free again.
    const ms = Math.max(1, Math.floor(forMs * 0.9));
    return (await this.publisher.set(evaluationKey(panelId), this.node, "PX", ms, "NX")) === "OK";
  }

  close(): void {
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }

  private received(raw: string): void {
    let parsed: { node?: unknown; panelId?: unknown; event?: RoomEvent };
    try {
      parsed = JSON.parse(raw);
    } catch {
      return;
    }
    // This node delivered its own events already.
    if (parsed.node === this.node || typeof parsed.panelId !== "string" || !parsed.event) return;
    this.handler?.(parsed.panelId, parsed.event);
  }
}
