import type { Boundary, Component, Unread } from "@studio/protocol";
import { classifyKind } from "../graph/classify-kind";
import type { TextAssignment } from "./assign-texts";
import { boxOfElement, isFrame, isShape, textOf } from "./element-kinds";
import { areaOf, type Box, contains } from "./geometry";
import type { SceneElement } from "./scene-schema";

/** A component with where it is drawn, for resolving arrow ends. */
export interface PlacedComponent extends Component {
  box: Box;
}

export interface ComponentReading {
  components: PlacedComponent[];
  /** Boxes drawn around other boxes (a VPC, a region): boundaries, not components. */
  containers: PlacedComponent[];
  boundaries: Boundary[];
  unread: Unread[];
}

const labelOf = (texts: readonly SceneElement[] | undefined) => (texts ?? []).map(textOf).join(" ").trim();

/** Shapes with their texts, free labels that name a kind, and the boundaries around them. */
export function readComponents(
  elements: readonly SceneElement[],
  texts: TextAssignment,
  endpointIds: ReadonlySet<string>,
): ComponentReading {
  const shapes = elements.filter(isShape);
  const boxes = new Map(shapes.map((s) => [s.id, boxOfElement(s)]));
  const isContainer = (s: SceneElement) => {
    const box = boxes.get(s.id) as Box;
    let inside = 0;
    for (const other of shapes) {
      const otherBox = boxes.get(other.id) as Box;
      if (other !== s && areaOf(otherBox) < areaOf(box) && contains(box, otherBox)) inside++;
      if (inside >= 2) return true;
    }
    return false;
  };
  const components: PlacedComponent[] = [];
  const containers: PlacedComponent[] = [];
  const unread: Unread[] = [];
  for (const shape of shapes) {
    const label = labelOf(texts.shapeTexts.get(shape.id));
    const placed = { id: shape.id, kind: classifyKind(label), label, box: boxes.get(shape.id) as Box };
    if (isContainer(shape)) containers.push(placed);
    else {
      components.push(placed);
      if (!label)
        unread.push({ elementId: shape.id, reason: "a shape without a label: its role is unknown" });
    }
  }
  for (const text of texts.free) {
    const label = textOf(text);
    const kind = classifyKind(label);
    // Free text becomes a component when it names one, or when an arrow points at it; otherwise it is a note.
    if (kind !== "other" || endpointIds.has(text.id)) {
      components.push({ id: text.id, kind, label, box: boxOfElement(text) });
    }
  }
  const boundaries = readBoundaries(elements, components, containers);
  for (const c of components) {
    const around = boundaries.filter((b) => b.members.includes(c.id)).map((b) => b.id);
    if (around.length > 0) c.boundaries = around;
  }
  return { components, containers, boundaries, unread };
}

function readBoundaries(
  elements: readonly SceneElement[],
  components: readonly PlacedComponent[],
  containers: readonly PlacedComponent[],
): Boundary[] {
  const ids = new Set(components.map((c) => c.id));
  const boundaries: Boundary[] = [];
  for (const frame of elements.filter(isFrame)) {
    const members = elements.filter((e) => e.frameId === frame.id && ids.has(e.id)).map((e) => e.id);
    const box = boxOfElement(frame);
    for (const c of components) if (!members.includes(c.id) && contains(box, c.box)) members.push(c.id);
    boundaries.push({ id: frame.id, kind: "frame", label: (frame.name ?? "").trim(), members });
  }
  for (const container of containers) {
    const members = components.filter((c) => contains(container.box, c.box)).map((c) => c.id);
    boundaries.push({ id: container.id, kind: "container", label: container.label, members });
  }
  const groups = new Map<string, string[]>();
  for (const e of elements) {
    if (!ids.has(e.id)) continue;
    for (const g of e.groupIds ?? []) groups.set(g, [...(groups.get(g) ?? []), e.id]);
  }
  for (const [group, members] of groups) {
    if (members.length >= 2) boundaries.push({ id: group, kind: "group", label: "", members });
  }
  return boundaries;
}
