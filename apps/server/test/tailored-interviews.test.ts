import { readFileSync } from "node:fs";
import { postingSchema, resumeDetailSchema, sessionDetailSchema } from "@studio/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

const corpusPdf = (id: string) =>
  new Uint8Array(readFileSync(new URL(`../../../packages/resume/corpus/pdfs/${id}.pdf`, import.meta.url)));

async function upload(client: Client, bytes: Uint8Array) {
  const form = new FormData();
  form.append(
    "file",
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" }),
    "resume.pdf",
  );
  const response = await fetch(`${client.baseUrl}/api/resumes`, {
    method: "POST",
    headers: client.token ? { authorization: `Bearer ${client.token}` } : {},
    body: form,
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies
  const body: any = await response.json();
  return { status: response.status, body };
}

const POSTING = [
  "(주)한빛페이 결제플랫폼 백엔드 개발자",
  "포지션: 백엔드 개발자",
  "[주요 업무]",
  "- 결제·정산 API 설계와 운영",
  "[자격 요건]",
  "- Kotlin, Spring Boot 실무 경험 3년 이상",
  "- Kafka 운영 경험",
  "[우대 사항]",
  "- Kubernetes 운영 경험",
  "- Elasticsearch 검색 튜닝 경험",
].join("\n");

describe(`tailored interviews (${backendName})`, () => {
  let server: TestServer;
  let alice: Client;
  let bob: Client;
  let resumeId = "";

  beforeAll(async () => {
    server = await startTestServer();
    alice = new Client(server.url);
    bob = new Client(server.url);
    await alice.signUp();
    await bob.signUp();
  });

  afterAll(async () => {
    await server.close({ removeData: true });
  });

  it("reads projects with their company, period and results from a two-column Korean resume", async () => {
    const older = await upload(alice, corpusPdf("en-backend-java-letter"));
    expect(older.status).toBe(201);
    const uploaded = await upload(alice, corpusPdf("ko-backend-3y-twocol"));
    expect(uploaded.status).toBe(201);
    resumeId = uploaded.body.id;
    const detail = resumeDetailSchema.parse((await alice.request("GET", `/api/resumes/${resumeId}`)).body);
    expect(detail.companies).toEqual(expect.arrayContaining(["한빛페이", "그린카트"]));
    const batch = detail.projects.find((project) => project.name === "정산 배치 개선");
    expect(batch).toMatchObject({ company: "한빛페이", period: "2022.09~2023.02" });
    expect(batch?.results.join(" ")).toContain("4시간 → 50분");
    expect(batch?.technologies).toContain("Spring Batch");
    expect(detail.skills).toEqual(expect.arrayContaining(["Kotlin", "Go", "Spring Boot", "Kafka"]));
    expect(detail.skills.some((skill) => /언어|프레임워크/.test(skill))).toBe(false);
    const list = (await alice.request("GET", "/api/resumes")).body.resumes.map((r: { id: string }) => r.id);
    expect(list).toEqual([resumeId, older.body.id]); // newest first
  });

  it("lets the owner correct skills, projects and companies, and no one else", async () => {
    const before = resumeDetailSchema.parse((await alice.request("GET", `/api/resumes/${resumeId}`)).body);
    const skills = [...before.skills.filter((skill) => skill !== "Ktor"), "gRPC"];
    const projects = [
      ...before.projects,
      { name: "사내 결제 SDK", technologies: ["Kotlin"], results: ["연동 기간 2주 → 3일"] },
    ];
    const patched = await alice.request("PATCH", `/api/resumes/${resumeId}`, { skills, projects });
    expect(patched.status).toBe(200);
    const after = resumeDetailSchema.parse((await alice.request("GET", `/api/resumes/${resumeId}`)).body);
    expect(after.skills).toContain("gRPC");
    expect(after.skills).not.toContain("Ktor");
    expect(after.projects.at(-1)).toMatchObject({ name: "사내 결제 SDK", results: ["연동 기간 2주 → 3일"] });
    expect(after.projects[0]!.description).toBe(before.projects[0]!.description);
    expect(after.companies).toEqual(before.companies);
    expect((await bob.request("PATCH", `/api/resumes/${resumeId}`, { skills: ["x"] })).status).toBe(404);
    expect((await alice.request("PATCH", `/api/resumes/${resumeId}`, {})).status).toBe(400);
    expect(
      (await alice.request("PATCH", `/api/resumes/${resumeId}`, { skills: ["a".repeat(500)] })).status,
    ).toBe(400);
  });

  it("reads a pasted posting, keeps it to its owner and refuses an empty one", async () => {
    const created = await alice.request("POST", "/api/postings", { text: POSTING });
    expect(created.status).toBe(201);
    const posting = postingSchema.parse(created.body);
    expect(posting).toMatchObject({ company: "(주)한빛페이", role: "백엔드 개발자" });
    expect(posting.required).toEqual(["Kotlin, Spring Boot 실무 경험 3년 이상", "Kafka 운영 경험"]);
    expect(posting.preferred).toHaveLength(2);
    expect(posting.duties).toEqual(["결제·정산 API 설계와 운영"]);
    expect((await bob.request("GET", `/api/postings/${posting.id}`)).status).toBe(404);
    expect((await alice.request("POST", "/api/postings", { text: "짧음" })).status).toBe(400);
  });

  it("builds an advanced, pressure interview from the resume and the posting, and stores the setup", async () => {
    const posting = (await alice.request("POST", "/api/postings", { text: POSTING })).body;
    const body = { language: "ko", role: "backend", questionCount: 9, resumeId, postingId: posting.id };
    expect((await bob.request("POST", "/api/sessions", { ...body, resumeId: undefined })).status).toBe(404);
    expect((await alice.request("POST", "/api/sessions", { ...body, difficulty: "expert" })).status).toBe(
      400,
    );
    const created = await alice.request("POST", "/api/sessions", {
      ...body,
      difficulty: "advanced",
      style: "pressure",
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const detail = sessionDetailSchema.parse((await alice.request("GET", `/api/sessions/${id}`)).body);
    expect(detail.setup).toEqual({
      difficulty: "advanced",
      style: "pressure",
      format: "standard",
      postingId: posting.id,
      questionPack: null,
      focusCategories: [],
      // A backend interview gets its system-design round unless the candidate turns it off.
      systemDesign: true,
      systemDesignMinutes: 30,
      // Set by its number of questions, not minutes; the pressure interviewer's short pauses.
      lengthMinutes: null,
      endsAt: null,
      wrappedUp: false,
      pauses: { beforeQuestionMs: 150, beforeFollowUpMs: 0 },
    });
    const resume = resumeDetailSchema.parse((await alice.request("GET", `/api/resumes/${resumeId}`)).body);
    const main: string[] = [];
    let question = created.body.question;
    while (question) {
      if (!question.followUp) main.push(question.text);
      const res = await alice.request("POST", `/api/sessions/${id}/answers`, {
        questionId: question.id,
        text: "정산 배치를 파티셔닝해서 처리 시간을 4시간에서 50분으로 줄였고, 지표는 배치 로그로 측정했습니다.",
      });
      question = res.body.next;
    }
    const aboutResume = main.filter((text) => resume.projects.some((project) => text.includes(project.name)));
    expect(aboutResume.length).toBeGreaterThanOrEqual(Math.ceil(main.length / 3));
    // Each of them names a concrete detail: a result, the role or a technology of the project.
    expect(aboutResume.some((text) => text.includes("4시간 → 50분"))).toBe(true);
    // The posting's requirements the resume shows are asked through the project that used them (after
    // the pressure interviewer's curt lead-in to the next question).
    expect(main.some((text) => text.includes("(주)한빛페이 공고에서") && text.includes("이력서의 '"))).toBe(
      true,
    );
    expect(main.slice(1).every((text) => /^(다음 질문입니다|넘어가겠습니다)/.test(text))).toBe(true);
    // The resume shows Kubernetes but not Elasticsearch: that is the gap asked about.
    expect(main.some((text) => text.includes("Elasticsearch") && text.includes("보이지 않습니다"))).toBe(
      true,
    );
  });
});
