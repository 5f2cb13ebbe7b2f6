import type { Component } from "@studio/protocol";
import { saysRedundant } from "../graph/classify-kind";
import type { DesignGraph } from "../graph/design-graph";
import type { Rule } from "./rule";

const MANAGED_LB = /alb|elb|nlb|glb|cloud|managed|매니지드|관리형|gateway|게이트웨이|route ?53|dns/i;
const BACKED_UP = /backup|백업|snapshot|스냅샷|pitr|failover|페일오버|장애 ?조치/i;
/** Databases that keep several copies by design: asking them for "a replica" contradicts how they work. */
const REPLICATED_BY_DESIGN =
  /dynamo|cassandra|scylla|spanner|cockroach|bigtable|cosmos|hbase|aurora|multi[\s-]?az|global table|다이나모|카산드라|오로라/i;

/** Is there more than one of this, or does its label say so? */
function isRedundant(graph: DesignGraph, c: Component): boolean {
  if (saysRedundant(c.label)) return true;
  const peers = graph.ofKind(c.kind).filter((p) => p.id !== c.id);
  switch (c.kind) {
    case "api_server":
    case "worker":
      // Several boxes, or a load balancer in front (it exists to spread load over instances).
      return (
        peers.length > 0 ||
        graph.neighbours(c.id).some((n) => n.kind === "load_balancer" || n.kind === "queue")
      );
    case "database":
      return (
        REPLICATED_BY_DESIGN.test(c.label) ||
        graph.neighbours(c.id).some((n) => n.kind === "replica") ||
        graph.ofKind("replica").length > 0
      );
    case "load_balancer":
      return MANAGED_LB.test(c.label) || peers.length > 0;
    default:
      return peers.length > 0;
  }
}

/** Single points of failure on the serving path; a database without replicas or backups. */
export const redundancyRule: Rule = ({ graph }, review) => {
  const critical = graph.wiredOfKind("load_balancer", "api_server", "database", "cache");
  const single = critical.filter((c) => !isRedundant(graph, c));
  review.check("scalability", 2, critical.length === 0 ? 0 : 1 - single.length / critical.length);
  const spofs = single.filter((c) => c.kind !== "database");
  if (spofs.length > 0) {
    review.weakness("spof", "scalability", "spof", spofs, "spofFix");
    review.ask("qSpof", spofs.slice(0, 1), 3);
  }
  const redundant = critical.filter((c) => !single.includes(c));
  if (redundant.length > 0) review.strength("redundant", "scalability", "redundant", redundant);
  const databases = graph.wiredOfKind("database");
  const bare = databases.filter((d) => !isRedundant(graph, d) && !BACKED_UP.test(d.label));
  review.check("scalability", 1, databases.length === 0 ? 0 : 1 - bare.length / databases.length);
  if (bare.length > 0) {
    review.weakness("no_replica", "scalability", "noReplica", bare, "noReplicaFix");
    review.ask("qReplica", bare.slice(0, 1), 2);
  }
};

/** A cache on the read path, weighed by how read-heavy the problem is. */
export const cacheRule: Rule = ({ graph, reference }, review) => {
  const servers = graph.wiredOfKind("api_server", "load_balancer");
  const caches = graph
    .wiredOfKind("cache", "cdn")
    .filter(
      (c) =>
        graph.reaches(servers, [c.kind]).includes(c) ||
        graph.neighbours(c.id).some((n) => servers.includes(n)),
    );
  const weight = reference.traits.readHeavy ? 2 : 1;
  review.check("scalability", weight, caches.length > 0 ? 1 : 0);
  if (caches.length > 0) {
    review.strength("cache", "scalability", "cacheOk", caches);
    review.ask("qCacheDown", caches.filter((c) => c.kind === "cache").slice(0, 1), 1);
  } else if (reference.traits.readHeavy) {
    const path = [...graph.ofKind("api_server"), ...graph.ofKind("database")];
    review.weakness("no_cache", "scalability", "noCache", path, "noCacheFix");
    review.ask("qCache", graph.ofKind("database").slice(0, 1), 3);
  }
};

/** Slow work behind a queue consumed by workers, when the problem has such work. */
export const queueRule: Rule = ({ graph, reference }, review) => {
  const queues = graph.wiredOfKind("queue");
  const workers = graph.wiredOfKind("worker");
  const consumed = queues.filter((q) =>
    graph.neighbours(q.id).some((n) => n.kind === "worker" || n.kind === "api_server"),
  );
  const async = consumed.length > 0 && workers.length > 0;
  if (reference.traits.heavyWork) {
    review.check("scalability", 2, async ? 1 : queues.length > 0 || workers.length > 0 ? 0.4 : 0);
    if (!async) {
      const servers = graph.ofKind("api_server");
      review.weakness(
        "sync_heavy_work",
        "scalability",
        "noQueue",
        servers.length ? servers : graph.components.slice(0, 2),
        "noQueueFix",
      );
      review.ask("qQueue", servers.slice(0, 1), 2);
    }
  }
  if (async) {
    review.strength("async", "scalability", "queueOk", [...consumed, ...workers]);
    review.ask("qQueueDown", consumed.slice(0, 1), 1);
  }
};

/** Scaling out behind a load balancer; media through a CDN. */
export const scaleOutRule: Rule = ({ graph, reference }, review) => {
  const lbs = graph
    .wiredOfKind("load_balancer")
    .filter((lb) => graph.neighbours(lb.id).some((n) => n.kind === "api_server"));
  review.check("scalability", 1, lbs.length > 0 ? 1 : 0);
  if (lbs.length > 0) review.strength("scale_out", "scalability", "lbOk", lbs);
  if (!reference.traits.media) return;
  const cdns = graph.wiredOfKind("cdn");
  review.check("scalability", 1.5, cdns.length > 0 ? 1 : 0);
  if (cdns.length > 0) review.strength("cdn", "scalability", "cdnOk", cdns);
  else {
    const origin = graph.ofKind("object_storage", "api_server");
    review.weakness("no_cdn", "scalability", "noCdn", origin, "noCdnFix");
  }
};
