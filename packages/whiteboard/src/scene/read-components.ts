import type { Boundary, Component, ComponentKind } from "@studio/protocol";
import { classifyKind } from "../graph/classify-kind";
import type { TextAssignment } from "./assign-texts";
import { boxOfElement, isFrame, isShape, textOf } from "./element-kinds";
import { areaOf, type Box, contains } from "./geometry";
import type { SceneElement } from "./scene-schema";
import type { UnreadNote } from "./unread-notes";

/** A component with where it is drawn, for resolving arrow ends. */
export interface PlacedComponent extends Component {
  box: Box;
}

export interface ComponentReading {
  components: PlacedComponent[];
  /** Boxes drawn around other boxes (a VPC, a region): boundaries, not components. */
  containers: PlacedComponent[];
  boundaries: Boundary[];
  unread: UnreadNote[];
}

/** Frames, groups and boxes around boxes read per scene: a real diagram has a few regions and tiers, never this many. */
export const MAX_BOUNDARIES = 64;

const labelOf = (texts: readonly SceneElement[] | undefined) => (texts ?? []).map(textOf).join(" ").trim();

/** Kinds a note may name and still describe its box: its own, or a database's replicas. */
function describes(noteKind: ComponentKind, boxKind: ComponentKind): boolean {
  if (noteKind === "other" || boxKind === "other" || noteKind === boxKind) return true;
  const storage: ComponentKind[] = ["database", "replica"];
  return storage.includes(noteKind) && storage.includes(boxKind);
}

function partition<T>(items: readonly T[], keep: (item: T) => boolean): [T[], T[]] {
  return [items.filter(keep), items.filter((item) => !keep(item))];
}

/** Shapes with their texts, free labels that name a kind, and the boundaries around them. */
export function readComponents(
  elements: readonly SceneElement[],
  texts: TextAssignment,
  endpointIds: ReadonlySet<string>,
): ComponentReading {
  const shapes = elements.filter(isShape).map((shape) => ({ shape, box: boxOfElement(shape) }));
  const outer = containersOf(shapes, (shape) => namesBoundary(labelOf(texts.shapeTexts.get(shape.id))));
  const components: PlacedComponent[] = [];
  const containers: PlacedComponent[] = [];
  const unread: UnreadNote[] = [];
  const freeTexts = [...texts.free];
  for (const { shape, box } of shapes) {
    const named = labelOf(texts.shapeTexts.get(shape.id));
    const ownKind = classifyKind(named);
    // A text naming another kind of part ("Redis" just under "API") is a part of its own, not a note.
    const [notes, parts] = partition(texts.shapeNotes.get(shape.id) ?? [], (note) =>
      describes(classifyKind(textOf(note)), ownKind),
    );
    freeTexts.push(...parts);
    const label = [named, labelOf(notes)].filter(Boolean).join(" ");
    // The box's own label says what it is; a note under it ("x3") only does when the label cannot.
    const placed = { id: shape.id, kind: ownKind === "other" ? classifyKind(label) : ownKind, label, box };
    if (outer.has(shape)) containers.push(placed);
    else {
      components.push(placed);
      if (!label) unread.push({ elementId: shape.id, code: "unlabelled_shape" });
    }
  }
  for (const text of freeTexts) {
    const label = textOf(text);
    const kind = classifyKind(label);
    // Free text becomes a component when it names one, or when an arrow points at it; otherwise it is a note.
    if (kind !== "other" || endpointIds.has(text.id)) {
      components.push({ id: text.id, kind, label, box: boxOfElement(text) });
    }
  }
  const found = readBoundaries(elements, components, containers);
  const boundaries = found.slice(0, MAX_BOUNDARIES);
  const skipped = found[MAX_BOUNDARIES];
  if (skipped) {
    unread.push({
      elementId: skipped.id,
      code: "too_many_boundaries",
      params: { n: found.length - MAX_BOUNDARIES, max: MAX_BOUNDARIES },
    });
  }
  const around = new Map<string, string[]>();
  for (const b of boundaries) {
    for (const id of b.members) {
      const list = around.get(id);
      if (list) list.push(b.id);
      else around.set(id, [b.id]);
    }
  }
  for (const c of components) {
    const list = around.get(c.id);
    if (list) c.boundaries = list;
  }
  return { components, containers, boundaries, unread };
}

/** Words that name a network or deployment boundary rather than a component. */
const BOUNDARY_WORDS =
  /vpc|subnet|서브넷|region|리전|zone|\baz\b|data ?center|데이터 ?센터|idc|namespace|네임스페이스|dmz|network|네트워크|내부망|망 분리|영역|boundary|경계|on-?prem|aws|gcp|azure/i;

/** A box around a single other box is a boundary only when its label names no component ("Private subnet"). */
function namesBoundary(label: string): boolean {
  return !label || BOUNDARY_WORDS.test(label) || classifyKind(label) === "other";
}

/**
 * Shapes with two or more smaller shapes inside, or one when the outer box names a boundary: boxes drawn
 * around others. Only smaller shapes are tried.
 */
function containersOf(
  shapes: readonly { shape: SceneElement; box: Box }[],
  namesBoundaryOf: (shape: SceneElement) => boolean,
): Set<SceneElement> {
  const bySize = shapes.map((s) => ({ ...s, area: areaOf(s.box) })).sort((a, b) => a.area - b.area);
  const containers = new Set<SceneElement>();
  bySize.forEach((outer, i) => {
    let inside = 0;
    for (let j = 0; j < i && inside < 2; j++) {
      const inner = bySize[j];
      if (inner && inner.area < outer.area && contains(outer.box, inner.box)) inside++;
    }
    if (inside >= 2 || (inside === 1 && namesBoundaryOf(outer.shape))) containers.add(outer.shape);
  });
  return containers;
}

function readBoundaries(
  elements: readonly SceneElement[],
  components: readonly PlacedComponent[],
  containers: readonly PlacedComponent[],
): Boundary[] {
  const ids = new Set(components.map((c) => c.id));
  const framed = new Map<string, string[]>();
  for (const e of elements) {
    if (!e.frameId || !ids.has(e.id)) continue;
    const list = framed.get(e.frameId);
    if (list) list.push(e.id);
    else framed.set(e.frameId, [e.id]);
  }
  const boundaries: Boundary[] = [];
  for (const frame of elements.filter(isFrame)) {
    const box = boxOfElement(frame);
    const members = new Set(framed.get(frame.id));
    for (const c of components) if (contains(box, c.box)) members.add(c.id);
    boundaries.push({ id: frame.id, kind: "frame", label: (frame.name ?? "").trim(), members: [...members] });
  }
  for (const container of containers) {
    const members = components.filter((c) => contains(container.box, c.box)).map((c) => c.id);
    boundaries.push({ id: container.id, kind: "container", label: container.label, members });
  }
  const groups = new Map<string, Set<string>>();
  for (const e of elements) {
    if (!ids.has(e.id)) continue;
    for (const g of e.groupIds ?? []) {
      const members = groups.get(g);
      if (members) members.add(e.id);
      else groups.set(g, new Set([e.id]));
    }
  }
  for (const [group, members] of groups) {
    if (members.size >= 2) boundaries.push({ id: group, kind: "group", label: "", members: [...members] });
  }
  return boundaries;
}
