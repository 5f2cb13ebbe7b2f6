import type { CreatedPanel, PanelList } from "@studio/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, startTestServer, type TestServer } from "./test-server";

const body = (title: string) => ({
  title,
  language: "ko",
  interviewers: [{ name: "김면접" }],
  candidates: [{ name: "박지원" }, { name: "최하늘" }],
});

// A loaded machine can take a minute to start the server (migrations on PGlite): not a speed check.
const STARTUP_MS = 240_000;

describe("a panel's creator can come back to it", () => {
  let server: TestServer;
  let owner: Client;
  let other: Client;
  let first: CreatedPanel;
  let second: CreatedPanel;

  beforeAll(async () => {
    server = await startTestServer({ PANEL_EVALUATION_INTERVAL_MS: "60000" });
    owner = new Client(server.url);
    other = new Client(server.url);
    await owner.signUp();
    await other.signUp();
    first = (await owner.request("POST", "/api/panels", body("1차 면접"))).body;
    second = (await owner.request("POST", "/api/panels", body("2차 면접"))).body;
  }, STARTUP_MS);
  afterAll(() => server?.close({ removeData: true }));

  it("lists the user's own panels, newest first, and nobody else's", async () => {
    const mine = await owner.request("GET", "/api/panels");
    expect(mine.status).toBe(200);
    const list = (mine.body as PanelList).panels;
    expect(list.map((p) => p.title)).toEqual(["2차 면접", "1차 면접"]);
    expect(list.map((p) => p.id)).toEqual([second.id, first.id]);
    expect(list[0]).toMatchObject({ status: "waiting", language: "ko" });
    expect((await other.request("GET", "/api/panels")).body).toEqual({ panels: [] });
    expect((await new Client(server.url).request("GET", "/api/panels")).status).toBe(401);
  });

  it("gives the creator working invitation links again, and nobody else", async () => {
    const again = await owner.request("POST", `/api/panels/${first.id}/invites`);
    expect(again.status).toBe(201);
    const invites = (again.body as CreatedPanel).invites;
    // Everyone of the panel, as at creation (its observer link included), with fresh tokens.
    const names = (list: CreatedPanel["invites"]) => list.map((i) => `${i.role}:${i.name}`).sort();
    expect(names(invites)).toEqual(names(first.invites));
    expect(names(invites)).toEqual(expect.arrayContaining(["candidate:박지원", "candidate:최하늘"]));
    const candidate = invites.find((i) => i.name === "박지원")!;
    const joined = await new Client(server.url).request(
      "GET",
      `/api/panels/${first.id}?invite=${encodeURIComponent(candidate.token)}`,
    );
    expect(joined.status).toBe(200);
    expect(joined.body.me).toMatchObject({ name: "박지원", role: "candidate" });
    // Another user, an unknown panel and no login: the panel does not exist for them.
    expect((await other.request("POST", `/api/panels/${first.id}/invites`)).status).toBe(404);
    expect((await owner.request("POST", "/api/panels/no-such-panel/invites")).status).toBe(404);
    expect((await new Client(server.url).request("POST", `/api/panels/${first.id}/invites`)).status).toBe(
      401,
    );
  });

  it("refuses new links once the panel has ended, and lists it as ended", async () => {
    expect((await owner.request("POST", `/api/panels/${second.id}/end`)).status).toBe(200);
    const ended = await owner.request("POST", `/api/panels/${second.id}/invites`);
    expect(ended.status).toBe(409);
    expect(ended.body.error.code).toBe("SESSION_ENDED");
    const list = (await owner.request("GET", "/api/panels")).body as PanelList;
    expect(list.panels.find((p) => p.id === second.id)?.status).toBe("ended");
  });
});
