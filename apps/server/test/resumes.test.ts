import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { resumeDetailSchema, resumeUploadResponseSchema } from "@studio/protocol";
import { MAX_RESUME_BYTES } from "@studio/resume";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hiddenBombs } from "../../../packages/resume/src/fixtures/bomb-pdfs";
import { encryptedPdf } from "../../../packages/resume/src/fixtures/encrypted-pdf";
import { flateBombPdf, nestedArrayPdf, scannedPdf } from "../../../packages/resume/src/fixtures/hostile-pdfs";
import {
  CATALOG,
  minimalPdf,
  ONE_PAGE_TREE,
  pageObject,
  stream,
} from "../../../packages/resume/src/fixtures/minimal-pdf";
import { resumePdf } from "../../../packages/resume/src/fixtures/resume-pdf";
import { ENGLISH_RESUME, KOREAN_RESUME } from "../../../packages/resume/src/fixtures/sample-resumes";
import { resumeFiles, resumes } from "../src/db/resume-schema";
import { passagesFor, resumeContext } from "../src/resume/resume-context";
import { ResumeService } from "../src/resume/resume-service";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

/** Uploads `bytes` as the multipart field `field`, the way a browser's FormData does. */
async function upload(
  client: Client,
  bytes: Uint8Array,
  options: { name?: string; type?: string; field?: string } = {},
) {
  const form = new FormData();
  const file = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: options.type ?? "application/pdf" });
  form.append(options.field ?? "file", file, options.name ?? "resume.pdf");
  const response = await fetch(`${client.baseUrl}/api/resumes`, {
    method: "POST",
    headers: client.token ? { authorization: `Bearer ${client.token}` } : {},
    body: form,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** Every file under `dir`, as paths relative to it, leaving out the embedded database's own files. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => !path.startsWith("pglite"))
    .map((path) => relative(dir, join(dir, path)))
    .sort();
}

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);

