import { PanelRoom, type RoomDeps } from "./panel-room";

/** The live rooms of this process, made on first use: a panel's state lives in the database, not here. */
export class PanelRooms {
  private readonly rooms = new Map<string, PanelRoom>();

  constructor(private readonly deps: RoomDeps) {}

  get(panelId: string): PanelRoom {
    let room = this.rooms.get(panelId);
    if (!room) {
      room = new PanelRoom(panelId, this.deps);
      this.rooms.set(panelId, room);
    }
    return room;
  }

  connected(panelId: string): ReadonlySet<string> {
    return this.rooms.get(panelId)?.connected ?? new Set();
  }

  closeAll(): void {
    for (const room of this.rooms.values()) room.close();
    this.rooms.clear();
  }
}
