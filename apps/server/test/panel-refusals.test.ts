import type { CreatedPanel } from "@studio/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InviteTokens } from "../src/panel/invite-tokens";
import { PanelSocket } from "./socket-client";
import { Client, startTestServer, type TestServer } from "./test-server";

const TEST_SECRET = "test-secret-test-secret-test-secret";
const body = {
  title: "Panel",
  language: "en",
  interviewers: [{ name: "Kim" }],
  candidates: [{ name: "Ann" }, { name: "Ben" }],
};

// A loaded machine can take a minute to start the server (migrations on PGlite): not a speed check.
const STARTUP_MS = 240_000;
const MAX_UTTERANCES = 6;

describe("panel interviews refuse bad input cleanly", () => {
  let server: TestServer;
  let owner: Client;
  let panel: CreatedPanel;
  const token = (name: string) => panel.invites.find((i) => i.name === name)?.token ?? "";
  const ws = (id: string, query = "") => `${server.url.replace("http", "ws")}/ws/panel/${id}${query}`;

  beforeAll(async () => {
    server = await startTestServer({
      PANEL_EVALUATION_INTERVAL_MS: "60000",
      // Small, so that the caps are reached in a test; the defaults are 2000 / 300000 / 500.
      PANEL_MAX_UTTERANCES: String(MAX_UTTERANCES),
      PANEL_MAX_TRANSCRIPT_CHARS: "3000",
      PANEL_MAX_NOTES: "3",
    });
    owner = new Client(server.url);
    await owner.signUp();
    panel = (await owner.request("POST", "/api/panels", body)).body;
  }, STARTUP_MS);
  afterAll(() => server?.close({ removeData: true }));

  it("refuses creation without login or with a bad body", async () => {
    expect((await new Client(server.url).request("POST", "/api/panels", body)).status).toBe(401);
    const bad = [
      { ...body, candidates: [] },
      { ...body, candidates: [{ name: "A" }, { name: "B" }, { name: "C" }, { name: "D" }] },
      { ...body, candidates: [{ name: "Ann" }, { name: "Ann" }] },
      { ...body, language: "fr" },
      { ...body, items: [] },
      { ...body, title: "x\u0000y" },
      { ...body, interviewers: [{ name: "Kim" }, { name: "Kim" }] },
      { ...body, interviewers: [{ name: "Ann" }] },
      "not json",
    ];
    for (const b of bad) {
      const answer = await owner.request("POST", "/api/panels", b);
      expect(answer.status, JSON.stringify(b)).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.body.error.code).toBeTypeOf("string");
    }
    const custom = await owner.request("POST", "/api/panels", { ...body, items: ["Coding", "Culture fit"] });
    expect(custom.status).toBe(201);
    // The job as an organiser writes it; the question bank follows the role it names.
    const job = await owner.request("POST", "/api/panels", {
      ...body,
      language: "ko",
      role: "백엔드 개발자",
    });
    expect(job.status).toBe(201);
    expect((await owner.request("GET", `/api/panels/${job.body.id}`)).body.role).toBe("백엔드 개발자");
    const bank = (await owner.request("GET", `/api/panels/${job.body.id}/questions`)).body.bank;
    const backend = (await owner.request("GET", `/api/panels/${custom.body.id}/questions`)).body.bank;
    expect(bank.length).toBeGreaterThan(0);
    expect(bank).not.toEqual(backend);
    expect(JSON.stringify(bank)).toMatch(/API|서버|데이터베이스|DB/);
  });

  it("answers 404 for unknown panels and other users' panels", async () => {
    expect((await owner.request("GET", "/api/panels/nope/status")).status).toBe(404);
    const stranger = new Client(server.url);
    await stranger.signUp();
    for (const path of ["", "/status", "/report"])
      expect((await stranger.request("GET", `/api/panels/${panel.id}${path}`)).status).toBe(404);
    expect((await stranger.request("POST", `/api/panels/${panel.id}/end`)).status).toBe(404);
    await expect(PanelSocket.connect(ws(panel.id), { token: stranger.token ?? "" })).rejects.toThrow(
      "HTTP 404",
    );
    await expect(PanelSocket.connect(ws(panel.id))).rejects.toThrow("HTTP 401");
  });

  it("keeps notes, evaluations and the report from a candidate's link", async () => {
    const q = `?invite=${encodeURIComponent(token("Ann"))}`;
    const guest = new Client(server.url);
    expect((await guest.request("GET", `/api/panels/${panel.id}${q}`)).body.me).toMatchObject({
      role: "candidate",
    });
    expect((await guest.request("GET", `/api/panels/${panel.id}/report${q}`)).status).toBe(403);
    expect((await guest.request("POST", `/api/panels/${panel.id}/end${q}`)).status).toBe(403);
    const ann = await PanelSocket.connect(ws(panel.id, q));
    const state = await ann.next("panel_state");
    expect(state.evaluation).toBeNull();
    expect(state.notes).toEqual([]);
    ann.send({ type: "note", candidate: "Ben", text: "weak" });
    ann.send({ type: "end_session" });
    ann.send({ type: "set_speaker", speaker: "Ben" });
    await ann.roundTrip();
    expect(ann.all("error").map((e) => e.code)).toEqual(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN"]);
    ann.close();
  });

  it("refuses an expired, altered or foreign link", async () => {
    const tokens = new InviteTokens(TEST_SECRET);
    const ann = panel.invites.find((i) => i.name === "Ann");
    const expired = tokens.sign({
      panelId: panel.id,
      participantId: ann?.participantId ?? "",
      role: "candidate",
      expiresAt: new Date(Date.now() - 1000),
    });
    const guest = new Client(server.url);
    const old = await guest.request("GET", `/api/panels/${panel.id}?invite=${expired}`);
    expect(old.status).toBe(401);
    expect(old.body.error.code).toBe("INVITE_EXPIRED");
    await expect(PanelSocket.connect(ws(panel.id, `?invite=${expired}`))).rejects.toThrow("HTTP 401");
    // Promoting oneself to interviewer breaks the signature.
    const [payload, mac] = token("Ann").split(".");
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
    const forged = `${Buffer.from(JSON.stringify({ ...claims, r: "interviewer" })).toString("base64url")}.${mac}`;
    expect((await guest.request("GET", `/api/panels/${panel.id}/report?invite=${forged}`)).status).toBe(401);
    const other = (await owner.request("POST", "/api/panels", body)).body as CreatedPanel;
    expect((await guest.request("GET", `/api/panels/${other.id}?invite=${token("Kim")}`)).status).toBe(404);
  });

  it("answers junk on the socket with error and goes on", async () => {
    const kim = await PanelSocket.connect(ws(panel.id, `?invite=${encodeURIComponent(token("Kim"))}`));
    await kim.next("panel_state");
    const junk = [
      "not json",
      "[]",
      { type: "bogus" },
      { type: "utterance" },
      { type: "utterance", text: "" },
      { type: "utterance", text: "x".repeat(5001) },
      { type: "utterance", text: "hi", speaker: "Nobody" },
      { type: "utterance", text: "bad \ud800 text" },
      { type: "note", candidate: "Nobody", text: "?" },
      { type: "set_speaker", utteranceId: "missing", speaker: "Ann" },
      { type: "audio_chunk", data: "AAAA" },
    ];
    for (const message of junk) kim.send(message);
    await kim.roundTrip();
    expect(kim.all("error")).toHaveLength(junk.length);
    kim.send({ type: "utterance", text: "Ann, tell us about a project you led.", speaker: "Kim" });
    const said = await kim.next("utterance");
    expect(said).toMatchObject({ speaker: "Kim", role: "interviewer" });
    // An interviewer corrects who said it afterwards.
    kim.send({ type: "set_speaker", utteranceId: said.id, speaker: "Ann" });
    const fixed = await kim.next("utterance", (u) => u.id === said.id && u.speaker === "Ann");
    expect(fixed.attribution).toBe("corrected");
    kim.close();
  });

  it("in shared-room mode, attributes typed or heard words to whoever the interviewer tapped", async () => {
    const shared = (await owner.request("POST", "/api/panels", { ...body, mode: "shared_room" }))
      .body as CreatedPanel;
    const kimToken = shared.invites.find((i) => i.name === "Kim")?.token ?? "";
    const kim = await PanelSocket.connect(ws(shared.id, `?invite=${encodeURIComponent(kimToken)}`));
    await kim.next("panel_state");
    kim.send({ type: "set_speaker", speaker: "Ben" });
    await kim.next("speaker_changed", (m) => m.speaker === "Ben" && !m.utteranceId);
    kim.send({ type: "utterance", text: "I led the migration to PostgreSQL." });
    const heard = await kim.next("utterance");
    expect(heard).toMatchObject({ speaker: "Ben", role: "candidate", attribution: "tap" });
    kim.close();
  });

  const joinAsKim = async (id: string, invites: CreatedPanel["invites"]) => {
    const kimToken = invites.find((i) => i.name === "Kim")?.token ?? "";
    const kim = await PanelSocket.connect(ws(id, `?invite=${encodeURIComponent(kimToken)}`));
    await kim.next("panel_state");
    return kim;
  };

  it("caps what one panel stores: past the cap PANEL_FULL, and the room goes on", async () => {
    const capped = (await owner.request("POST", "/api/panels", body)).body as CreatedPanel;
    const kim = await joinAsKim(capped.id, capped.invites);
    for (let i = 1; i <= MAX_UTTERANCES + 1; i++) kim.send({ type: "utterance", text: `Question ${i}?` });
    for (let i = 1; i <= 4; i++) kim.send({ type: "note", candidate: "Ann", text: `note ${i}` });
    await kim.roundTrip();
    expect(kim.all("utterance")).toHaveLength(MAX_UTTERANCES);
    expect(kim.all("note_saved").map((n) => n.text)).toEqual(["note 1", "note 2", "note 3"]);
    expect(kim.all("error").map((e) => e.code)).toEqual(["PANEL_FULL", "PANEL_FULL"]);
    kim.close();

    // The characters are counted too: a few long utterances fill a panel as well as many short ones.
    const long = (await owner.request("POST", "/api/panels", body)).body as CreatedPanel;
    const lead = await joinAsKim(long.id, long.invites);
    for (const size of [1400, 1400, 400, 150]) lead.send({ type: "utterance", text: "a".repeat(size) });
    await lead.roundTrip();
    expect(lead.all("utterance").map((u) => u.text.length)).toEqual([1400, 1400, 150]);
    expect(lead.all("error").map((e) => e.code)).toEqual(["PANEL_FULL"]);
    const report = await owner.request("GET", `/api/panels/${long.id}/report`);
    expect(report.body.transcript).toHaveLength(3);
    lead.close();
  });

  it("takes no notes nor speaker corrections once the panel has ended", async () => {
    const done = (await owner.request("POST", "/api/panels", body)).body as CreatedPanel;
    const kim = await joinAsKim(done.id, done.invites);
    kim.send({ type: "utterance", text: "Ann, why this team?", speaker: "Kim" });
    const said = await kim.next("utterance");
    expect((await owner.request("POST", `/api/panels/${done.id}/end`)).status).toBe(200);
    await kim.waitClosed();
    const again = await joinAsKim(done.id, done.invites);
    again.send({ type: "note", candidate: "Ann", text: "late note" });
    again.send({ type: "set_speaker", utteranceId: said.id, speaker: "Ann" });
    again.send({ type: "utterance", text: "one more" });
    await again.roundTrip();
    expect(again.all("error").map((e) => e.code)).toEqual([
      "SESSION_ENDED",
      "SESSION_ENDED",
      "SESSION_ENDED",
    ]);
    const report = (await owner.request("GET", `/api/panels/${done.id}/report`)).body;
    expect(report.notes).toEqual([]);
    expect(report.transcript[0]).toMatchObject({ speaker: "Kim" });
    again.close();
  });
});
