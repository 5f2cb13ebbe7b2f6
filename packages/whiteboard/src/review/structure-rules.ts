import type { Component, ComponentKind } from "@studio/protocol";
import type { DesignGraph } from "../graph/design-graph";
import type { Rule } from "./rule";

/** Where a missing kind would go, so the finding can point at the components around the gap. */
const NEIGHBOURS_OF: Partial<Record<ComponentKind, ComponentKind[]>> = {
  load_balancer: ["client", "api_server"],
  cache: ["api_server", "database"],
  database: ["api_server", "worker"],
  replica: ["database"],
  queue: ["api_server", "worker"],
  worker: ["queue", "api_server"],
  cdn: ["client", "object_storage"],
  object_storage: ["api_server", "worker"],
  auth: ["api_server", "load_balancer"],
  search: ["api_server"],
  api_server: ["client", "load_balancer", "database"],
  client: ["load_balancer", "api_server"],
  monitoring: ["api_server"],
};

export function aroundGap(graph: DesignGraph, kind: ComponentKind): Component[] {
  const around = graph.ofKind(...(NEIGHBOURS_OF[kind] ?? ["api_server"]));
  return around.length > 0 ? around : graph.components.slice(0, 3);
}

/** The reference model's components: required ones weigh double, each must be wired into the design. */
export const coverageRule: Rule = ({ graph, reference }, review) => {
  // Monitoring watches from the side: drawn without arrows it is still there (the tidiness rule agrees).
  const present = (kind: ComponentKind) =>
    (kind === "monitoring" ? graph.ofKind(kind) : graph.wiredOfKind(kind)).length > 0;
  const required = reference.required.filter(present);
  const recommended = reference.recommended.filter(present);
  const total = reference.required.length + reference.recommended.length * 0.5;
  review.check("structure", 4, (required.length + recommended.length * 0.5) / Math.max(total, 1));
  if (required.length === reference.required.length) {
    review.strength("coverage", "structure", "covers", graph.wiredOfKind(...reference.required));
  }
  for (const kind of reference.required.filter((k) => !present(k))) {
    // Drawn but wired to nothing is a different gap from not drawn at all.
    const drawn = graph.ofKind(kind);
    if (drawn.length > 0)
      review.weakness("unwired_component", "structure", "unwired", drawn, "unwiredFix", kind);
    else
      review.weakness(
        "missing_component",
        "structure",
        "missing",
        aroundGap(graph, kind),
        "missingAdd",
        kind,
      );
  }
  for (const kind of reference.recommended.filter((k) => !present(k))) {
    // Drawn but unwired: ask to connect it, not to add what is already on the board.
    const drawn = graph.ofKind(kind);
    if (drawn.length > 0) review.suggest("unwired_component", "structure", "unwiredFix", drawn);
    else review.suggest("recommended_component", "structure", "recommendedAdd", aroundGap(graph, kind), kind);
  }
};

/** Every box should be wired in and say what it is. */
export const tidinessRule: Rule = ({ graph }, review) => {
  const orphans = graph.components.filter((c) => graph.degree(c.id) === 0 && c.kind !== "monitoring");
  review.check("structure", 1, 1 - orphans.length / Math.max(graph.components.length, 1));
  review.check("dataFlow", 1, 1 - orphans.length / Math.max(graph.components.length, 1));
  if (orphans.length > 0) review.weakness("orphan", "dataFlow", "orphans", orphans, "orphansFix");
  const unlabelled = graph.components.filter((c) => c.kind === "other");
  review.check("structure", 1, 1 - unlabelled.length / Math.max(graph.components.length, 1));
  if (unlabelled.length > 0)
    review.weakness("unclear", "structure", "unlabelled", unlabelled, "unlabelledFix");
  const monitoring = graph.ofKind("monitoring");
  review.check("structure", 0.5, monitoring.length > 0 ? 1 : 0);
  if (monitoring.length > 0) review.strength("monitoring", "structure", "monitoringOk", monitoring);
};

/** Clients enter through a load balancer, gateway or CDN, and servers sit behind it. */
export const layeringRule: Rule = ({ graph }, review) => {
  const clients = graph.ofKind("client");
  const entries = clients.flatMap((c) => graph.successors(c.id));
  const fronted = entries.filter((e) => ["load_balancer", "cdn", "auth"].includes(e.kind));
  const reachesServers = graph.reaches(clients, ["api_server"]).length > 0;
  const layered = clients.length > 0 && reachesServers && fronted.length > 0;
  review.check("structure", 1, layered ? 1 : reachesServers ? 0.5 : 0);
  if (layered) review.strength("layered", "structure", "layered", fronted);
};
