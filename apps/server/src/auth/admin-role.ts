import { normalizeEmail } from "@studio/protocol";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { users } from "../db/schema";

/**
 * Grants or revokes the admin role by email. Run by the server's operator (`npm run admin`), who
 * vouches for the account: granting also marks its email verified. Returns whether the account exists.
 */
export async function setAdminRole(db: Database, email: string, admin: boolean): Promise<boolean> {
  const changed = await db
    .update(users)
    .set(
      admin
        ? { isAdmin: true, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` }
        : { isAdmin: false },
    )
    .where(eq(users.email, normalizeEmail(email)))
    .returning({ id: users.id });
  return changed.length > 0;
}
