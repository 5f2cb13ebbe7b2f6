import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { socialAccounts, users } from "../db/schema";

export type UserRow = typeof users.$inferSelect;

/** Reads and writes of accounts for sign-up, login and social sign-in: the routes hold no queries. */
export class UserStore {
  constructor(private readonly db: Database) {}

  async byEmail(email: string): Promise<UserRow | null> {
    const [user] = await this.db.select().from(users).where(eq(users.email, email)).limit(1);
    return user ?? null;
  }

  async emailTaken(email: string): Promise<boolean> {
    const [taken] = await this.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    return taken !== undefined;
  }

  /** The new account, or null when the email was taken meanwhile (the unique index decides). */
  async createWithPassword(email: string, passwordHash: string, name: string): Promise<UserRow | null> {
    const inserted = await this.db
      .insert(users)
      .values({ id: randomUUID(), email, passwordHash, name })
      .onConflictDoNothing()
      .returning();
    return inserted[0] ?? null;
  }

  /** The account a provider's user id is linked to, if any. */
  async linkedTo(provider: string, providerUserId: string): Promise<string | null> {
    const [linked] = await this.db
      .select({ userId: socialAccounts.userId })
      .from(socialAccounts)
      .where(and(eq(socialAccounts.provider, provider), eq(socialAccounts.providerUserId, providerUserId)));
    return linked?.userId ?? null;
  }

  /** A new account signed in through a provider, linked to it in the same transaction. */
  async createSocial(input: {
    provider: string;
    providerUserId: string;
    email: string;
    name: string;
    emailVerifiedAt: Date | null;
  }): Promise<string> {
    const userId = randomUUID();
    await this.db.transaction(async (tx) => {
      const { provider, providerUserId, email, name, emailVerifiedAt } = input;
      await tx.insert(users).values({ id: userId, email, name, emailVerifiedAt });
      await tx.insert(socialAccounts).values({ provider, providerUserId, userId });
    });
    return userId;
  }
}
