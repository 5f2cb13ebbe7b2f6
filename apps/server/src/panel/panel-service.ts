import {
  type CreatedPanel,
  type createPanelBodySchema,
  DEFAULT_PANEL_ITEMS,
  type PanelDetail,
  type PanelEvaluation,
  type PanelList,
  type PanelNote,
  type PanelReport,
  type PanelServerMessage,
  type PanelUtterance,
} from "@studio/protocol";
import type { z } from "zod";
import { ApiError, notFound } from "../http/api-error";
import type { InviteTokens } from "./invite-tokens";
import type { PanelEvaluator } from "./panel-evaluator";
import type { PanelRow, PanelStore, ParticipantRow } from "./panel-store";
import { toUtterance } from "./panel-store";
import { participantOf } from "./room-rules";

type Body = z.output<typeof createPanelBodySchema>;

/** What one panel may store (PANEL_MAX_*). */
export interface PanelLimits {
  utterances: number;
  transcriptChars: number;
  notes: number;
}

/** The report is final once the panel ends: no notes or speaker corrections after it. */
const endedError = () => new ApiError(409, "SESSION_ENDED", "This panel has ended");

const panelFull = (what: string) =>
  new ApiError(409, "PANEL_FULL", `This panel holds as many ${what} as it may; nothing more is stored`);

/** Panel interviews as a use case: creation with invitations, what each viewer may read, the report. */
export class PanelService {
  constructor(
    readonly store: PanelStore,
    readonly tokens: InviteTokens,
    private readonly evaluator: PanelEvaluator,
    private readonly options: {
      inviteTtlMs: number;
      publicUrl: string;
      stt: "server" | "browser";
      diarization: string | null;
      limits: PanelLimits;
    },
  ) {}

  async create(owner: { id: string; name: string }, body: Body): Promise<CreatedPanel> {
    const items = body.items ?? [...DEFAULT_PANEL_ITEMS];
    const { id, participants } = await this.store.create(owner, body, items);
    return { id, invites: this.invitesFor(id, participants) };
  }

  /** The creator's panels, newest first, to come back to. */
  async list(ownerId: string): Promise<PanelList> {
    const rows = await this.store.owned(ownerId);
    return {
      panels: rows.map((row) => ({
        id: row.id,
        title: row.title,
        role: row.role ?? null,
        language: row.language,
        status: row.status,
        createdAt: row.createdAt.toISOString(),
      })),
    };
  }

  /** Fresh invitation links for everyone of a panel (the first ones were shown once, at creation). */
  async reissueInvites(panel: PanelRow): Promise<CreatedPanel> {
    if (panel.status === "ended") throw endedError();
    return { id: panel.id, invites: this.invitesFor(panel.id, await this.store.participants(panel.id)) };
  }

  private invitesFor(id: string, participants: readonly ParticipantRow[]): CreatedPanel["invites"] {
    const expiresAt = new Date(Date.now() + this.options.inviteTtlMs);
    return participants.map((p) => {
      const token = this.tokens.sign({ panelId: id, participantId: p.id, role: p.role, expiresAt });
      return {
        role: p.role,
        name: p.name,
        participantId: p.id,
        token,
        url: `${this.options.publicUrl}/panel/${id}/join?invite=${encodeURIComponent(token)}`,
        expiresAt: expiresAt.toISOString(),
      };
    });
  }

  async panel(id: string): Promise<PanelRow> {
    const row = await this.store.find(id);
    if (!row) throw notFound("Panel");
    return row;
  }

  people(id: string): Promise<ParticipantRow[]> {
    return this.store.participants(id);
  }

  async markLive(id: string): Promise<PanelRow> {
    await this.store.markLive(id);
    return this.panel(id);
  }

  detail(
    panel: PanelRow,
    people: ParticipantRow[],
    me: ParticipantRow,
    connected: ReadonlySet<string>,
  ): PanelDetail {
    return {
      id: panel.id,
      title: panel.title,
      language: panel.language,
      role: panel.role,
      items: panel.items,
      mode: panel.mode,
      candidateSeesTranscript: panel.candidateSeesTranscript,
      questions: panel.questions,
      status: panel.status,
      startedAt: panel.startedAt?.toISOString() ?? null,
      endedAt: panel.endedAt?.toISOString() ?? null,
      participants: people.map((p) => participantOf(p, connected.has(p.id))),
      me: { participantId: me.id, name: me.name, role: me.role },
    };
  }

