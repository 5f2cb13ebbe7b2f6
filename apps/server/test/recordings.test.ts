import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bytesOf, expectByteRanges, raw } from "./recording-requests";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

const json = (r: { bytes: Uint8Array }) => JSON.parse(Buffer.from(r.bytes).toString("utf8"));

async function answeredSession(client: Client) {
  const created = await client.request("POST", "/api/sessions", { language: "ko", mode: "voice" });
  const questionId: string = created.body.question.id;
  const answered = await client.request("POST", `/api/sessions/${created.body.id}/answers`, {
    questionId,
    text: "저는 백엔드 개발자로 결제 시스템의 응답 시간을 40% 줄였습니다.",
    durationMs: 12_000,
  });
  expect(answered.status).toBe(200);
  return {
    id: created.body.id as string,
    questionId,
    path: `/api/sessions/${created.body.id}/answers/${encodeURIComponent(questionId)}/recording`,
  };
}

const recordingFiles = (dataDir: string) =>
  existsSync(join(dataDir, "recordings"))
    ? readdirSync(join(dataDir, "recordings"), { recursive: true, withFileTypes: true }).filter((e) =>
        e.isFile(),
      ).length
    : 0;

describe(`answer recordings kept on the server (${backendName})`, () => {
  let server: TestServer;
  let alice: Client;
  let bob: Client;
  const MAX = 64 * 1024;
  const env = { RECORDING_MAX_BYTES: String(MAX), RECORDING_QUOTA_BYTES: String(3 * MAX) };
  beforeAll(async () => {
    server = await startTestServer(env);
    alice = new Client(server.url);
    bob = new Client(server.url);
    await alice.signUp("앨리스");
    await bob.signUp("Bob");
  }, 300_000); // starting the server takes over a minute on a loaded machine
  afterAll(() => server.close({ removeData: true }));

  it("stores each accepted media type, serves it whole and by range, and survives a restart", async () => {
    const { path } = await answeredSession(alice);
    for (const type of ["audio/ogg", "audio/wav", "video/webm", "audio/webm;codecs=opus"]) {
      const put = await raw(alice, "PUT", path, bytesOf(1000), { "content-type": type });
      expect(put.status).toBe(201);
      expect(json(put)).toMatchObject({ contentType: type.split(";")[0], bytes: 1000 });
    }
    const body = bytesOf(10_000, 3);
    expect((await raw(alice, "PUT", path, body, { "content-type": "audio/webm" })).status).toBe(201);
    const whole = await raw(alice, "GET", path);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("audio/webm");
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    expect(Buffer.compare(whole.bytes, body)).toBe(0);

    const beyond = await expectByteRanges(alice, path, body);
    expect(json(beyond).error.code).toBe("RANGE_NOT_SATISFIABLE");

    await server.close();
    server = await startTestServer(env, server.dataDir);
    alice = Object.assign(new Client(server.url), { token: alice.token });
    bob = Object.assign(new Client(server.url), { token: bob.token });
    const again = await raw(alice, "GET", path, undefined, { range: "bytes=100-199" });
    expect(again.status).toBe(206);
    expect(Buffer.compare(again.bytes, body.subarray(100, 200))).toBe(0);
  }, 300_000);

  it("is private: another user, an unknown question and no login all fail in the contract's shape", async () => {
    const { id, path } = await answeredSession(alice);
    expect((await raw(alice, "PUT", path, bytesOf(500), { "content-type": "audio/ogg" })).status).toBe(201);
    for (const method of ["GET", "DELETE"]) {
      const res = await raw(bob, method, path);
      expect(res.status, method).toBe(404);
      expect(json(res).error.code).toBe("NOT_FOUND");
    }
    expect((await raw(bob, "PUT", path, bytesOf(10), { "content-type": "audio/ogg" })).status).toBe(404);
    expect((await raw(alice, "GET", path)).bytes.length).toBe(500); // Bob's PUT changed nothing
    expect((await raw(new Client(server.url), "GET", path)).status).toBe(401);
    const other = await raw(
      alice,
      "PUT",
      `/api/sessions/${id}/answers/not-a-question/recording`,
      bytesOf(10),
      {
        "content-type": "audio/ogg",
      },
    );
    expect(other.status).toBe(404);
    const list = await alice.request("GET", `/api/sessions/${id}/recordings`);
    expect(list.body.recordings).toHaveLength(1);
    expect((await bob.request("GET", `/api/sessions/${id}/recordings`)).status).toBe(404);
  });

  it("refuses other media types, empty bodies, files over RECORDING_MAX_BYTES and uploads over the quota", async () => {
    const { path } = await answeredSession(alice);
    for (const type of ["application/json", "text/plain", "video/mp4", "application/octet-stream"]) {
      const res = await raw(alice, "PUT", path, bytesOf(100), { "content-type": type });
      expect(res.status, type).toBe(415);
      expect(json(res).error.code).toBeTypeOf("string");
    }
    const empty = await raw(alice, "PUT", path, new Uint8Array(0), { "content-type": "audio/ogg" });
    expect(empty.status).toBe(400);
    const big = await raw(alice, "PUT", path, bytesOf(MAX + 1), { "content-type": "audio/webm" });
    expect(big.status).toBe(413);
    expect(json(big).error.code).toBe("PAYLOAD_TOO_LARGE");
    expect((await raw(alice, "PUT", path, bytesOf(MAX), { "content-type": "audio/webm" })).status).toBe(201);

    // A fresh user fills the 3 x MAX quota; replacing a recording does not count twice.
    const carol = new Client(server.url);
    await carol.signUp("Carol");
    const sessions = [
      await answeredSession(carol),
      await answeredSession(carol),
      await answeredSession(carol),
    ];
    for (const s of sessions) {
      expect((await raw(carol, "PUT", s.path, bytesOf(MAX), { "content-type": "audio/webm" })).status).toBe(
        201,
      );
    }
    expect(
      (await raw(carol, "PUT", sessions[0]!.path, bytesOf(MAX), { "content-type": "audio/webm" })).status,
    ).toBe(201);
    const over = await raw(carol, "PUT", (await answeredSession(carol)).path, bytesOf(10), {
      "content-type": "audio/ogg",
    });
    expect(over.status).toBe(413);
    expect(json(over).error.code).toBe("RECORDING_QUOTA_EXCEEDED");
    expect((await carol.request("GET", "/api/recordings/usage")).body).toMatchObject({
      bytes: 3 * MAX,
      count: 3,
    });
  });

  it("deletes one recording, goes with its session, appears in the export and goes with the account", async () => {
    const one = await answeredSession(alice);
    expect((await raw(alice, "PUT", one.path, bytesOf(300), { "content-type": "audio/ogg" })).status).toBe(
      201,
    );
    expect((await raw(alice, "DELETE", one.path)).status).toBe(204);
    expect((await raw(alice, "GET", one.path)).status).toBe(404);
    expect((await raw(alice, "DELETE", one.path)).status).toBe(404);

    const dave = new Client(server.url);
    const { password } = await dave.signUp("Dave");
    const a = await answeredSession(dave);
    const b = await answeredSession(dave);
    for (const s of [a, b]) {
      expect((await raw(dave, "PUT", s.path, bytesOf(400), { "content-type": "audio/webm" })).status).toBe(
        201,
      );
    }
    const filesBefore = recordingFiles(server.dataDir);
    expect((await dave.request("DELETE", `/api/sessions/${a.id}`)).status).toBe(204);
    await new Promise((r) => setTimeout(r, 100)); // the clean-up runs after the response
    expect(recordingFiles(server.dataDir)).toBe(filesBefore - 1);
    expect((await raw(dave, "GET", a.path)).status).toBe(404);

    const exported = await dave.request("GET", "/api/auth/me/export");
    expect(exported.body.recordings).toEqual([
      expect.objectContaining({
        sessionId: b.id,
        questionId: b.questionId,
        bytes: 400,
        contentType: "audio/webm",
      }),
    ]);
    expect(JSON.stringify(exported.body)).not.toContain(
      Buffer.from(bytesOf(400)).toString("base64").slice(0, 40),
    );

    expect((await dave.request("DELETE", "/api/auth/me", { password })).status).toBe(204);
    await new Promise((r) => setTimeout(r, 100));
    expect(recordingFiles(server.dataDir)).toBe(filesBefore - 2);
  });
});
