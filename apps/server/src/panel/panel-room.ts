import type { PanelClientMessage, PanelServerMessage, PanelUtterance } from "@studio/protocol";
import type { FastifyBaseLogger } from "fastify";
import type { WebSocket } from "ws";
import { ApiError } from "../http/api-error";
import type { HeardVoice, PanelAudio } from "./panel-audio";
import type { RoomEvent, RoomRelay } from "./panel-relay";
import type { PanelService } from "./panel-service";
import type { PanelRow, ParticipantRow } from "./panel-store";
import { type Connection, canSee, participantOf, resolveSpeaker } from "./room-rules";

export interface RoomDeps {
  service: PanelService;
  intervalMs: number;
  log: FastifyBaseLogger;
  /** The last connection left: the room may be dropped once idle (PanelRooms). */
  vacated?: (room: PanelRoom) => void;
  /** The panel ended and its sockets were closed: the room can go. */
  ended?: (room: PanelRoom) => void;
  /** The same panel's rooms on the other API nodes (Redis); absent in one process. */
  relay?: RoomRelay;
}

/**
 * The live side of one panel: its connections, the periodic evaluation and the speaker in shared-room
 * mode. Every change is written to the store before it is broadcast, so a restart loses nothing but sockets.
 */
export class PanelRoom {
  private readonly connections = new Set<Connection>();
  private timer: NodeJS.Timeout | null = null;
  /** Shared-room mode: who the interviewer last tapped as speaking. */
  private tapped: string | null = null;
  /** Shared-room mode with a diarizer: who said each heard utterance (corrections included), by its id. */
  private readonly voiced = new Map<string, string>();
  /** Writes happen one at a time per panel, so the transcript's order is the order things were said. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Sockets between upgrade and join: a room with one is not idle. */
  private joining = 0;

  constructor(
    readonly panelId: string,
    private readonly deps: RoomDeps,
  ) {}

  /** Nobody connected and nobody joining: the room holds nothing the store does not. */
  get idle(): boolean {
    return this.connections.size === 0 && this.joining === 0;
  }

  get connected(): ReadonlySet<string> {
    return new Set([...this.connections].map((c) => c.me.id));
  }

  serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async join(socket: WebSocket, me: ParticipantRow, audio: PanelAudio | null): Promise<Connection> {
    const connection: Connection = { socket, me, audio };
    this.joining++;
    try {
      await this.serial(async () => {
        const panel = await this.deps.service.markLive(this.panelId);
        this.connections.add(connection);
        this.send(connection, await this.deps.service.state(this.panelId, me, this.connected));
        this.broadcast({ type: "participant_joined", participant: participantOf(me, true) });
        if (panel.status !== "ended") this.startTimer();
      });
    } finally {
      this.joining--;
    }
    return connection;
  }

  leave(connection: Connection): void {
    connection.audio?.close();
    if (!this.connections.delete(connection)) return;
    const stillHere = this.connected.has(connection.me.id);
    this.broadcast({ type: "participant_left", participant: participantOf(connection.me, stillHere) });
    if (this.connections.size === 0) {
      this.stopTimer();
      this.deps.vacated?.(this);
    }
  }

  async handle(connection: Connection, message: PanelClientMessage): Promise<void> {
    const { me } = connection;
    switch (message.type) {
      case "ping":
        return this.send(connection, { type: "pong" });
      case "audio_chunk":
        return this.hearAudio(connection, Buffer.from(message.data, "base64"));
      case "audio_end":
        return connection.audio?.end();
      case "utterance":
        await this.serial(() => this.say(me, message.text, message.speaker, message));
        return;
      case "note":
        return this.serial(async () => {
          const note = await this.deps.service.addNote(this.panelId, me, message.candidate, message.text);
          this.broadcast({ type: "note_saved", ...note });
        });
      case "set_speaker":
        return this.serial(() => this.setSpeaker(me, message.speaker, message.utteranceId));
      case "end_session":
        if (me.role !== "interviewer")
          throw new ApiError(403, "FORBIDDEN", "Only interviewers end the panel");
        return this.end();
    }
  }

  hearAudio(connection: Connection, pcm: Uint8Array): void {
    if (!connection.audio)
      throw new ApiError(
        409,
        "STT_UNAVAILABLE",
        "Server speech recognition is not configured; send utterance text",
      );
    connection.audio.push(pcm);
  }

  /**
   * A transcript from a connection's microphone: its speaker by connection; in a shared room, whoever
   * said the latest earlier utterance the diarizer heard in the same voice, else the tapped participant.
   */
  async heard(connection: Connection, text: string, voice: HeardVoice | null): Promise<void> {
    await this.serial(async () => {
      const panel = await this.deps.service.panel(this.panelId);
      if (panel.mode !== "shared_room") {
        await this.say(connection.me, text, undefined, {}, "connection");
        return;
      }
      const byVoice = voice?.sameAs.map((id) => this.voiced.get(id)).find((id) => id !== undefined);
      const speaker = byVoice ?? this.tapped ?? connection.me.id;
      const how = byVoice ? "diarization" : this.tapped ? "tap" : "connection";
      const said = await this.say(connection.me, text, speaker, {}, how);
      if (!voice) return;
      this.voiced.set(said.id, said.speakerId);
      connection.audio?.remember(voice.clip, said.id);
    });
  }