  /** What a participant receives on joining (and rejoining after a restart): the room so far. */
  async state(id: string, me: ParticipantRow, connected: ReadonlySet<string>): Promise<PanelServerMessage> {
    const [panel, people] = await Promise.all([this.panel(id), this.people(id)]);
    const staff = me.role !== "candidate";
    const transcript = (await this.store.utterances(id, people)).filter(
      (u) => staff || u.role === "interviewer" || (u.speakerId === me.id && panel.candidateSeesTranscript),
    );
    return {
      type: "panel_state",
      panel: this.detail(panel, people, me, new Set([...connected, me.id])),
      transcript,
      notes: staff ? await this.store.notes(id, people) : [],
      evaluation: staff ? ((await this.store.latestEvaluation(id))?.evaluation ?? null) : null,
      stt: this.options.stt,
      diarization: this.options.diarization,
    };
  }

  async addUtterance(
    id: string,
    speaker: ParticipantRow,
    text: string,
    times: { start?: number; end?: number },
    attribution: string,
  ): Promise<PanelUtterance> {
    const { utterances, transcriptChars } = this.options.limits;
    const size = await this.store.transcriptSize(id);
    if (size.utterances >= utterances || size.chars + text.length > transcriptChars)
      throw panelFull("utterances");
    const row = await this.store.addUtterance(id, speaker.id, { text, ...times, attribution });
    return toUtterance(row, await this.people(id));
  }

  async correctSpeaker(id: string, utteranceId: string, who: ParticipantRow): Promise<PanelUtterance> {
    if ((await this.panel(id)).status === "ended") throw endedError();
    const row = await this.store.setSpeaker(id, utteranceId, who.id);
    if (!row) throw new ApiError(404, "NOT_FOUND", "Utterance not found");
    return toUtterance(row, await this.people(id));
  }

  async addNote(id: string, author: ParticipantRow, candidate: string, text: string): Promise<PanelNote> {
    if (author.role !== "interviewer") throw new ApiError(403, "FORBIDDEN", "Only interviewers write notes");
    if ((await this.panel(id)).status === "ended") throw endedError();
    const people = await this.people(id);
    const about = people.find((p) => p.role === "candidate" && (p.id === candidate || p.name === candidate));
    if (!about) throw new ApiError(400, "UNKNOWN_CANDIDATE", `No candidate "${candidate}" in this panel`);
    if ((await this.store.noteCount(id)) >= this.options.limits.notes) throw panelFull("notes");
    const row = await this.store.addNote(id, author.id, about.id, text);
    if (!row) throw new Error("note not written");
    return {
      id: row.id,
      author: author.name,
      candidate: about.name,
      candidateId: about.id,
      text,
      at: row.createdAt.toISOString(),
    };
  }

  private async evaluateNow(panel: PanelRow): Promise<PanelEvaluation> {
    const people = await this.people(panel.id);
    const transcript = await this.store.utterances(panel.id, people);
    return this.evaluator.evaluate(panel.id, {
      language: panel.language,
      items: panel.items,
      candidates: people.filter((p) => p.role === "candidate").map((p) => ({ id: p.id, name: p.name })),
      lines: transcript.map((u) => ({ speakerId: u.speakerId, role: u.role, text: u.text })),
    });
  }

  /** A periodic evaluation while the panel is live, stored; null once it has ended. */
  async evaluateLive(id: string): Promise<PanelEvaluation | null> {
    const panel = await this.panel(id);
    if (panel.status !== "live") return null;
    const evaluation = await this.evaluateNow(panel);
    await this.store.addEvaluation(id, evaluation);
    return evaluation;
  }

  /** Ends the panel once: the final evaluation is stored with it. Ending again returns the same report. */
  async finish(id: string): Promise<PanelReport> {
    const panel = await this.panel(id);
    if (panel.status !== "ended") {
      await this.store.addEvaluation(id, await this.evaluateNow(panel), true);
      await this.store.markEnded(id);
      this.evaluator.forget(id);
    }
    return this.report(id);
  }

  async report(id: string): Promise<PanelReport> {
    const [panel, people] = await Promise.all([this.panel(id), this.people(id)]);
    const latest = await this.store.latestEvaluation(id);
    const final = panel.status === "ended" && !!latest?.final;
    const owner = people[0];
    if (!owner) throw notFound("Panel");
    const { me: _me, ...detail } = this.detail(panel, people, owner, new Set());
    const evaluations = await this.store.periodicEvaluations(id);
    return {
      panel: detail,
      transcript: await this.store.utterances(id, people),
      notes: await this.store.notes(id, people),
      evaluation: final && latest ? latest.evaluation : await this.evaluateNow(panel),
      evaluations,
      evaluationCount: evaluations.length,
      final,
    };
  }
}