describe(`resumes (${backendName})`, () => {
  let server: TestServer;
  let alice: Client;
  let bob: Client;
  let carol: Client;
  const userIds: string[] = [];
  let koreanResumeId = "";
  const pdfs: Record<string, Uint8Array> = {};
  // Whatever the server writes to os.tmpdir() while these tests run lands here, and must not stay.
  const realTmp = process.env.TMPDIR;
  const privateTmp = mkdtempSync(join(tmpdir(), "studio-resume-tmp-"));
  let dataBefore: string[];

  beforeAll(async () => {
    server = await startTestServer({ RESUME_UPLOADS_PER_HOUR: "30" });
    alice = new Client(server.url);
    bob = new Client(server.url);
    carol = new Client(server.url);
    for (const client of [alice, bob, carol]) userIds.push((await client.signUp()).user.id);
    pdfs.ko = await resumePdf(KOREAN_RESUME);
    pdfs.en = await resumePdf(ENGLISH_RESUME);
    dataBefore = listFiles(server.dataDir);
    process.env.TMPDIR = privateTmp;
  });

  afterAll(async () => {
    if (realTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = realTmp;
    rmSync(privateTmp, { recursive: true, force: true });
    await server.close({ removeData: true });
  });

  it("asks about the candidate's own projects and skills, and the report says which questions came from the resume", async () => {
    const uploaded = await upload(alice, pdfs.ko!);
    const created = await alice.request("POST", "/api/sessions", {
      language: "ko",
      role: "backend",
      questionCount: 9,
      resumeId: uploaded.body.id,
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const asked: string[] = [];
    let question = created.body.question;
    while (question) {
      asked.push(question.text);
      const res = await alice.request("POST", `/api/sessions/${id}/answers`, {
        questionId: question.id,
        text: "제가 직접 정산 배치를 Kafka 기반으로 바꿔서 처리 시간을 40분에서 5분으로 줄였습니다.",
      });
      question = res.body.next;
    }
    const facts = (await alice.request("GET", `/api/resumes/${uploaded.body.id}`)).body;
    const projectNames: string[] = facts.projects.map((p: { name: string }) => p.name);
    expect(
      asked.some((q) => q.startsWith("이력서에 적으신") && projectNames.some((name) => q.includes(name))),
    ).toBe(true);
    expect(
      asked.some((q) => q.startsWith("이력서에 적으신") && facts.skills.some((s: string) => q.includes(s))),
    ).toBe(true);
    // The evaluator saw the resume: answers about what it lists are noted as consistent with it.
    const stored = (await alice.request("GET", `/api/sessions/${id}`)).body.answers;
    const notes = stored.flatMap(
      (a: { evaluation: { evidence: Array<{ note: string }> } }) => a.evaluation.evidence,
    );
    expect(notes.some((e: { note: string }) => e.note.includes("이력서에 적은 'Kafka'"))).toBe(true);
    await alice.request("POST", `/api/sessions/${id}/end`);
    await server.services.queue.drain();
    const report = (await alice.request("GET", `/api/sessions/${id}/report`)).body;
    expect(report.resume.asked.length).toBeGreaterThanOrEqual(2);
    const topics = report.resume.asked.map((a: { topic: { kind: string } }) => a.topic.kind);
    expect(topics).toEqual(expect.arrayContaining(["project", "skill"]));
  });

  it("notes an answer whose figure contradicts a result the resume claims, and says so in the feedback", async () => {
    const uploaded = await upload(alice, pdfs.ko!);
    const facts = (await alice.request("GET", `/api/resumes/${uploaded.body.id}`)).body;
    const project = facts.projects.find((p: { results: string[] }) => p.results.some((r) => /\d/.test(r)));
    const result: string = project.results.find((r: string) => /\d/.test(r));
    // The same result with other numbers: what a candidate who misremembers (or inflates) would say.
    const inflated = result.replace(/\d+/g, (n) => String(Number(n) * 3 + 7));
    const created = await alice.request("POST", "/api/sessions", {
      language: "ko",
      role: "backend",
      questionCount: 3,
      resumeId: uploaded.body.id,
    });
    const answered = await alice.request("POST", `/api/sessions/${created.body.id}/answers`, {
      questionId: created.body.question.id,
      text: `${project.name} 프로젝트에서 제가 핵심 개발을 맡았습니다. 그 결과 ${inflated}.`,
    });
    expect(answered.status).toBe(200);
    const evaluation = answered.body.evaluation;
    const note = evaluation.evidence.find((e: { note: string }) => e.note.includes(`이력서에는 '${result}'`));
    expect(note?.quote).toContain(inflated.slice(0, 10));
    expect(evaluation.feedback).toContain("어느 쪽이 맞는지");
  });

  it("refuses an interview on someone else's resume", async () => {
    const uploaded = await upload(alice, pdfs.en!);
    const res = await bob.request("POST", "/api/sessions", { language: "en", resumeId: uploaded.body.id });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("RESUME_NOT_FOUND");
  });

  it("needs a login", async () => {
    const res = await upload(new Client(server.url), pdfs.en!);
    expect(res.status).toBe(401);
    expect((await new Client(server.url).request("GET", "/api/resumes")).status).toBe(401);
  });

  it("reads a Korean resume before answering: 201 ready with pages, chunks, skills and projects", async () => {
    const res = await upload(alice, pdfs.ko!, { name: "김민준_이력서.pdf" });
    expect(res.status).toBe(201);
    expect(resumeUploadResponseSchema.parse(res.body)).toEqual({
      id: expect.any(String),
      status: "ready",
      pages: 2,
      chunks: 10,
    });
    koreanResumeId = res.body.id;
    const detail = await alice.request("GET", `/api/resumes/${res.body.id}`);
    expect(detail.status).toBe(200);
    const resume = resumeDetailSchema.parse(detail.body);
    expect(resume).toMatchObject({ status: "ready", pages: 2, chunks: 10, language: "ko", error: null });
    expect(resume.fileName).toBe("김민준_이력서.pdf");
    expect(resume.skills).toEqual(expect.arrayContaining(["Kafka", "Spring Boot", "Redis", "PostgreSQL"]));
    expect(resume.projects.map((p) => p.name)).toContain("정산 자동화 플랫폼");
    expect(resume.dates.length).toBeGreaterThan(0);
  });

  it("reads an English resume", async () => {
    const res = await upload(alice, pdfs.en!, { name: "emily-chen.pdf" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: "ready", pages: 1 });
    expect(res.body.chunks).toBeGreaterThan(0);
    const { body } = await alice.request("GET", `/api/resumes/${res.body.id}`);
    expect(body.language).toBe("en");
    expect(body.skills.slice(0, 3)).toEqual(["React", "TypeScript", "JavaScript"]);
    // Projects in their own section, and (since resumes are read as real layouts) bullets under employers.
    expect(body.projects.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["Harbor Design System", "Offline-first Field Inspection App"]),
    );
    expect(body.companies).toEqual(["Northwind Commerce Inc.", "Contoso Labs Corp."]);
  });

  it("stores a resume whose text holds a NUL, which PostgreSQL refuses in text and jsonb", async () => {
    const line = "(Backend engineer with \\000 Kafka and PostgreSQL experience in payments) Tj 0 -16 Td";
    const content = `BT /F1 11 Tf 72 760 Td ${line} ${line} ${line} ET`;
    const pdf = minimalPdf([CATALOG, ONE_PAGE_TREE, pageObject(), stream(content)]);
    const res = await upload(bob, pdf);
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("ready");
    const [row] = await server.services.db.select().from(resumes).where(eq(resumes.id, res.body.id));
    expect(row?.text).toMatch(/Backend engineer with\s+Kafka/);
    const read = await bob.request("GET", `/api/resumes/${res.body.id}`);
    expect(read.status).toBe(200);
    expect(JSON.stringify(read.body)).not.toContain("\\u0000");
  });

  it("accepts a PDF the browser labels application/octet-stream: the bytes decide, not the label", async () => {
    const res = await upload(bob, pdfs.en!, { type: "application/octet-stream" });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("ready");
  });

  it("refuses what is not a PDF with 415 NOT_PDF, whatever its name", async () => {
    for (const bytes of [PNG, Buffer.from("Kim Minjun\nBackend developer\n".repeat(20))]) {
      const res = await upload(carol, bytes, { name: "resume.pdf" });
      expect(res.status).toBe(415);
      expect(res.body).toEqual({
        error: { code: "NOT_PDF", message: "This file is not a PDF. Upload your resume as a PDF file." },
      });
    }
  });

  it("refuses a body that is not multipart with 415", async () => {
    const json = await carol.request("POST", "/api/resumes", { file: "x" });
    expect(json.status).toBe(415);
    expect(json.body.error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    const raw = await carol.request("POST", "/api/resumes", Buffer.from(pdfs.en!).toString("latin1"), {
      "content-type": "application/pdf",
    });
    expect(raw.status).toBe(415);
    expect(raw.body.error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("asks for the field `file` with 400", async () => {
    const res = await upload(carol, pdfs.en!, { field: "resume" });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("FILE_REQUIRED");
  });

  it("refuses an empty file with 400 EMPTY_FILE", async () => {
    const res = await upload(carol, new Uint8Array(0));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: "EMPTY_FILE", message: "The file is empty." } });
  });

  it("refuses a file over 10 MB with 413 FILE_TOO_LARGE", async () => {
    const big = Buffer.alloc(MAX_RESUME_BYTES + 1, 0x20);
    big.write("%PDF-1.7\n", 0, "latin1");
    big.write("%%EOF\n", big.length - 6, "latin1");
    const res = await upload(carol, big);
    expect(res.status).toBe(413);
    expect(res.body.error).toEqual({
      code: "FILE_TOO_LARGE",
      message: "The file is too large; a resume PDF may be at most 10 MB.",
    });
  });

  it("refuses a scanned PDF with 422 NO_TEXT and says what to do", async () => {
    const res = await upload(carol, scannedPdf("Scanned with CamScanner"));
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("NO_TEXT");
    expect(res.body.error.message).toMatch(/scanned/);
    expect(res.body.error.message).toMatch(/export it from your editor as a text PDF/);
  });

  it("refuses encrypted, corrupt and hostile PDFs with 422 and their codes", async () => {
    const noPages = minimalPdf([CATALOG, ONE_PAGE_TREE.replace("[3 0 R] /Count 1", "[] /Count 0")]);
    const cases: Array<[string, Uint8Array | string]> = [
      ["ENCRYPTED_PDF", encryptedPdf("user-secret")],
      ["CORRUPT_PDF", pdfs.ko!.subarray(0, pdfs.ko!.length / 2)], // cut short: no %%EOF
      ["CORRUPT_PDF", Buffer.from(`%PDF-1.7\n${"\u0001garbage ".repeat(200)}\n%%EOF\n`, "latin1")],
      ["CORRUPT_PDF", noPages],
      ["PDF_TOO_COMPLEX", nestedArrayPdf(100_000)],
      ["PDF_TOO_COMPLEX", await flateBombPdf(200 * 1024 * 1024)],
      // The review's bombs that passed the old budget: Flate behind ASCIIHex, spaces after `stream`,
      // `endstream` inside a stored block.
      ...Object.values(await hiddenBombs(200 * 1024 * 1024)).map((pdf): [string, Uint8Array] => [
        "PDF_TOO_COMPLEX",
        pdf,
      ]),
    ];
    for (const [code, bytes] of cases) {
      const res = await upload(carol, typeof bytes === "string" ? Buffer.from(bytes, "latin1") : bytes);
      expect({ code, status: res.status, error: res.body.error.code }).toEqual({
        code,
        status: 422,
        error: code,
      });
      expect(res.body.error.message.length).toBeGreaterThan(20);
    }
  });

  it("keeps no row of a refused upload", async () => {
    const carolsRows = await server.services.db.select().from(resumes).where(eq(resumes.userId, userIds[2]!));
    expect(carolsRows).toEqual([]);
    expect((await carol.request("GET", "/api/resumes")).body).toEqual({ resumes: [] });
  });

  it("gives the interview its context: owner-checked facts, chunks and passages for a question", async () => {
    const { db } = server.services;
    const context = await resumeContext(db, userIds[0]!, koreanResumeId);
    expect(context?.facts.projects.map((p) => p.name)).toContain("실시간 주문 알림 시스템");
    expect(context?.chunks).toHaveLength(10);
    const passages = passagesFor(context!, "레디스로 응답 시간을 줄인 방법");
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.length).toBeLessThanOrEqual(3);
    expect(passages[0]).toContain("Redis 캐시를 도입해");
    expect(await resumeContext(db, userIds[1]!, koreanResumeId)).toBeNull();
    expect(await resumeContext(db, userIds[0]!, "no-such-resume")).toBeNull();
  });

  it("limits uploads per user (RESUME_UPLOADS_PER_HOUR, 30 here)", async () => {
    const dave = new Client(server.url);
    await dave.signUp();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await upload(dave, new Uint8Array(0))).status);
    expect(statuses.slice(0, 30).every((status) => status === 400)).toBe(true);
    expect(statuses[30]).toBe(429);
    expect((await upload(carol, new Uint8Array(0))).status).toBe(400); // others are not held up
  });

  it("keeps every resume private: another user gets 404 on read and delete, and does not list it", async () => {
    const { body } = await upload(alice, pdfs.en!);
    expect((await bob.request("GET", `/api/resumes/${body.id}`)).status).toBe(404);
    const deleted = await bob.request("DELETE", `/api/resumes/${body.id}`);
    expect(deleted.status).toBe(404);
    expect(deleted.body.error.code).toBe("NOT_FOUND");
    const bobs = await bob.request("GET", "/api/resumes");
    expect(bobs.body.resumes.map((r: { id: string }) => r.id)).not.toContain(body.id);
    expect((await alice.request("GET", `/api/resumes/${body.id}`)).status).toBe(200);
  });

  it("lists own resumes newest first", async () => {
    const first = await upload(bob, pdfs.ko!);
    const second = await upload(bob, pdfs.en!);
    const list = await bob.request("GET", "/api/resumes");
    const ids = list.body.resumes.map((r: { id: string }) => r.id);
    expect(ids.indexOf(second.body.id)).toBeLessThan(ids.indexOf(first.body.id));
    expect(ids.indexOf(second.body.id)).toBe(0);
    for (const resume of list.body.resumes) resumeDetailSchema.parse(resume);
  });

  it("deletes a resume: 204, then 404, and no row of it left", async () => {
    const { body } = await upload(bob, pdfs.ko!);
    expect((await bob.request("DELETE", `/api/resumes/${body.id}`)).status).toBe(204);
    expect((await bob.request("GET", `/api/resumes/${body.id}`)).status).toBe(404);
    expect((await bob.request("DELETE", `/api/resumes/${body.id}`)).status).toBe(404);
    const { db } = server.services;
    expect(await db.select().from(resumes).where(eq(resumes.id, body.id))).toEqual([]);
    expect(await db.select().from(resumeFiles).where(eq(resumeFiles.resumeId, body.id))).toEqual([]);
  });

  it("answers 'processing' when reading takes longer than the wait, and the resume is ready later", async () => {
    const service = new ResumeService(server.services.db, server.services.queue, { waitMs: 0 });
    const started = await service.upload(userIds[1]!, { bytes: pdfs.en!, fileName: "slow.pdf" });
    expect(started).toEqual({ id: expect.any(String), status: "processing", pages: null, chunks: null });
    const pending = await bob.request("GET", `/api/resumes/${started.id}`);
    expect(pending.body).toMatchObject({ status: "processing", skills: [], error: null });
    let detail = pending;
    for (let i = 0; i < 100 && detail.body.status === "processing"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      detail = await bob.request("GET", `/api/resumes/${started.id}`);
    }
    expect(detail.body).toMatchObject({ status: "ready", pages: 1, fileName: "slow.pdf" });
  });

  it("keeps the uploaded bytes only until they are read: no file row, no file on disk", async () => {
    await server.services.queue.drain();
    const { db } = server.services;
    const owned = db.select({ id: resumes.id }).from(resumes).where(inArray(resumes.userId, userIds));
    const files = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(resumeFiles)
      .where(inArray(resumeFiles.resumeId, owned));
    expect(files[0]?.count).toBe(0);
    const stored = await db.select({ id: resumes.id }).from(resumes).where(inArray(resumes.userId, userIds));
    expect(stored.length).toBeGreaterThanOrEqual(6);
    expect(listFiles(server.dataDir)).toEqual(dataBefore);
    expect(readdirSync(privateTmp)).toEqual([]);
  });
});