  private async say(
    me: ParticipantRow,
    text: string,
    speaker: string | undefined,
    times: { start?: number; end?: number },
    how?: string,
  ): Promise<PanelUtterance> {
    const panel = await this.deps.service.panel(this.panelId);
    if (panel.status === "ended") throw new ApiError(409, "SESSION_ENDED", "This panel has ended");
    const people = await this.deps.service.people(this.panelId);
    const who = resolveSpeaker(me, speaker, people, panel, this.tapped);
    const attribution =
      how ?? (who.id === me.id ? "connection" : panel.mode === "shared_room" ? "tap" : "declared");
    const utterance = await this.deps.service.addUtterance(this.panelId, who, text, times, attribution);
    this.broadcast({ type: "utterance", ...utterance }, panel);
    return utterance;
  }

  private async setSpeaker(me: ParticipantRow, speaker: string, utteranceId?: string): Promise<void> {
    if (me.role !== "interviewer") throw new ApiError(403, "FORBIDDEN", "Only interviewers set the speaker");
    const people = await this.deps.service.people(this.panelId);
    const who = people.find((p) => p.id === speaker || p.name === speaker);
    if (!who || who.role === "observer")
      throw new ApiError(400, "UNKNOWN_SPEAKER", `No participant "${speaker}"`);
    if (!utteranceId) {
      this.tapped = who.id;
      this.broadcastStaff({ type: "speaker_changed", speaker: who.name, speakerId: who.id });
      return;
    }
    const corrected = await this.deps.service.correctSpeaker(this.panelId, utteranceId, who);
    // A corrected voice: later utterances the diarizer hears in it go to the right person.
    if (this.voiced.has(utteranceId)) this.voiced.set(utteranceId, who.id);
    this.broadcastStaff({ type: "speaker_changed", speaker: who.name, speakerId: who.id, utteranceId });
    const panel = await this.deps.service.panel(this.panelId);
    this.broadcast({ type: "utterance", ...corrected }, panel);
  }

  /** Ends the panel: the final evaluation is written, everyone hears `session_ended`, sockets close. */
  async end(): Promise<void> {
    await this.endHere();
    this.deps.relay?.publish(this.panelId, { kind: "ended" });
  }

  /** What this panel's room on another node said: delivered to this node's sockets. */
  receive(event: RoomEvent): void {
    if (event.kind === "ended") {
      void this.endHere().catch((error) => this.deps.log.error({ err: error }, "panel end failed"));
      return;
    }
    const { message } = event;
    if (message.type === "speaker_changed" && !message.utteranceId) this.tapped = message.speakerId;
    this.deliver(event);
  }

  /** Ends the panel in this node's room (finishing an ended panel only reads its report). */
  private async endHere(): Promise<void> {
    await this.serial(async () => {
      this.stopTimer();
      const report = await this.deps.service.finish(this.panelId);
      for (const connection of this.connections) {
        const staff = connection.me.role !== "candidate";
        this.send(connection, { type: "session_ended", result: staff ? report : null });
      }
      for (const connection of [...this.connections]) connection.socket.close(1000, "panel ended");
    });
    this.deps.ended?.(this);
  }

  close(): void {
    this.stopTimer();
    for (const connection of this.connections) connection.audio?.close();
  }

  /**
   * Periodic evaluations, each scheduled a full interval after the previous one ends: a slow
   * evaluation (an LLM, a loaded machine) never runs back to back and starves the room's relay.
   */
  private startTimer(): void {
    if (this.timer) return;
    const tick = () => {
      const current = this.timer;
      void this.evaluate().finally(() => {
        // Only the chain still running goes on (a stop, or a stop and a new start, ends this one).
        if (this.timer === current) this.timer = this.schedule(tick);
      });
    };
    this.timer = this.schedule(tick);
  }

  private schedule(tick: () => void): NodeJS.Timeout {
    const timer = setTimeout(tick, this.deps.intervalMs);
    timer.unref();
    return timer;
  }

  private stopTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** One periodic evaluation; on every node but one when the panel's participants are on several. */
  private async evaluate(): Promise<void> {
    try {
      const relay = this.deps.relay;
      if (relay && !(await relay.claimEvaluation(this.panelId, this.deps.intervalMs))) return;
      const evaluation = await this.deps.service.evaluateLive(this.panelId);
      if (evaluation) this.broadcastStaff({ type: "evaluation_summary", ...evaluation });
    } catch (error) {
      this.deps.log.error({ err: error }, "panel evaluation failed");
    }
  }

  private broadcast(message: PanelServerMessage, panel?: PanelRow): void {
    const candidateSeesTranscript = panel?.candidateSeesTranscript ?? false;
    this.fanOut({ kind: "message", to: "all", message, candidateSeesTranscript });
  }

  private broadcastStaff(message: PanelServerMessage): void {
    this.fanOut({ kind: "message", to: "staff", message, candidateSeesTranscript: false });
  }

  /** To this node's sockets, and through the relay to the sockets of the panel on other nodes. */
  private fanOut(event: Extract<RoomEvent, { kind: "message" }>): void {
    this.deliver(event);
    this.deps.relay?.publish(this.panelId, event);
  }

  private deliver(event: Extract<RoomEvent, { kind: "message" }>): void {
    for (const connection of this.connections) {
      const { me } = connection;
      const sees = event.to === "staff" ? me.role !== "candidate" : canSee(me, event.message, event);
      if (sees) this.send(connection, event.message);
    }
  }

  send(connection: Connection, message: PanelServerMessage): void {
    const { socket } = connection;
    if (socket.readyState !== socket.OPEN) return;
    // A client that cannot keep up is dropped rather than growing the server's memory.
    if (socket.bufferedAmount > 4 * 1024 * 1024) {
      socket.close(1013, "client too slow");
      return;
    }
    socket.send(JSON.stringify(message));
  }
}
