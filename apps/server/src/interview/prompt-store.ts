import type { Language } from "@studio/protocol";
import { eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { appSettings } from "../db/schema";

const keyFor = (language: Language) => `interviewer_prompt.${language}`;

/** The interviewer's system prompt as an administrator edited it; null means the built-in one. */
export class PromptStore {
  constructor(private readonly db: Database) {}

  async get(language: Language): Promise<{ prompt: string; updatedAt: Date } | null> {
    const [row] = await this.db
      .select()
      .from(appSettings)
      .where(eq(appSettings.key, keyFor(language)));
    return row ? { prompt: row.value, updatedAt: row.updatedAt } : null;
  }

  async set(language: Language, prompt: string): Promise<Date> {
    const updatedAt = new Date();
    await this.db
      .insert(appSettings)
      .values({ key: keyFor(language), value: prompt, updatedAt })
      .onConflictDoUpdate({ target: appSettings.key, set: { value: prompt, updatedAt } });
    return updatedAt;
  }

  async reset(language: Language): Promise<void> {
    await this.db.delete(appSettings).where(eq(appSettings.key, keyFor(language)));
  }
}
