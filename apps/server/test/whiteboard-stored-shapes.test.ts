import { drawDesign } from "@studio/whiteboard/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readJson } from "../src/db/stored-json";
import { analysisShape, sceneShape } from "../src/db/stored-shapes";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

/** The first row of a raw query, on PGlite and PostgreSQL alike (their result types differ). */
const firstRow = (result: unknown) => {
  const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
  return rows[0] as Record<string, unknown>;
};

const design = () =>
  drawDesign({
    boxes: { c: ["사용자", 0, 1], api: ["API 서버", 1, 1], db: ["MySQL", 2, 1] },
    arrows: [
      ["c", "api"],
      ["api", "db"],
    ],
  });

describe(`whiteboard scenes and analyses stored versioned, parsed on read (${backendName})`, () => {
  let server: TestServer;
  let client: Client;
  let userId: string;
  let sessionId: string;
  beforeAll(async () => {
    server = await startTestServer();
    client = new Client(server.url);
    userId = (await client.signUp()).user.id;
    sessionId = (await client.request("POST", "/api/sessions", { language: "en", questionCount: 1 })).body.id;
    const scene = { type: "excalidraw", elements: design().elements };
    const analyzed = await client.request("POST", "/api/whiteboard/analyze", {
      scene,
      problemId: "chat",
      sessionId,
      language: "en",
    });
    expect(analyzed.status).toBe(200);
    const saved = await client.request("PUT", "/api/whiteboard/drafts", { problemId: "chat", scene });
    expect(saved.status).toBe(204);
  }, 180_000);
  afterAll(() => server.close({ removeData: true }));

  const exportedBoards = async () => {
    const exported = await client.request("GET", "/api/auth/me/export");
    return { status: exported.status, body: exported.body };
  };

  it("writes a schemaVersion into scene and analysis, and reads rows written before it the same", async () => {
    const db = server.services.db;
    const versions = await db.execute(sql`
      select a.scene->>'schemaVersion' as scene, a.analysis->>'schemaVersion' as analysis,
             d.scene->>'schemaVersion' as draft
      from whiteboard_analyses a join whiteboard_drafts d on d.user_id = a.user_id
      where a.user_id = ${userId}`);
    expect(firstRow(versions)).toEqual({ scene: "1", analysis: "1", draft: "1" });

    const draft = await client.request("GET", "/api/whiteboard/drafts/chat");
    const before = await exportedBoards();
    expect(before.status).toBe(200);
    expect(before.body.whiteboard.analyses[0].analysis.components.length).toBeGreaterThan(0);
    // The version is the storage's business: it never shows in what the API returns.
    expect(JSON.stringify(draft.body)).not.toContain("schemaVersion");
    expect(JSON.stringify(before.body.whiteboard)).not.toContain("schemaVersion");

    // Rows as the server wrote them before the columns were versioned.
    await db.execute(sql`update whiteboard_analyses set scene = scene - 'schemaVersion',
      analysis = analysis - 'schemaVersion' where user_id = ${userId}`);
    await db.execute(
      sql`update whiteboard_drafts set scene = scene - 'schemaVersion' where user_id = ${userId}`,
    );
    expect((await client.request("GET", "/api/whiteboard/drafts/chat")).body).toEqual(draft.body);
    const after = await exportedBoards();
    expect(after.body.whiteboard).toEqual(before.body.whiteboard);
  });

  it("refuses a stored scene or analysis of the wrong shape with a clear error and no leak", async () => {
    const db = server.services.db;
    await db.execute(
      sql`update whiteboard_drafts set scene = '{"elements": "astrology"}'::jsonb where user_id = ${userId}`,
    );
    const draft = await client.request("GET", "/api/whiteboard/drafts/chat");
    expect(draft.status).toBe(500);
    expect(draft.body.error.code).toBe("INTERNAL_ERROR");
    expect(JSON.stringify(draft.body)).not.toContain("astrology");

    await db.execute(sql`delete from whiteboard_drafts where user_id = ${userId}`);
    await db.execute(sql`update whiteboard_analyses
      set analysis = jsonb_set(analysis, '{scores}', '{"structure": "astrology"}'::jsonb)
      where user_id = ${userId}`);
    const exported = await exportedBoards();
    expect(exported.status).toBe(500);
    expect(exported.body.error.code).toBe("INTERNAL_ERROR");
    expect(JSON.stringify(exported.body)).not.toContain("astrology");

    // A version newer than this server's is refused too, rather than read as if it were today's.
    await db.execute(sql`update whiteboard_analyses
      set analysis = jsonb_set(analysis, '{schemaVersion}', '99'::jsonb) where user_id = ${userId}`);
    expect((await exportedBoards()).status).toBe(500);
  });

  it("names the column and the mismatch in the error the log gets", () => {
    expect(() =>
      readJson(sceneShape, { schemaVersion: 1, elements: "x" }, "whiteboard_drafts.scene"),
    ).toThrow(/^whiteboard_drafts\.scene: stored value does not match its shape: .*elements/s);
    expect(() => readJson(analysisShape, { schemaVersion: 2, provider: "rules" }, "analysis")).toThrow(
      "analysis: stored at schema version 2, newer than this server's 1",
    );
  });
});