describe(`resume indexing across a restart (${backendName})`, () => {
  it("reads an upload whose job never ran once the server starts again", async () => {
    const first = await startTestServer();
    const client = new Client(first.url);
    const { user } = await client.signUp();
    const pdf = await resumePdf(KOREAN_RESUME);
    // As if the server had stopped right after storing the upload, before the job ran.
    await first.services.db
      .insert(resumes)
      .values({ id: `restart-${user.id}`, userId: user.id, status: "processing", fileName: "a.pdf" });
    await first.services.db.insert(resumeFiles).values({ resumeId: `restart-${user.id}`, bytes: pdf });
    await first.close();
    const second = await startTestServer({}, first.dataDir);
    try {
      const again = new Client(second.url);
      again.token = client.token;
      await second.services.queue.drain();
      let detail = await again.request("GET", `/api/resumes/restart-${user.id}`);
      for (let i = 0; i < 50 && detail.body.status === "processing"; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        detail = await again.request("GET", `/api/resumes/restart-${user.id}`);
      }
      expect(detail.body).toMatchObject({ status: "ready", pages: 2, chunks: 10 });
      const left = await second.services.db
        .select()
        .from(resumeFiles)
        .where(eq(resumeFiles.resumeId, `restart-${user.id}`));
      expect(left).toEqual([]);
    } finally {
      await second.close({ removeData: true });
    }
  });
});
