import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bytesOf, expectByteRanges, raw } from "./recording-requests";
import { startS3Server } from "./s3-server";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

async function answeredSession(client: Client) {
  const created = await client.request("POST", "/api/sessions", { language: "en", mode: "voice" });
  const questionId: string = created.body.question.id;
  const answered = await client.request("POST", `/api/sessions/${created.body.id}/answers`, {
    questionId,
    text: "I cut the payment service's latency by 40% by batching writes.",
    durationMs: 9_000,
  });
  expect(answered.status).toBe(200);
  const path = `/api/sessions/${created.body.id}/answers/${encodeURIComponent(questionId)}/recording`;
  return { id: created.body.id as string, path };
}

describe(`recordings in an S3-compatible bucket (s3rver, ${backendName})`, () => {
  let s3: Awaited<ReturnType<typeof startS3Server>>;
  let server: TestServer;
  let alice: Client;
  let bob: Client;
  beforeAll(async () => {
    s3 = await startS3Server("studio-recordings");
    server = await startTestServer(s3.env);
    alice = new Client(server.url);
    bob = new Client(server.url);
    await alice.signUp("Alice");
    await bob.signUp("Bob");
  }, 300_000);
  afterAll(async () => {
    await server?.close({ removeData: true });
    await s3?.close();
  });

  it("says in /api/status that recordings go to the bucket", async () => {
    const status = await alice.request("GET", "/api/status");
    expect(status.body.services.storage).toMatchObject({ enabled: true, provider: "s3" });
    expect(status.body.services.storage.detail).toContain("studio-recordings");
    expect(JSON.stringify(status.body)).not.toContain("S3RVER"); // the keys never show
  });

  it("puts the bytes in the bucket (not on disk), serves them whole and by range, and survives a restart", async () => {
    const { path } = await answeredSession(alice);
    const body = bytesOf(10_000, 3);
    const put = await raw(alice, "PUT", path, body, { "content-type": "audio/webm;codecs=opus" });
    expect(put.status).toBe(201);
    const keys = await s3.keys();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^recordings\/[^/]+\/[^/]+\/[^/]+$/);
    expect(Buffer.compare(await s3.bytes(keys[0]!), body)).toBe(0);
    expect(existsSync(join(server.dataDir, "recordings"))).toBe(false);

    const whole = await raw(alice, "GET", path);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("audio/webm");
    expect(whole.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.compare(whole.bytes, body)).toBe(0);
    const beyond = await expectByteRanges(alice, path, body);
    expect(beyond.headers.get("content-range")).toBe("bytes */10000");

    await server.close();
    server = await startTestServer(s3.env, server.dataDir);
    alice = Object.assign(new Client(server.url), { token: alice.token });
    bob = Object.assign(new Client(server.url), { token: bob.token });
    const again = await raw(alice, "GET", path, undefined, { range: "bytes=100-199" });
    expect(again.status).toBe(206);
    expect(Buffer.compare(again.bytes, body.subarray(100, 200))).toBe(0);
    expect((await raw(bob, "GET", path)).status).toBe(404);
    expect((await raw(alice, "DELETE", path)).status).toBe(204);
    expect(await s3.keys()).toEqual([]);
  }, 300_000);

  it("deletes the objects with the session and with the account (delete my data)", async () => {
    const dave = new Client(server.url);
    const { password } = await dave.signUp("Dave");
    const a = await answeredSession(dave);
    const b = await answeredSession(dave);
    const kept = await answeredSession(alice);
    const before = (await s3.keys()).length;
    for (const [who, s] of [
      [dave, a],
      [dave, b],
      [alice, kept],
    ] as const) {
      expect((await raw(who, "PUT", s.path, bytesOf(400), { "content-type": "audio/ogg" })).status).toBe(201);
    }
    expect(await s3.keys()).toHaveLength(before + 3);
    expect((await dave.request("DELETE", `/api/sessions/${a.id}`)).status).toBe(204);
    await expect.poll(() => s3.keys()).toHaveLength(before + 2);
    expect((await raw(dave, "GET", a.path)).status).toBe(404);
    expect((await raw(dave, "GET", b.path)).status).toBe(200);

    expect((await dave.request("DELETE", "/api/auth/me", { password })).status).toBe(204);
    await expect.poll(() => s3.keys()).toHaveLength(before + 1);
    // Alice's recording is untouched.
    expect(Buffer.compare((await raw(alice, "GET", kept.path)).bytes, bytesOf(400))).toBe(0);
  });

  it("refuses to start when the bucket does not exist, naming it", async () => {
    await expect(startTestServer({ ...s3.env, S3_BUCKET: "no-such-bucket" })).rejects.toThrow(
      /no-such-bucket/,
    );
  }, 300_000);
});
