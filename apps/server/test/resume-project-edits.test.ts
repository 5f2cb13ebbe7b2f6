import { readFileSync } from "node:fs";
import { resumeDetailSchema } from "@studio/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

const pdf = new Uint8Array(
  readFileSync(new URL("../../../packages/resume/corpus/pdfs/ko-backend-3y-twocol.pdf", import.meta.url)),
);

async function upload(client: Client) {
  const form = new FormData();
  form.append("file", new Blob([pdf as Uint8Array<ArrayBuffer>], { type: "application/pdf" }), "r.pdf");
  const response = await fetch(`${client.baseUrl}/api/resumes`, {
    method: "POST",
    headers: { authorization: `Bearer ${client.token}` },
    body: form,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe(`a candidate edits the projects read from the resume (${backendName})`, () => {
  let server: TestServer;
  let alice: Client;
  let bob: Client;
  let resumeId = "";
  const detail = async (client = alice) =>
    resumeDetailSchema.parse((await client.request("GET", `/api/resumes/${resumeId}`)).body);

  beforeAll(async () => {
    server = await startTestServer();
    alice = new Client(server.url);
    bob = new Client(server.url);
    await alice.signUp();
    await bob.signUp();
    resumeId = await upload(alice);
    // Read in a background job: wait until it is ready.
    for (let i = 0; i < 300 && (await detail()).status !== "ready"; i++)
      await new Promise((r) => setTimeout(r, 100));
  }, 300_000);
  afterAll(async () => {
    await server.close({ removeData: true });
  });

  it("renames and corrects a project field by field, keeping the passage it was read from", async () => {
    const before = await detail();
    const first = before.projects[0]!;
    expect(first.description).not.toBe("");
    const edited = {
      from: first.name,
      name: "결제 정산 파이프라인 재설계",
      period: "2022.09 - 2023.03",
      company: "한빛페이",
      role: "백엔드 리드",
      technologies: ["Kotlin", "Spring Batch", "Kafka"],
      results: ["정산 처리 시간 4시간 → 35분", "장애 건수 월 5건 → 0건"],
    };
    const rest = before.projects.slice(1).map(({ description, chunkId, ...project }) => project);
    const res = await alice.request("PATCH", `/api/resumes/${resumeId}`, { projects: [edited, ...rest] });
    expect(res.status).toBe(200);
    const after = await detail();
    const { from, ...saved } = edited;
    expect(after.projects[0]).toMatchObject(saved);
    expect(after.projects[0]!.description).toBe(first.description);
    expect(after.projects[0]!.chunkId).toBe(first.chunkId);
    expect(after.projects).toHaveLength(before.projects.length);
  });

  it("adds and deletes projects; an emptied field is dropped, not kept from before", async () => {
    const before = await detail();
    const kept = before.projects.slice(0, 1).map(({ description, chunkId, ...project }) => ({
      ...project,
      role: undefined,
    }));
    const added = { name: "사내 결제 SDK", technologies: ["Kotlin"], results: ["연동 기간 2주 → 3일"] };
    const res = await alice.request("PATCH", `/api/resumes/${resumeId}`, { projects: [...kept, added] });
    expect(res.status).toBe(200);
    const after = await detail();
    expect(after.projects.map((p) => p.name)).toEqual([before.projects[0]!.name, "사내 결제 SDK"]);
    expect(after.projects[0]!.role).toBeUndefined();
    expect(after.projects[1]).toMatchObject({ ...added, description: "", chunkId: "" });
  });

  it("builds the interview's resume questions from the edited projects", async () => {
    const res = await alice.request("POST", "/api/sessions", {
      language: "ko",
      role: "backend",
      resumeId,
      questionCount: 9,
    });
    expect(res.status).toBe(201);
    const session = await server.services.db.query.interviewSessions.findFirst({
      where: (s, { eq }) => eq(s.id, res.body.id),
    });
    const texts = (session?.plan ?? []).map((q) => q.text).join("\n");
    expect(texts).toMatch(/결제 정산 파이프라인 재설계|사내 결제 SDK/);
    expect(texts).toMatch(/정산 처리 시간 4시간 → 35분|연동 기간 2주 → 3일|Kotlin|Spring Batch/);
    // The project deleted in the previous step is asked about no more.
    const removed = (await detail()).projects.map((p) => p.name);
    for (const q of session?.plan ?? []) {
      if (q.resume?.kind === "project") expect(removed).toContain(q.resume.name);
    }
  });

  it("keeps projects to their owner and refuses what breaks the limits, in the contract's shape", async () => {
    const project = { name: "x", technologies: [], results: [] };
    expect((await bob.request("PATCH", `/api/resumes/${resumeId}`, { projects: [project] })).status).toBe(
      404,
    );
    expect((await bob.request("GET", `/api/resumes/${resumeId}`)).status).toBe(404);
    const bad = [
      [{ name: "", technologies: [], results: [] }],
      [{ name: "a".repeat(121), technologies: [], results: [] }],
      [{ name: "ok", period: "p".repeat(61), technologies: [], results: [] }],
      [{ name: "ok", technologies: Array.from({ length: 41 }, (_, i) => `t${i}`), results: [] }],
      [{ name: "ok", technologies: [], results: ["r".repeat(301)] }],
      [{ name: "ok", technologies: "Kotlin", results: [] }],
      Array.from({ length: 61 }, (_, i) => ({ name: `p${i}`, technologies: [], results: [] })),
    ];
    for (const projects of bad) {
      const res = await alice.request("PATCH", `/api/resumes/${resumeId}`, { projects });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_ERROR");
    }
    expect((await detail()).projects.map((p) => p.name)).toContain("사내 결제 SDK");
  });
});
