import { randomUUID } from "node:crypto";
import type {
  CreatePanelBody,
  PanelEvaluation,
  PanelNote,
  PanelRole,
  PanelUtterance,
} from "@studio/protocol";
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { panelEvaluations, panelNotes, panelParticipants, panels, panelUtterances } from "../db/schema";

export type PanelRow = typeof panels.$inferSelect;
export type ParticipantRow = typeof panelParticipants.$inferSelect;
type UtteranceRow = typeof panelUtterances.$inferSelect;

export type NewPanel = Required<Omit<CreatePanelBody, "role" | "items">> &
  Pick<CreatePanelBody, "role" | "items">;

/** Durable state of panel interviews: the room keeps nothing that is not written here first. */
export class PanelStore {
  constructor(readonly db: Database) {}

  async create(owner: { id: string; name: string }, body: NewPanel, items: string[]) {
    const id = randomUUID();
    const interviewers = body.interviewers.length > 0 ? body.interviewers : [{ name: owner.name }];
    const people: { role: PanelRole; name: string; userId: string | null }[] = [
      ...interviewers.map((p, i) => ({
        role: "interviewer" as const,
        name: p.name,
        userId: i === 0 ? owner.id : null,
      })),
      ...body.candidates.map((p) => ({ role: "candidate" as const, name: p.name, userId: null })),
      { role: "observer", name: body.language === "ko" ? "참관인" : "Observer", userId: null },
    ];
    const rows = people.map((p, position) => ({ id: randomUUID(), panelId: id, position, ...p }));
    await this.db.transaction(async (tx) => {
      await tx.insert(panels).values({
        id,
        ownerId: owner.id,
        title: body.title,
        language: body.language,
        role: body.role ?? null,
        items,
        mode: body.mode,
        candidateSeesTranscript: body.candidateSeesTranscript,
        questions: body.questions,
      });
      await tx.insert(panelParticipants).values(rows);
    });
    return { id, participants: rows };
  }

  /** The panels a user created, newest first. */
  owned(ownerId: string, limit = 100): Promise<PanelRow[]> {
    return this.db
      .select()
      .from(panels)
      .where(eq(panels.ownerId, ownerId))
      .orderBy(desc(panels.createdAt))
      .limit(limit);
  }

  async find(id: string): Promise<PanelRow | null> {
    const [row] = await this.db.select().from(panels).where(eq(panels.id, id));
    return row ?? null;
  }

  participants(panelId: string): Promise<ParticipantRow[]> {
    return this.db
      .select()
      .from(panelParticipants)
      .where(eq(panelParticipants.panelId, panelId))
      .orderBy(asc(panelParticipants.position));
  }

  async markLive(id: string): Promise<void> {
    await this.db
      .update(panels)
      .set({ status: "live", startedAt: new Date() })
      .where(and(eq(panels.id, id), eq(panels.status, "waiting")));
  }

  async markEnded(id: string): Promise<void> {
    await this.db.update(panels).set({ status: "ended", endedAt: new Date() }).where(eq(panels.id, id));
  }

  async utterances(panelId: string, people: ParticipantRow[]): Promise<PanelUtterance[]> {
    const rows = await this.db
      .select()
      .from(panelUtterances)
      .where(eq(panelUtterances.panelId, panelId))
      .orderBy(asc(panelUtterances.seq));
    return rows.map((row) => toUtterance(row, people));
  }

  async addUtterance(
    panelId: string,
    speakerId: string,
    line: { text: string; start?: number; end?: number; attribution: string },
  ): Promise<UtteranceRow> {
    const [counted] = await this.db
      .select({ n: count() })
      .from(panelUtterances)
      .where(eq(panelUtterances.panelId, panelId));
    const n = counted?.n ?? 0;
    const [row] = await this.db
      .insert(panelUtterances)
      .values({
        id: randomUUID(),
        panelId,
        speakerId,
        seq: n + 1,
        text: line.text,
        startMs: line.start ?? null,
        endMs: line.end ?? null,
        attribution: line.attribution,
      })
      .returning();
    if (!row) throw new Error("utterance not written");
    return row;
  }

