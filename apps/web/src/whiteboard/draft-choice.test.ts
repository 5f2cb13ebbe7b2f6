import { describe, expect, it } from "vitest";
import { chooseDraft, localDraftKey, parseLocalDraft, serializeLocalDraft } from "./draft-choice";

const a = [{ id: "a" }];
const b = [{ id: "b" }];

describe("the canvas's local copy and which copy a reload opens", () => {
  it("keys the copy by account, problem and interview", () => {
    const keys = new Set([
      localDraftKey("u1", "chat"),
      localDraftKey("u2", "chat"),
      localDraftKey("u1", "chat", "s1"),
      localDraftKey("u1", "url-shortener"),
    ]);
    expect(keys.size).toBe(4);
    // Dots in ids cannot make two keys meet.
    expect(localDraftKey("u.1", "x")).not.toBe(localDraftKey("u", "1.x"));
  });

  it("reads back what it wrote and nothing else", () => {
    const at = new Date("2026-12-06T10:00:00Z");
    expect(parseLocalDraft(serializeLocalDraft(a, at))).toEqual({ savedAt: at.toISOString(), elements: a });
    // The old format (a bare array, not per user) and junk are ignored, not guessed at.
    for (const raw of [JSON.stringify(a), "{", "null", '{"savedAt":"soon","elements":[]}', "", null])
      expect(parseLocalDraft(raw)).toBeNull();
  });

  it("opens the newer copy: a local copy saved after the server's wins, an older one loses", () => {
    const server = { elements: a, updatedAt: "2026-12-06T10:00:00.000Z" };
    expect(chooseDraft(server, { savedAt: "2026-12-06T10:00:05.000Z", elements: b })).toBe(b);
    expect(chooseDraft(server, { savedAt: "2026-12-06T09:59:00.000Z", elements: b })).toBe(a);
    expect(chooseDraft(server, { savedAt: "2026-12-06T10:00:00.000Z", elements: b })).toBe(a);
  });

  it("falls back to whichever copy exists, else an empty board", () => {
    expect(
      chooseDraft({ elements: [], updatedAt: null }, { savedAt: "2026-01-01T00:00:00Z", elements: b }),
    ).toBe(b);
    expect(chooseDraft(null, null)).toEqual([]);
    expect(chooseDraft({ elements: [], updatedAt: null }, null)).toEqual([]);
    expect(chooseDraft({ elements: a, updatedAt: "2026-12-06T10:00:00Z" }, null)).toBe(a);
    // An empty board saved on the server later is a real choice (the candidate cleared it).
    const cleared = { elements: [], updatedAt: "2026-12-06T11:00:00Z" };
    expect(chooseDraft(cleared, { savedAt: "2026-12-06T10:00:00Z", elements: b })).toEqual([]);
  });
});
