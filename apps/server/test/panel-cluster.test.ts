import type { CreatedPanel } from "@studio/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PanelRelay } from "../src/panel/panel-relay";
import { requireInCi } from "./required-services";
import { PanelSocket } from "./socket-client";
import { Client, startTestServer, type TestServer } from "./test-server";

const databaseUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;
// A loaded machine can take a minute to start a server: not a speed check.
const STARTUP_MS = 240_000;
const QUESTION = "최근 프로젝트에서 맡은 역할을 말씀해 주세요.";
const ANSWER = "결제 API의 응답 시간을 2.8초에서 0.4초로 줄였습니다.";

// Two API nodes on one PostgreSQL and one Redis, behind a proxy that is not sticky: one panel's
// participants land on different nodes and must still be in one room.
describe("a panel whose participants are connected to two API nodes", () => {
  if (!requireInCi("PostgreSQL and Redis (TEST_DATABASE_URL, TEST_REDIS_URL)", databaseUrl && redisUrl))
    return;
  const nodes: TestServer[] = [];
  const owner = new Client("");
  const ws = (node: TestServer, id: string, invite?: string) =>
    `${node.url.replace("http", "ws")}/ws/panel/${id}${invite ? `?invite=${encodeURIComponent(invite)}` : ""}`;
  const create = async (body: object): Promise<CreatedPanel> => {
    const created = await owner.request("POST", "/api/panels", { language: "ko", ...body });
    expect(created.status).toBe(201);
    return created.body;
  };
  const invite = (panel: CreatedPanel, name: string) => {
    const found = panel.invites.find((i) => i.name === name);
    if (!found) throw new Error(`no invite for ${name}`);
    return found.token;
  };

  beforeAll(async () => {
    const env = { DATABASE_URL: databaseUrl!, REDIS_URL: redisUrl!, PANEL_EVALUATION_INTERVAL_MS: "600000" };
    nodes.push(...(await Promise.all([startTestServer(env), startTestServer(env)])));
    Object.assign(owner, { baseUrl: nodes[0]!.url });
    await owner.signUp("김면접");
  }, STARTUP_MS);
  afterAll(async () => {
    for (const node of nodes) await node.close({ removeData: true });
  });

  it("delivers what each participant says to the others' nodes, keeps the candidate's view, and ends on every node", async () => {
    const [a, b] = nodes as [TestServer, TestServer];
    const panel = await create({
      title: "두 노드 패널",
      interviewers: [{ name: "김면접" }],
      candidates: [{ name: "지원자A" }],
    });
    const lead = await PanelSocket.connect(ws(a, panel.id), { token: owner.token ?? "" });
    await lead.next("panel_state");
    const candidate = await PanelSocket.connect(ws(b, panel.id, invite(panel, "지원자A")));
    await candidate.next("panel_state");
    // The candidate joined on node b; the interviewer on node a hears of it.
    await lead.next("participant_joined", (m) => m.participant.name === "지원자A");

    lead.send({ type: "utterance", text: QUESTION });
    await candidate.next("utterance", (m) => m.text === QUESTION);
    candidate.send({ type: "utterance", text: ANSWER });
    const heard = await lead.next("utterance", (m) => m.text === ANSWER);
    expect(heard).toMatchObject({ speaker: "지원자A", role: "candidate" });

    // A note goes to the staff on every node, never to the candidate on the other one.
    lead.send({ type: "note", candidate: "지원자A", text: "수치 근거가 분명함" });
    await lead.next("note_saved");
    await candidate.roundTrip();
    expect(candidate.all("note_saved")).toEqual([]);
    expect(candidate.all("utterance").map((u) => u.text)).toEqual([QUESTION]);

    // Ended through node b's REST route: the interviewer's socket on node a gets the report and closes.
    const ended = await new Client(b.url).request("POST", `/api/panels/${panel.id}/end`, undefined, {
      authorization: `Bearer ${owner.token}`,
    });
    expect(ended.status).toBe(200);
    const last = await lead.next("session_ended");
    expect(last.result?.transcript.map((u) => u.text)).toEqual([QUESTION, ANSWER]);
    await lead.waitClosed(15_000);
    expect((await candidate.next("session_ended")).result).toBeNull();
    await candidate.waitClosed(15_000);
  });

  it("attributes a shared-room utterance to the speaker an interviewer on the other node tapped", async () => {
    const [a, b] = nodes as [TestServer, TestServer];
    const panel = await create({
      title: "한 마이크 패널",
      mode: "shared_room",
      interviewers: [{ name: "김면접" }, { name: "이면접" }],
      candidates: [{ name: "지원자A" }],
    });
    const lead = await PanelSocket.connect(ws(a, panel.id), { token: owner.token ?? "" });
    const second = await PanelSocket.connect(ws(b, panel.id, invite(panel, "이면접")));
    await lead.next("panel_state");
    await second.next("panel_state");
    lead.send({ type: "set_speaker", speaker: "지원자A" });
    await second.next("speaker_changed", (m) => m.speaker === "지원자A");
    // The room's microphone is on node b: what it hears is the tapped candidate's.
    second.send({ type: "utterance", text: ANSWER });
    const heard = await lead.next("utterance", (m) => m.text === ANSWER);
    expect(heard).toMatchObject({ speaker: "지원자A", role: "candidate" });
    lead.close();
    second.close();
  });

  it("lets one node, not each, run a panel's periodic evaluation", async () => {
    const relays = await Promise.all([PanelRelay.create(redisUrl!), PanelRelay.create(redisUrl!)]);
    try {
      const panelId = crypto.randomUUID();
      const claims = await Promise.all(relays.map((r) => r.claimEvaluation(panelId, 400)));
      expect(claims.sort()).toEqual([false, true]);
      // Once the interval is over, the next tick may run it again.
      await new Promise((r) => setTimeout(r, 500));
      expect(await relays[1]!.claimEvaluation(panelId, 400)).toBe(true);
    } finally {
      for (const relay of relays) relay.close();
    }
  });
});
