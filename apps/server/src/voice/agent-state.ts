import type { AgentState } from "@studio/protocol";
import type { SocketSender } from "./socket-sender";

/**
 * The interviewer's state as the room shows it, sent as `agent_state` on every change. Speaking lasts
 * as long as the browser plays the audio (which outlasts sending it), then the interviewer listens.
 */
export class AgentStateTracker {
  private state: AgentState = "idle";
  private speakingTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly sender: SocketSender) {}

  get current(): AgentState {
    return this.state;
  }

  set(state: AgentState): void {
    this.clearTimer();
    if (state === this.state) return;
    this.state = state;
    this.sender.send({ type: "agent_state", state });
  }

  /** Sends the current state again (a new connection starts from it). */
  announce(): void {
    this.sender.send({ type: "agent_state", state: this.state });
  }

  /** Speaking now, and listening once `playoutMs` have passed unless something else happens first. */
  speakFor(playoutMs: number): void {
    this.set("speaking");
    this.speakingTimer = setTimeout(() => this.set("listening"), Math.max(0, playoutMs));
    this.speakingTimer.unref?.();
  }

  close(): void {
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.speakingTimer) clearTimeout(this.speakingTimer);
    this.speakingTimer = null;
  }
}
