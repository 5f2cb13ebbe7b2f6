import type { ComponentKind } from "@studio/protocol";

/** The palette's components, in the order a request flows; each inserts a labelled shape. */
export const PALETTE: readonly {
  kind: Exclude<ComponentKind, "external" | "other">;
  shape: "rectangle" | "ellipse" | "diamond";
  color: string;
}[] = [
  { kind: "client", shape: "rectangle", color: "#e7f5ff" },
  { kind: "load_balancer", shape: "diamond", color: "#fff4e6" },
  { kind: "api_server", shape: "rectangle", color: "#ebfbee" },
  { kind: "auth", shape: "rectangle", color: "#fff0f6" },
  { kind: "cache", shape: "ellipse", color: "#ffe3e3" },
  { kind: "database", shape: "ellipse", color: "#e5dbff" },
  { kind: "replica", shape: "ellipse", color: "#f3f0ff" },
  { kind: "queue", shape: "rectangle", color: "#fff9db" },
  { kind: "worker", shape: "rectangle", color: "#f4fce3" },
  { kind: "object_storage", shape: "rectangle", color: "#e3fafc" },
  { kind: "cdn", shape: "rectangle", color: "#e6fcf5" },
  { kind: "search", shape: "rectangle", color: "#fff5f5" },
  { kind: "monitoring", shape: "rectangle", color: "#f8f9fa" },
];
export type PaletteItem = (typeof PALETTE)[number];
