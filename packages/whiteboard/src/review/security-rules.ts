import type { Component } from "@studio/protocol";
import { AUTHENTICATED, ENCRYPTED, type Rule } from "./rule";

const STORAGE = ["database", "replica", "cache", "search"] as const;
const PRIVATE =
  /vpc|private|사설|내부|internal|subnet|서브넷|backend|백엔드|region|리전|zone|존|az\b|cluster|클러스터|data ?tier|데이터/i;

/** A boundary that says it is public ("Public subnet", "DMZ") does not hide what sits in it, whatever its kind. */
const PUBLIC = /public|퍼블릭|공개|internet|인터넷|dmz|외부/i;

/** Clients never reach storage directly. */
export const clientStorageRule: Rule = ({ graph }, review) => {
  const clients = graph.ofKind("client");
  const direct = clients.flatMap((c) =>
    graph
      .neighbours(c.id)
      .filter((n) => (STORAGE as readonly string[]).includes(n.kind))
      .map((n) => [c, n] as const),
  );
  review.check("security", 2, clients.length === 0 ? 0 : direct.length === 0 ? 1 : 0);
  if (direct.length > 0) {
    const about = [...new Set(direct.flat())];
    review.weakness("client_to_storage", "security", "clientToDb", about, "clientToDbFix");
    review.ask("qClientDb", direct.map(([, store]) => store).slice(0, 1), 3);
  }
};

/** Writes are authenticated: an auth component on the path, or auth named on the servers or the links. */
export const authRule: Rule = ({ graph, reference }, review) => {
  const servers = graph.wiredOfKind("api_server", "load_balancer");
  const auth = graph.wiredOfKind("auth").filter((a) => graph.neighbours(a.id).some((n) => n.kind !== "auth"));
  const named = [...servers.filter((s) => AUTHENTICATED.test(s.label))];
  const labelled = graph.connections.some((c) => AUTHENTICATED.test(c.label ?? ""));
  const ok = auth.length > 0 || named.length > 0 || labelled;
  review.check("security", reference.traits.sensitive ? 3 : 2, servers.length === 0 ? 0 : ok ? 1 : 0);
  if (ok && servers.length > 0)
    review.strength("auth", "security", "authOk", auth.length ? auth : named.length ? named : servers);
  else if (servers.length > 0) {
    const writers = graph.ofKind("api_server");
    review.weakness("no_auth", "security", "noAuth", writers.length ? writers : servers, "noAuthFix");
    review.ask("qAuth", (writers.length ? writers : servers).slice(0, 1), 2);
  }
};

/** Links from outside are encrypted; storage sits in a private boundary. */
export const transportRule: Rule = ({ graph, reference }, review) => {
  const clients = new Set(graph.ofKind("client", "external").map((c) => c.id));
  const external = graph.connections.filter((c) => clients.has(c.from) || clients.has(c.to));
  const encrypted = external.filter((c) => ENCRYPTED.test(c.label ?? ""));
  const anyEncrypted =
    graph.connections.some((c) => ENCRYPTED.test(c.label ?? "")) ||
    graph.components.some((c) => ENCRYPTED.test(c.label));
  const about = (list: typeof external) =>
    [...new Set(list.flatMap((c) => [c.from, c.to]))].flatMap((id) => graph.byId.get(id) ?? []);
  const share = external.length === 0 ? 0 : encrypted.length / external.length;
  review.check("security", reference.traits.sensitive ? 2 : 1, Math.max(share, anyEncrypted ? 0.5 : 0));
  if (encrypted.length > 0) review.strength("tls", "security", "tlsOk", about(encrypted));
  else if (external.length > 0 && reference.traits.sensitive) {
    review.weakness("no_tls", "security", "noTls", about(external), "noTlsFix");
  } else if (external.length > 0) review.suggest("no_tls", "security", "noTlsFix", about(external));

  const stores = graph.ofKind(...STORAGE);
  const inside = stores.filter((s) =>
    graph
      .boundariesOf(s.id)
      .some((b) => !PUBLIC.test(b.label) && (b.kind !== "group" || PRIVATE.test(b.label))),
  );
  review.check("security", 1, stores.length === 0 ? 0 : inside.length / stores.length);
  if (inside.length > 0) review.strength("private", "security", "privateOk", inside);
  else if (stores.length > 0)
    review.suggest("private_network", "security", "privateFix", stores as Component[]);
};
