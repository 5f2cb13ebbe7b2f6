import type { CreatedPanel } from "@studio/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PanelSocket } from "./panel-socket-client";
import { Client, startTestServer, type TestServer } from "./test-server";

const IDLE_MS = 300;
// A loaded machine can take a minute to start the server (migrations on PGlite): not a speed check.
const STARTUP_MS = 240_000;

describe("live panel rooms leave memory when they end or go idle", () => {
  let server: TestServer;
  let owner: Client;
  const ws = (id: string) => `${server.url.replace("http", "ws")}/ws/panel/${id}`;
  const create = async (title: string): Promise<CreatedPanel> =>
    (
      await owner.request("POST", "/api/panels", {
        title,
        language: "ko",
        interviewers: [{ name: "김면접" }],
        candidates: [{ name: "지원자" }],
      })
    ).body;
  const connect = (id: string) => PanelSocket.connect(ws(id), { token: owner.token ?? "" });
  const liveRooms = async () => {
    const text: string = (await owner.request("GET", "/metrics")).body;
    const line = /^panel_rooms_live (\d+)$/m.exec(text);
    if (!line) throw new Error("no panel_rooms_live gauge");
    return Number(line[1]);
  };
  /** Polls the gauge until it reads `expected` (fails after `ms`; a correctness check, not a speed one). */
  const untilLiveRooms = async (expected: number, ms = 20_000) => {
    const deadline = Date.now() + ms;
    let seen = await liveRooms();
    while (seen !== expected && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      seen = await liveRooms();
    }
    expect(seen).toBe(expected);
  };

  beforeAll(async () => {
    server = await startTestServer({
      PANEL_EVALUATION_INTERVAL_MS: "60000",
      PANEL_ROOM_IDLE_MS: String(IDLE_MS),
    });
    owner = new Client(server.url);
    await owner.signUp();
  }, STARTUP_MS);
  afterAll(() => server?.close({ removeData: true }));

  it("drops an ended panel's room at once", async () => {
    const panel = await create("끝나는 패널");
    const lead = await connect(panel.id);
    await lead.next("panel_state");
    expect(await liveRooms()).toBe(1);
    lead.send({ type: "end_session" });
    await lead.next("session_ended");
    await lead.waitClosed();
    await untilLiveRooms(0);
    expect((await owner.request("GET", `/api/panels/${panel.id}/status`)).body.status).toBe("ended");
  });

  it("keeps a room while someone is connected, drops it once idle, and resumes it from the store", async () => {
    const panel = await create("쉬는 패널");
    const lead = await connect(panel.id);
    await lead.next("panel_state");
    lead.send({ type: "utterance", text: "자기소개 부탁드립니다." });
    await lead.next("utterance");
    await new Promise((r) => setTimeout(r, IDLE_MS * 4));
    expect(await liveRooms()).toBe(1);
    await lead.roundTrip(); // still served
    lead.close();
    await lead.waitClosed();
    await untilLiveRooms(0);

    expect((await owner.request("GET", `/api/panels/${panel.id}/status`)).body.status).toBe("live");
    const again = await connect(panel.id);
    const state = await again.next("panel_state");
    expect(state.transcript.map((u) => u.text)).toEqual(["자기소개 부탁드립니다."]);
    expect(await liveRooms()).toBe(1);
    again.close();
    await untilLiveRooms(0);
  });

  it("drops a room made only to end a panel over REST", async () => {
    const panel = await create("REST로 끝내기");
    expect((await owner.request("POST", `/api/panels/${panel.id}/end`)).status).toBe(200);
    await untilLiveRooms(0);
  });
});