  /** How much the panel's transcript holds: utterances and their characters. */
  async transcriptSize(panelId: string): Promise<{ utterances: number; chars: number }> {
    const [row] = await this.db
      .select({
        utterances: count(),
        chars: sql<number>`coalesce(sum(length(${panelUtterances.text})), 0)`.mapWith(Number),
      })
      .from(panelUtterances)
      .where(eq(panelUtterances.panelId, panelId));
    return { utterances: row?.utterances ?? 0, chars: row?.chars ?? 0 };
  }

  async noteCount(panelId: string): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(panelNotes)
      .where(eq(panelNotes.panelId, panelId));
    return row?.n ?? 0;
  }

  async setSpeaker(panelId: string, utteranceId: string, speakerId: string): Promise<UtteranceRow | null> {
    const [row] = await this.db
      .update(panelUtterances)
      .set({ speakerId, attribution: "corrected" })
      .where(and(eq(panelUtterances.panelId, panelId), eq(panelUtterances.id, utteranceId)))
      .returning();
    return row ?? null;
  }

  async addNote(panelId: string, authorId: string, candidateId: string, text: string) {
    const [row] = await this.db
      .insert(panelNotes)
      .values({ id: randomUUID(), panelId, authorId, candidateId, text })
      .returning();
    return row;
  }

  async notes(panelId: string, people: ParticipantRow[]): Promise<PanelNote[]> {
    const rows = await this.db
      .select()
      .from(panelNotes)
      .where(eq(panelNotes.panelId, panelId))
      .orderBy(asc(panelNotes.createdAt));
    return rows.map((row) => toNote(row, people));
  }

  async addEvaluation(panelId: string, evaluation: PanelEvaluation, final = false): Promise<void> {
    await this.db.insert(panelEvaluations).values({ id: randomUUID(), panelId, evaluation, final });
  }

  async latestEvaluation(panelId: string): Promise<{ evaluation: PanelEvaluation; final: boolean } | null> {
    const [row] = await this.db
      .select()
      .from(panelEvaluations)
      .where(eq(panelEvaluations.panelId, panelId))
      .orderBy(desc(panelEvaluations.final), desc(panelEvaluations.createdAt))
      .limit(1);
    return row ? { evaluation: row.evaluation, final: row.final } : null;
  }

  /** The periodic evaluations, oldest first. */
  async periodicEvaluations(panelId: string): Promise<PanelEvaluation[]> {
    const rows = await this.db
      .select({ evaluation: panelEvaluations.evaluation })
      .from(panelEvaluations)
      .where(and(eq(panelEvaluations.panelId, panelId), eq(panelEvaluations.final, false)))
      .orderBy(asc(panelEvaluations.createdAt));
    return rows.map((row) => row.evaluation);
  }
}

const nameOf = (people: ParticipantRow[], id: string) => people.find((p) => p.id === id);

export function toUtterance(row: UtteranceRow, people: ParticipantRow[]): PanelUtterance {
  const speaker = nameOf(people, row.speakerId);
  return {
    id: row.id,
    speaker: speaker?.name ?? "?",
    speakerId: row.speakerId,
    role: speaker?.role ?? "observer",
    text: row.text,
    at: row.createdAt.toISOString(),
    ...(row.startMs !== null ? { start: row.startMs } : {}),
    ...(row.endMs !== null ? { end: row.endMs } : {}),
    attribution: row.attribution,
  };
}

export function toNote(row: typeof panelNotes.$inferSelect, people: ParticipantRow[]): PanelNote {
  return {
    id: row.id,
    author: nameOf(people, row.authorId)?.name ?? "?",
    candidate: nameOf(people, row.candidateId)?.name ?? "?",
    candidateId: row.candidateId,
    text: row.text,
    at: row.createdAt.toISOString(),
  };
}
