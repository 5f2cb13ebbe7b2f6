import { PanelRoom, type RoomDeps } from "./panel-room";

/**
 * The live rooms of this process, made on first use: a panel's state lives in the database, not here,
 * so a room goes from memory as soon as its panel ends, and after `idleMs` with nobody connected.
 */
export class PanelRooms {
  private readonly rooms = new Map<string, PanelRoom>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly deps: RoomDeps,
    private readonly idleMs: number,
  ) {
    // Another node's room of a panel spoke: only a room this node holds has sockets to tell.
    deps.relay?.onEvent((panelId, event) => this.rooms.get(panelId)?.receive(event));
  }

  /** The panel's room; every use starts its idle clock again. */
  get(panelId: string): PanelRoom {
    let room = this.rooms.get(panelId);
    if (!room) {
      room = new PanelRoom(panelId, {
        ...this.deps,
        vacated: (vacant) => this.dropWhenIdle(panelId, vacant),
        ended: (ended) => this.drop(panelId, ended),
      });
      this.rooms.set(panelId, room);
    }
    this.dropWhenIdle(panelId, room);
    return room;
  }

  connected(panelId: string): ReadonlySet<string> {
    return this.rooms.get(panelId)?.connected ?? new Set();
  }

  /** How many rooms are in memory (the `panel_rooms_live` gauge). */
  get size(): number {
    return this.rooms.size;
  }

  closeAll(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const room of this.rooms.values()) room.close();
    this.rooms.clear();
  }

  /** Drops the room after `idleMs` unless someone connected (or is connecting) by then. */
  private dropWhenIdle(panelId: string, room: PanelRoom): void {
    clearTimeout(this.timers.get(panelId));
    const timer = setTimeout(() => {
      if (room.idle) this.drop(panelId, room);
    }, this.idleMs);
    timer.unref();
    this.timers.set(panelId, timer);
  }

  private drop(panelId: string, room: PanelRoom): void {
    // A newer room for the same panel stays: only this instance goes.
    if (this.rooms.get(panelId) !== room) return;
    clearTimeout(this.timers.get(panelId));
    this.timers.delete(panelId);
    room.close();
    this.rooms.delete(panelId);
  }
}
