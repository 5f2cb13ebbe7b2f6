import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

describe(`several focus categories (${backendName})`, () => {
  let server: TestServer;
  let alice: Client;

  beforeAll(async () => {
    server = await startTestServer();
    alice = new Client(server.url);
    await alice.signUp();
  }, 300_000);
  afterAll(async () => {
    await server.close({ removeData: true });
  });

  const planOf = async (id: string) => {
    const session = await server.services.db.query.interviewSessions.findFirst({
      where: (s, { eq }) => eq(s.id, id),
    });
    return (session?.plan ?? []).map((q) => q.category);
  };

  it("draws the main questions from the chosen categories in turn", async () => {
    const res = await alice.request("POST", "/api/sessions", {
      language: "ko",
      role: "backend",
      focusCategories: ["teamwork", "technical", "growth"],
      questionCount: 6,
    });
    expect(res.status).toBe(201);
    const categories = await planOf(res.body.id);
    expect(categories).toHaveLength(6);
    for (const category of ["teamwork", "technical", "growth"]) {
      expect(categories.filter((c) => c === category)).toHaveLength(2);
    }
    // Stored with the session, in the order chosen, for the report's setup line.
    const detail = await alice.request("GET", `/api/sessions/${res.body.id}`);
    expect(detail.body.setup.focusCategories).toEqual(["teamwork", "technical", "growth"]);
  });

  it("stores no focus for a full interview or a question pack", async () => {
    for (const body of [{}, { questionPack: "personality", focusCategories: ["growth"] }]) {
      const res = await alice.request("POST", "/api/sessions", { language: "ko", ...body });
      expect(res.status).toBe(201);
      const detail = await alice.request("GET", `/api/sessions/${res.body.id}`);
      expect(detail.body.setup.focusCategories).toEqual([]);
    }
  });

  it("joins the old single focusCategory with the new list", async () => {
    const res = await alice.request("POST", "/api/sessions", {
      language: "en",
      focusCategory: "project",
      focusCategories: ["strength"],
      questionCount: 4,
    });
    expect(res.status).toBe(201);
    expect(new Set(await planOf(res.body.id))).toEqual(new Set(["project", "strength"]));
    const detail = await alice.request("GET", `/api/sessions/${res.body.id}`);
    expect(detail.body.setup.focusCategories).toEqual(["project", "strength"]);
  });

  it("refuses bad lists in the contract's shape", async () => {
    for (const focusCategories of [
      [],
      ["teamwork", "teamwork"],
      ["leadership"],
      "teamwork",
      Array(10).fill("intro"),
    ]) {
      const res = await alice.request("POST", "/api/sessions", { language: "ko", focusCategories });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_ERROR");
    }
  });
});
