import { MAX_TEXT_CHARS } from "@studio/protocol";
import { z } from "zod";
import type { UnreadNote } from "./unread-notes";

const finite = z.number().finite();
/** Levels of nested groups one element may be in. */
export const MAX_GROUP_DEPTH = 32;
const binding = z.object({ elementId: z.string() }).loose().nullish();

/**
 * One Excalidraw element, with only the fields the reader uses. Unknown fields pass through; a field of the
 * wrong type or a non-finite coordinate makes the element unreadable (reported, not guessed).
 */
export const sceneElementSchema = z
  .object({
    id: z.string().min(1).max(200),
    type: z.string().min(1).max(40),
    x: finite,
    y: finite,
    width: finite.default(0),
    height: finite.default(0),
    isDeleted: z.boolean().optional(),
    text: z.string().max(MAX_TEXT_CHARS).optional(),
    originalText: z.string().max(MAX_TEXT_CHARS).optional(),
    containerId: z.string().nullish(),
    // Excalidraw nests a group id per level of grouping: a handful, never hundreds.
    groupIds: z.array(z.string().max(200)).max(MAX_GROUP_DEPTH).nullish(),
    frameId: z.string().nullish(),
    name: z.string().max(MAX_TEXT_CHARS).nullish(),
    points: z.array(z.tuple([finite, finite]).rest(z.unknown())).nullish(),
    startBinding: binding,
    endBinding: binding,
    startArrowhead: z.string().nullish(),
    endArrowhead: z.string().nullish(),
    boundElements: z.array(z.object({ id: z.string(), type: z.string() }).loose()).nullish(),
  })
  .loose();
export type SceneElement = z.infer<typeof sceneElementSchema>;

export interface ParsedScene {
  elements: SceneElement[];
  unread: UnreadNote[];
}

/** Reads each element on its own: a bad element goes to `unread` and the rest of the drawing is still read. */
export function parseElements(raw: readonly unknown[]): ParsedScene {
  const elements: SceneElement[] = [];
  const unread: UnreadNote[] = [];
  for (const item of raw) {
    const parsed = sceneElementSchema.safeParse(item);
    if (!parsed.success) {
      unread.push({ ...elementIdOf(item), code: "invalid_element", params: describe(parsed.error) });
      continue;
    }
    if (parsed.data.isDeleted) continue;
    elements.push(parsed.data);
  }
  return { elements, unread };
}

function elementIdOf(item: unknown): { elementId?: string } {
  if (item && typeof item === "object" && "id" in item && typeof item.id === "string") {
    return { elementId: item.id.slice(0, 200) };
  }
  return {};
}

/** Which field was wrong and how (zod's words), for the reader's note. */
function describe(error: z.ZodError): { field: string; detail: string } {
  const issue = error.issues[0];
  return { field: issue?.path.join(".") || "element", detail: issue?.message ?? "unreadable" };
}
