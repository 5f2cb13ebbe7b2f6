import type {
  Category,
  CodingLanguage,
  InterviewDifficulty,
  InterviewerStyle,
  InterviewFormat,
  Language,
  Mode,
  QuestionPack,
  Role,
  SessionStatus,
  SubmissionStatus,
  Verdict,
} from "@studio/protocol";
import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { versionedJsonb } from "./stored-json";
import {
  deliveryShape,
  evaluationShape,
  focusCategoriesShape,
  type PlannedQuestionRow,
  planShape,
  reportShape,
  submissionResultShape,
} from "./stored-shapes";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    passwordHash: text("password_hash"),
    name: text("name").notNull(),
    /** Set when the owner followed a mailed link (or a provider vouched for the email). */
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    /** Granted to a verified account whose email is in ADMIN_EMAILS, or by `npm run admin -- grant`. */
    isAdmin: boolean("is_admin").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_idx").on(t.email)],
);

/** The optional profile (seed 000's sign-up fields): never used in evaluation nor shown to others. */
export const userProfiles = pgTable("user_profiles", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  birthDate: text("birth_date"),
  gender: text("gender"),
  address: text("address"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Single-use mailed tokens (email verification, password reset); only their HMAC is kept. */
export const accountTokens = pgTable(
  "account_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose").$type<"verify-email" | "password-reset">().notNull(),
    /** The email the token was sent to: a token for an address the account no longer has is void. */
    email: text("email").notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("account_tokens_user_idx").on(t.userId, t.purpose)],
);

/** Login sessions; only a hash of the token is kept so a database leak does not leak logins. */
export const authSessions = pgTable(
  "auth_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("auth_sessions_user_idx").on(t.userId), index("auth_sessions_expiry_idx").on(t.expiresAt)],
);

export const socialAccounts = pgTable(
  "social_accounts",
  {
    provider: text("provider").notNull(),
    providerUserId: text("provider_user_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerUserId] })],
);

export type { PlannedQuestionRow };

export const interviewSessions = pgTable(
  "interview_sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    language: text("language").$type<Language>().notNull(),
    role: text("role").$type<Role>().notNull(),
    mode: text("mode").$type<Mode>().notNull(),
    practice: boolean("practice").notNull().default(false),
    answerTimeLimitSec: integer("answer_time_limit_sec").notNull(),
    status: text("status").$type<SessionStatus>().notNull(),
    plan: versionedJsonb("plan", planShape).notNull(),
    resumeId: text("resume_id"),
    postingId: text("posting_id"),
    /** The interview's setup: question pool and follow-up depth, the interviewer's manner, the format. */
    difficulty: text("difficulty").$type<InterviewDifficulty>().notNull().default("intermediate"),
    style: text("style").$type<InterviewerStyle>().notNull().default("neutral"),
    format: text("format").$type<InterviewFormat>().notNull().default("standard"),
    /** The 인성/역량 question pack the main questions came from, or null. */
    questionPack: text("question_pack").$type<QuestionPack>(),
    /** A practice set: the categories its main questions were drawn from, or null for a full interview. */
    focusCategories: versionedJsonb("focus_categories", focusCategoriesShape),
    /** The system-design (whiteboard) round: on or off, and its time limit in minutes. */
    systemDesign: boolean("system_design").notNull().default(false),
    systemDesignMinutes: integer("system_design_minutes"),
    /** A timed interview: its length in minutes, and the main question after which its time ran out. */
    lengthMinutes: integer("length_minutes"),
    wrapUpAfter: integer("wrap_up_after"),
    createdAt: createdAt(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [index("interview_sessions_user_idx").on(t.userId, t.createdAt)],
);

export const answers = pgTable(
  "answers",
  {
    id: text("id").primaryKey(),
    sessionId: text("session_id")
      .notNull()
      .references(() => interviewSessions.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    category: text("category").$type<Category>().notNull(),
    followUp: boolean("follow_up").notNull(),
    questionText: text("question_text").notNull(),
    text: text("text").notNull(),
    durationMs: integer("duration_ms"),
    /** On a main answer, the follow-up it led to: with the plan, this is all the flow needs to resume. */
    followUpQuestion: text("follow_up_question"),
    evaluation: versionedJsonb("evaluation", evaluationShape).notNull(),
    /** Voice room: ms of the question the candidate heard before cutting in (null: heard in full). */
    playedMs: integer("played_ms"),
    /** How the answer was spoken, measured in the browser (voice activity, pauses, rate, loudness). */
    delivery: versionedJsonb("delivery", deliveryShape),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("answers_session_question_idx").on(t.sessionId, t.questionId)],
);

/**
 * The LLM's wording of a planned main question, kept beside the plan (which stays as planned): the
 * flow shows this text for that question, so a reload asks the same words.
 */
export const questionWordings = pgTable(
  "question_wordings",
  {
    sessionId: text("session_id")
      .notNull()
      .references(() => interviewSessions.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    text: text("text").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.questionId] })],
);

export const reports = pgTable("reports", {
  sessionId: text("session_id")
    .primaryKey()
    .references(() => interviewSessions.id, { onDelete: "cascade" }),
  report: versionedJsonb("report", reportShape).notNull(),
  createdAt: createdAt(),
});

/** Small settings an administrator changes at run time (the interviewer's prompt). */
export const appSettings = pgTable("app_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export * from "./posting-schema";
export * from "./resume-schema";

/** Coding-test submissions; those made during an interview appear in its report. */
export const codingSubmissions = pgTable(
  "coding_submissions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionId: text("session_id").references(() => interviewSessions.id, { onDelete: "cascade" }),
    problemId: text("problem_id").notNull(),
    language: text("language").$type<CodingLanguage>().notNull(),
    /** "pending" from before the run is queued until its verdict is stored ("done"), or it is lost ("failed"). */
    status: text("status").$type<SubmissionStatus>().notNull().default("done"),
    /** Null while pending. */
    verdict: text("verdict").$type<Verdict>(),
    result: versionedJsonb("result", submissionResultShape),
    /** A pending row still pending after this was lost with its node or job (coding/pending-sweep.ts). */
    deadlineAt: timestamp("deadline_at", { withTimezone: true }),
    /** Why a failed row has no verdict: an API error code (SUBMISSION_LOST, WORKER_FAILED, ...). */
    errorCode: text("error_code"),
    createdAt: createdAt(),
  },
  (t) => [
    index("coding_submissions_session_idx").on(t.sessionId),
    // The sweep reads only pending rows: a partial index keeps it cheap however many are done.
    index("coding_submissions_pending_idx").on(t.deadlineAt).where(sql`${t.status} = 'pending'`),
  ],
);

export * from "./answer-reply-schema";
export * from "./expression-schema";
export * from "./panel-schema";
export * from "./recording-schema";
export * from "./whiteboard-schema";
