import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { describe, expect, it } from "vitest";

const MIGRATIONS = fileURLToPath(new URL("../migrations", import.meta.url));

/** The migrations folder as it was before the profile moved off the users table (0000-0005). */
function migrationsBeforeProfileMove(dir: string): string {
  const folder = join(dir, "migrations");
  cpSync(MIGRATIONS, folder, { recursive: true });
  const journalFile = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalFile, "utf8"));
  journal.entries = journal.entries.filter((e: { tag: string }) => e.tag < "0006");
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

describe("moving sign-up fields to the optional profile", () => {
  it("keeps existing birth dates, genders and addresses in user_profiles and normalises emails", async () => {
    const dir = mkdtempSync(join(tmpdir(), "studio-migration-"));
    const client = await PGlite.create();
    const db = drizzle(client);
    try {
      await migrate(db, { migrationsFolder: migrationsBeforeProfileMove(dir) });
      await db.execute(sql`insert into users (id, email, name, birth_date, gender, address)
        values ('u1', 'Kim@Example.com', '김', '1997-03-15', 'female', '서울'),
               ('u2', 'lee@example.com', '이', null, null, null)`);
      await migrate(db, { migrationsFolder: MIGRATIONS });
      const profiles = await db.execute(sql`select user_id, birth_date, gender, address from user_profiles`);
      expect(profiles.rows).toEqual([
        { user_id: "u1", birth_date: "1997-03-15", gender: "female", address: "서울" },
      ]);
      const columns = await db.execute(
        sql`select column_name from information_schema.columns where table_name = 'users'`,
      );
      expect(columns.rows.map((r) => (r as { column_name: string }).column_name)).not.toContain("birth_date");
      const emails = await db.execute(sql`select email from users order by id`);
      expect(emails.rows).toEqual([{ email: "kim@example.com" }, { email: "lee@example.com" }]);
    } finally {
      await client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
