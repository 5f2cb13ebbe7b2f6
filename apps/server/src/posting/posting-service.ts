import { randomUUID } from "node:crypto";
import type { Posting, PostingBody } from "@studio/protocol";
import { readPosting } from "@studio/resume";
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { postings } from "../db/posting-schema";
import { notFound } from "../http/api-error";

type PostingRow = typeof postings.$inferSelect;

export function postingView(row: PostingRow): Posting {
  return {
    id: row.id,
    ...(row.company ? { company: row.company } : {}),
    role: row.role,
    required: row.required,
    preferred: row.preferred,
    duties: row.duties,
    values: row.values,
    skills: row.skills,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Job postings a candidate pasted, read on arrival and always scoped to their owner. */
export class PostingService {
  constructor(private readonly db: Database) {}

  async create(userId: string, body: PostingBody): Promise<Posting> {
    const read = readPosting(body.text, body.company);
    const [row] = await this.db
      .insert(postings)
      .values({ id: randomUUID(), userId, text: body.text, ...read, company: read.company ?? null })
      .returning();
    return postingView(row!);
  }

  async owned(userId: string, id: string): Promise<PostingRow> {
    const [row] = await this.db
      .select()
      .from(postings)
      .where(and(eq(postings.id, id), eq(postings.userId, userId)));
    if (!row) throw notFound("Posting");
    return row;
  }
}
