import type { CreatedPanel } from "@studio/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PanelSocket } from "./socket-client";
import { Client, startTestServer, type TestServer } from "./test-server";

// Short, so that several periodic evaluations happen while the test talks; nothing here times speed.
// Not shorter: on a loaded 2-core CI machine back-to-back evaluations every 0.3 s kept the event loop so
// busy that an utterance after the restart was not relayed within the wait (PostgreSQL + Redis pass).
const env = { PANEL_EVALUATION_INTERVAL_MS: "1000" };
const wsUrl = (server: TestServer, id: string, invite?: string) =>
  `${server.url.replace("http", "ws")}/ws/panel/${id}${invite ? `?invite=${encodeURIComponent(invite)}` : ""}`;

const QUESTION = "최근 프로젝트에서 데이터베이스 성능 문제를 어떻게 해결했는지 구체적으로 설명해 주세요.";
const STRONG =
  "작년 결제 서비스에서 주문 조회 API의 응답 시간이 2초를 넘는 문제가 있었습니다. 제가 쿼리 실행 계획을 분석해 보니 주문 테이블에 인덱스가 없어 전체 스캔을 하고 있었습니다. 그래서 사용자 ID와 생성일에 복합 인덱스를 추가하고 N+1 쿼리를 조인으로 바꿨습니다. 그 결과 응답 시간이 2초에서 150밀리초로 줄었고 DB CPU 사용률도 40% 낮아졌습니다.";
const OFF_TOPIC =
  "저는 주말마다 등산을 좋아하고 맛집을 찾아다니는 것을 즐깁니다. 요즘은 제주도 여행 계획을 세우고 있어서 날씨가 좋았으면 좋겠습니다. 강아지와 산책하는 것도 좋아합니다.";
const EMPTY = "음... 잘 모르겠습니다.";

// A loaded machine can take a minute to start the server (migrations on PGlite): not a speed check.
const STARTUP_MS = 240_000;

