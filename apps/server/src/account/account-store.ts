import { genderSchema, type Profile, type ProfileBody } from "@studio/protocol";
import { eq, sql } from "drizzle-orm";
import type { UserRow } from "../auth/user-store";
import type { Database } from "../db/connect-database";
import { userProfiles, users } from "../db/schema";

/** Who a mailed token was issued to: it only counts while the account still has that address. */
export interface TokenClaim {
  userId: string;
  email: string;
}

/** Reads and writes behind the account and my-data routes: passwords, email proof, profile, deletion. */
export class AccountStore {
  constructor(private readonly db: Database) {}

  /** The account's password hash: null for a social-only account, undefined when there is no account. */
  async passwordHash(userId: string): Promise<string | null | undefined> {
    const [row] = await this.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
    return row ? row.hash : undefined;
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.db.update(users).set({ passwordHash }).where(eq(users.id, userId));
  }

  /** Marks the claimed address verified (granting admin when asked); null when the claim is stale. */
  async verifyEmail(claim: TokenClaim, grantAdmin: boolean): Promise<UserRow | null> {
    const [user] = await this.db
      .update(users)
      .set({
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
        ...(grantAdmin ? { isAdmin: true } : {}),
      })
      .where(sql`${users.id} = ${claim.userId} and ${users.email} = ${claim.email}`)
      .returning();
    return user ?? null;
  }

  /** Sets a new password from a reset link (the mailbox is then proven); false when the claim is stale. */
  async resetPassword(claim: TokenClaim, passwordHash: string): Promise<boolean> {
    const [user] = await this.db
      .update(users)
      .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(sql`${users.id} = ${claim.userId} and ${users.email} = ${claim.email}`)
      .returning({ id: users.id });
    return user !== undefined;
  }

  async profile(userId: string): Promise<Profile> {
    const [row] = await this.db.select().from(userProfiles).where(eq(userProfiles.userId, userId));
    return {
      birthDate: row?.birthDate ?? null,
      // A value no longer in the list reads as unset rather than failing the page.
      gender: genderSchema.safeParse(row?.gender).data ?? null,
      address: row?.address ?? null,
    };
  }

  /** Saves the fields sent; an empty address means none. */
  async saveProfile(userId: string, profile: ProfileBody): Promise<void> {
    const values = { ...profile, address: profile.address || null, updatedAt: new Date() };
    await this.db
      .insert(userProfiles)
      .values({ userId, ...values })
      .onConflictDoUpdate({ target: userProfiles.userId, set: values });
  }

  /** Every table of the user's data references users with ON DELETE CASCADE: one delete removes it all. */
  async deleteUser(userId: string): Promise<void> {
    await this.db.delete(users).where(eq(users.id, userId));
  }
}
