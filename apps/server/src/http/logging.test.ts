import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { describe, expect, it } from "vitest";
import { safeError, withoutQuery } from "./logging";

describe("what the log keeps of an error", () => {
  it("drops a failed query's parameters (hash, email, answer) but keeps the SQL and the code", async () => {
    const client = await PGlite.create();
    const db = drizzle(client);
    await db.execute(sql`create table t (email text unique, hash text, answer text)`);
    const row = { email: "kim@example.com", hash: "$argon2id$v=19$secret", answer: "my whole answer" };
    await db.execute(sql`insert into t values (${row.email}, ${row.hash}, ${row.answer})`);
    const error = await db
      .execute(sql`insert into t values (${row.email}, ${row.hash}, ${row.answer})`)
      .catch((e: Error) => e);
    await client.close();
    expect(String((error as Error).message)).toContain(row.hash); // what drizzle would have logged
    const logged = JSON.stringify(safeError(error));
    for (const secret of Object.values(row)) expect(logged).not.toContain(secret);
    expect(logged).toContain("insert into t");
    expect(logged).toContain("23505");
  }, 60_000);

  it("strips query strings from URLs", () => {
    expect(withoutQuery("/ws/interview/abc?token=secret")).toBe("/ws/interview/abc");
  });
});