describe("live panel interview over real WebSockets", () => {
  let server: TestServer;
  const owner = new Client("");
  let panel: CreatedPanel;
  const invite = (name: string) => {
    const found = panel.invites.find((i) => i.name === name);
    if (!found) throw new Error(`no invite for ${name}`);
    return found.token;
  };

  beforeAll(async () => {
    server = await startTestServer(env);
    Object.assign(owner, { baseUrl: server.url });
    await owner.signUp("김면접");
    const created = await owner.request("POST", "/api/panels", {
      title: "백엔드 신입 공채 1차 면접",
      language: "ko",
      role: "backend",
      interviewers: [{ name: "김면접" }, { name: "이면접" }],
      candidates: [{ name: "지원자A" }, { name: "지원자B" }, { name: "지원자C" }],
    });
    expect(created.status).toBe(201);
    panel = created.body;
  }, STARTUP_MS);
  afterAll(() => server?.close({ removeData: true }));

  it("creates invitations per role, the creator first", () => {
    const roles = panel.invites.map((i) => [i.role, i.name]);
    expect(roles).toEqual([
      ["interviewer", "김면접"],
      ["interviewer", "이면접"],
      ["candidate", "지원자A"],
      ["candidate", "지원자B"],
      ["candidate", "지원자C"],
      ["observer", "참관인"],
    ]);
    for (const i of panel.invites) expect(i.url).toContain(`/panel/${panel.id}/join?invite=`);
  });

  it(
    "attributes, notes, evaluates every period, and survives a restart mid-panel",
    async () => {
      const status0 = await owner.request("GET", `/api/panels/${panel.id}/status`);
      expect(status0.body.status).toBe("waiting");

      const lead = await PanelSocket.connect(wsUrl(server, panel.id), { token: owner.token ?? "" });
      const second = await PanelSocket.connect(wsUrl(server, panel.id, invite("이면접")));
      const a = await PanelSocket.connect(wsUrl(server, panel.id, invite("지원자A")));
      const b = await PanelSocket.connect(wsUrl(server, panel.id, invite("지원자B")));
      const c = await PanelSocket.connect(wsUrl(server, panel.id, invite("지원자C")));
      const state = await lead.next("panel_state");
      expect(state.panel.me).toMatchObject({ name: "김면접", role: "interviewer" });
      await lead.next("participant_joined", (m) => m.participant.name === "지원자C");
      expect((await owner.request("GET", `/api/panels/${panel.id}/status`)).body.status).toBe("live");

      lead.send({ type: "utterance", text: QUESTION });
      await lead.next("utterance", (m) => m.text === QUESTION);
      a.send({ type: "utterance", text: STRONG });
      await lead.next("utterance", (m) => m.text === STRONG);
      b.send({ type: "utterance", text: OFF_TOPIC });
      await lead.next("utterance", (m) => m.text === OFF_TOPIC);
      c.send({ type: "utterance", text: EMPTY });
      const heard = await second.next("utterance", (m) => m.text === EMPTY);
      expect(heard).toMatchObject({ speaker: "지원자C", role: "candidate", attribution: "connection" });
      const byText = new Map(lead.all("utterance").map((u) => [u.text, u]));
      expect(byText.get(QUESTION)).toMatchObject({ speaker: "김면접", role: "interviewer" });
      expect(byText.get(STRONG)).toMatchObject({ speaker: "지원자A", role: "candidate" });
      expect(byText.get(OFF_TOPIC)).toMatchObject({ speaker: "지원자B", role: "candidate" });

      // A candidate cannot speak for another one, nor write notes; the room goes on.
      b.send({ type: "utterance", text: "저는 지원자A입니다", speaker: "지원자A" });
      b.send({ type: "note", candidate: "지원자A", text: "좋음" });
      await b.roundTrip();
      expect(b.all("error").map((e) => e.code)).toEqual(["FORBIDDEN", "FORBIDDEN"]);

      second.send({ type: "note", candidate: "지원자A", text: "인덱스 설계 근거가 명확함" });
      const note = await lead.next("note_saved");
      expect(note).toMatchObject({
        author: "이면접",
        candidate: "지원자A",
        text: "인덱스 설계 근거가 명확함",
      });

      // Two periodic evaluations that cover all three candidates.
      await lead.next("evaluation_summary", () => lead.all("evaluation_summary").length >= 2);
      const evaluation = lead.all("evaluation_summary").at(-1);
      expect(Object.keys(evaluation?.candidates ?? {}).sort()).toEqual(["지원자A", "지원자B", "지원자C"]);
      const [ea, eb, ec] = ["지원자A", "지원자B", "지원자C"].map((n) => evaluation?.candidates[n]);
      expect(Object.keys(ea?.scores ?? {})).toEqual(["기술", "경험", "인성", "동기"]);
      expect(ea?.scores.기술).toBeGreaterThan(eb?.scores.기술 ?? 5);
      expect(ea?.scores.기술).toBeGreaterThan(ec?.scores.기술 ?? 5);
      expect(eb?.scores.기술).toBeLessThanOrEqual(2);
      expect(ea?.evidence.length).toBeGreaterThan(0);
      for (const e of ea?.evidence ?? []) expect(STRONG.includes(e.quote.replace(/…$/, ""))).toBe(true);
      expect(eb?.evidence).toEqual([]);
      expect(ea?.questions.length).toBeGreaterThan(0);

      // Candidates never see notes, evaluations, nor another candidate's answers.
      for (const candidate of [a, b, c]) {
        await candidate.roundTrip();
        expect(candidate.all("evaluation_summary")).toEqual([]);
        expect(candidate.all("note_saved")).toEqual([]);
        expect(candidate.all("utterance").every((u) => u.role === "interviewer")).toBe(true);
      }

      // Restart mid-panel: the same data folder, a new process state.
      for (const s of [lead, second, a, b, c]) s.close();
      const dataDir = server.dataDir;
      await server.close();
      server = await startTestServer(env, dataDir);
      Object.assign(owner, { baseUrl: server.url });
      expect((await owner.request("GET", `/api/panels/${panel.id}/status`)).body.status).toBe("live");

      const lead2 = await PanelSocket.connect(wsUrl(server, panel.id), { token: owner.token ?? "" });
      const a2 = await PanelSocket.connect(wsUrl(server, panel.id, invite("지원자A")));
      const resumed = await lead2.next("panel_state");
      expect(resumed.transcript.map((u) => u.text)).toEqual([QUESTION, STRONG, OFF_TOPIC, EMPTY]);
      expect(resumed.notes.map((n) => n.text)).toEqual(["인덱스 설계 근거가 명확함"]);
      expect(resumed.evaluation?.candidates.지원자A).toBeDefined();

      lead2.send({ type: "utterance", text: "지원자A님, 이 회사에 지원한 동기는 무엇인가요?" });
      a2.send({
        type: "utterance",
        text: "결제 시스템의 안정성을 책임지는 일을 하고 싶어서 지원했습니다. 귀사가 대용량 트래픽을 다루는 결제 플랫폼을 운영하고 있어서 제가 쌓은 성능 개선 경험을 살려 장애를 줄이는 데 기여하고 싶습니다.",
      });
      await lead2.next("utterance", (m) => m.speaker === "지원자A" && m.text.startsWith("결제 시스템"));
      const before = lead2.messages.length;
      await lead2.next("evaluation_summary", () => true, before);
      lead2.send({ type: "end_session" });
      const ended = await lead2.next("session_ended");
      const endedForA = await a2.next("session_ended");
      expect(endedForA.result).toBeNull();
      const result = ended.result;
      expect(result?.final).toBe(true);
      expect(result?.panel.status).toBe("ended");
      expect(result?.transcript).toHaveLength(6);
      expect(result?.notes).toHaveLength(1);
      // The result holds every periodic evaluation, among them those the interviewers were sent.
      expect(result?.evaluations.length).toBeGreaterThanOrEqual(3);
      expect(result?.evaluationCount).toBe(result?.evaluations.length);
      const stored = (result?.evaluations ?? []).map((e) => e.at);
      for (const sent of lead2.all("evaluation_summary")) expect(stored).toContain(sent.at);
      for (const e of result?.evaluations ?? [])
        expect(Object.keys(e.candidates).sort()).toEqual(["지원자A", "지원자B", "지원자C"]);
      expect(Object.keys(result?.evaluation.candidates ?? {})).toHaveLength(3);

      // The report is stored: the same after the panel ended, and refused to a candidate's link.
      const report = await owner.request("GET", `/api/panels/${panel.id}/report`);
      expect(report.status).toBe(200);
      expect(report.body.evaluation).toEqual(result?.evaluation);
      const asCandidate = await new Client(server.url).request(
        "GET",
        `/api/panels/${panel.id}/report?invite=${encodeURIComponent(invite("지원자B"))}`,
      );
      expect(asCandidate.status).toBe(403);
      const late = await new Client(server.url).request(
        "GET",
        `/api/panels/${panel.id}/status?invite=${encodeURIComponent(invite("지원자B"))}`,
      );
      expect(late.body.status).toBe("ended");
    },
    2 * STARTUP_MS,
  );
});
