import type { ComponentKind } from "@studio/protocol";
import type { Rule } from "./rule";

const PERSISTENT: ComponentKind[] = ["database", "replica", "object_storage", "search"];
/** Kinds that count as the same end of a flow: a replica serves reads like its database. */
const SAME_END: Partial<Record<ComponentKind, ComponentKind[]>> = {
  database: ["database", "replica"],
  cache: ["cache"],
  object_storage: ["object_storage"],
};

/** The reference model's flows must be drawable end to end, following the arrows. */
export const expectedFlowsRule: Rule = ({ graph, reference, lang }, review) => {
  const done: string[] = [];
  for (const flow of reference.flows) {
    const starts = graph.ofKind(flow.from);
    const ends = graph.reaches(starts, SAME_END[flow.to] ?? [flow.to]);
    if (starts.length > 0 && ends.length > 0) done.push(flow.text[lang]);
    else {
      const about = starts.length > 0 ? starts : graph.components.slice(0, 2);
      review.weaknesses.push({
        code: "flow_missing",
        category: "dataFlow",
        text:
          (lang === "ko" ? "흐름이 이어지지 않습니다 - " : "A flow does not connect - ") + flow.text[lang],
        components: about.map((c) => c.id),
      });
      review.suggest("flow_missing", "dataFlow", "flowMissingFix", about);
    }
  }
  review.check("dataFlow", 3, reference.flows.length === 0 ? 1 : done.length / reference.flows.length);
  if (done.length > 0 && done.length === reference.flows.length) {
    const storages = graph.ofKind(...PERSISTENT);
    review.strengths.push({
      code: "flows",
      category: "dataFlow",
      text:
        (lang === "ko" ? "기대 흐름이 모두 이어집니다: " : "Every expected flow connects: ") +
        done.join("; "),
      components: storages.map((c) => c.id),
    });
  }
};

/**
 * Every client and server reaches persistent storage, or where the problem's own flows take its kind (fan-out
 * workers fill the feed cache); queues have producers and consumers.
 */
export const storageReachRule: Rule = ({ graph, reference }, review) => {
  const sources = graph.ofKind("client", "api_server", "worker").filter((c) => graph.degree(c.id) > 0);
  // A cache the problem's flows keep data in (a feed cache, the Redis geo index) is storage for this
  // problem, whoever carries the data there: a location consumer behind Kafka, not only the client flow.
  // Other flow ends (a worker, a CDN) pass data on and do not count.
  const kept = reference.flows.some((f) => f.to === "cache") ? ["cache" as const] : [];
  const landings = (kind: ComponentKind) => [
    ...PERSISTENT,
    ...kept,
    ...reference.flows.filter((f) => f.from === kind).map((f) => f.to),
  ];
  const stranded = sources.filter((s) => graph.reaches([s], landings(s.kind)).length === 0);
  review.check("dataFlow", 2, sources.length === 0 ? 0 : 1 - stranded.length / sources.length);
  if (stranded.length > 0) {
    review.weakness("no_storage_path", "dataFlow", "noStorage", stranded, "noStorageFix");
    review.ask("qFlow", stranded.slice(0, 1), 2);
  }
  const queues = graph.wiredOfKind("queue");
  const halfWired = queues.filter((q) => {
    const incoming = graph.connections.some(
      (c) => c.to === q.id || (c.from === q.id && c.direction !== "forward"),
    );
    const outgoing =
      graph.connections.some((c) => c.from === q.id || (c.to === q.id && c.direction !== "forward")) ||
      graph.neighbours(q.id).some((n) => n.kind === "worker");
    return !(incoming && outgoing);
  });
  if (queues.length > 0) review.check("dataFlow", 1, 1 - halfWired.length / queues.length);
  if (halfWired.length > 0)
    review.weakness("queue_unwired", "dataFlow", "queueUnwired", halfWired, "queueUnwiredFix");
};

/** Arrows say which way requests go; plain lines leave it to guesswork. */
export const directionRule: Rule = ({ graph }, review) => {
  const lines = graph.connections.filter((c) => c.direction === "none");
  review.check(
    "dataFlow",
    1,
    graph.connections.length === 0 ? 0 : 1 - lines.length / graph.connections.length,
  );
  if (lines.length > 0) {
    const about = [...new Set(lines.flatMap((c) => [c.from, c.to]))].flatMap(
      (id) => graph.byId.get(id) ?? [],
    );
    review.weakness("undirected", "dataFlow", "undirected", about, "undirectedFix");
  }
};
