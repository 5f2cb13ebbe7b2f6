import type { Boundary, Component, Connection, Language, Unread } from "@studio/protocol";
import { assignTexts } from "./assign-texts";
import { boxOfElement, isFrame, isLinear, isShape, isText, pointsOf } from "./element-kinds";
import { distanceToBox } from "./geometry";
import { type PlacedComponent, readComponents } from "./read-components";
import { NEAR_END, readConnections } from "./read-connections";
import { parseElements, type SceneElement } from "./scene-schema";
import { type UnreadNote, unreadOf } from "./unread-notes";

export interface DiagramGraph {
  components: Component[];
  connections: Connection[];
  boundaries: Boundary[];
  unread: Unread[];
}

const IGNORED = new Set(["selection"]);

/** Elements the reader does not turn into parts of the design, reported once per type. */
function unusedElements(elements: readonly SceneElement[]): UnreadNote[] {
  const byType = new Map<string, SceneElement[]>();
  for (const e of elements) {
    if (isShape(e) || isText(e) || isLinear(e) || isFrame(e) || IGNORED.has(e.type)) continue;
    const list = byType.get(e.type);
    if (list) list.push(e);
    else byType.set(e.type, [e]);
  }
  return [...byType].map(([type, list]): UnreadNote => {
    const at = list[0] ? { elementId: list[0].id } : {};
    return type === "freedraw"
      ? { ...at, code: "freehand", params: { n: list.length } }
      : { ...at, code: "unsupported_type", params: { n: list.length, type } };
  });
}

/** Free texts an arrow ends on: they become components even when their words name no kind. */
function arrowEndTexts(elements: readonly SceneElement[], free: readonly SceneElement[]): Set<string> {
  const ids = new Set<string>();
  const ends = elements.filter(isLinear).flatMap((a) => {
    const points = pointsOf(a);
    for (const b of [a.startBinding?.elementId, a.endBinding?.elementId]) if (b) ids.add(b);
    return [points[0], points.at(-1)].filter((p) => p !== undefined);
  });
  for (const text of free) {
    const box = boxOfElement(text);
    if (ends.some((p) => distanceToBox(p, box) <= NEAR_END / 2)) ids.add(text.id);
  }
  return ids;
}

const publicComponent = ({ box: _box, ...component }: PlacedComponent): Component => component;

/** Reads an Excalidraw scene's elements as a graph of components, connections and boundaries. */
export function readScene(rawElements: readonly unknown[], lang: Language = "en"): DiagramGraph {
  const parsed = parseElements(rawElements);
  const elements = parsed.elements;
  const byId = new Map(elements.map((e) => [e.id, e]));
  const texts = assignTexts(elements, byId);
  const reading = readComponents(elements, texts, arrowEndTexts(elements, texts.free));
  const ids = new Set(reading.components.map((c) => c.id));
  const wired = readConnections(elements, texts, { ...reading, ids, byId });
  return {
    components: reading.components.map(publicComponent),
    connections: wired.connections,
    boundaries: reading.boundaries,
    unread: [
      ...parsed.unread,
      ...unusedElements(elements),
      ...texts.unread,
      ...reading.unread,
      ...wired.unread,
    ].map((note) => unreadOf(note, lang)),
  };
}
