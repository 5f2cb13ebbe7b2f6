import type { Boundary, Component, ComponentKind, Connection } from "@studio/protocol";

/** The drawn design as a graph the review rules query. Lines and double arrows count both ways. */
export class DesignGraph {
  readonly byId: Map<string, Component>;
  private readonly out = new Map<string, Set<string>>();
  private readonly touching = new Map<string, Set<string>>();
  private readonly around = new Map<string, Boundary[]>();

  constructor(
    readonly components: readonly Component[],
    readonly connections: readonly Connection[],
    readonly boundaries: readonly Boundary[],
  ) {
    this.byId = new Map(components.map((c) => [c.id, c]));
    for (const c of components) {
      this.out.set(c.id, new Set());
      this.touching.set(c.id, new Set());
    }
    for (const boundary of boundaries) {
      for (const id of boundary.members) {
        const list = this.around.get(id);
        if (list) list.push(boundary);
        else this.around.set(id, [boundary]);
      }
    }
    for (const { from, to, direction } of connections) {
      this.out.get(from)?.add(to);
      if (direction === "both" || direction === "none") this.out.get(to)?.add(from);
      this.touching.get(from)?.add(to);
      this.touching.get(to)?.add(from);
    }
  }

  ofKind(...kinds: ComponentKind[]): Component[] {
    return this.components.filter((c) => kinds.includes(c.kind));
  }

  /** Components of these kinds that take part in some connection. */
  wiredOfKind(...kinds: ComponentKind[]): Component[] {
    return this.ofKind(...kinds).filter((c) => this.degree(c.id) > 0);
  }

  degree(id: string): number {
    return this.touching.get(id)?.size ?? 0;
  }

  neighbours(id: string): Component[] {
    return [...(this.touching.get(id) ?? [])].flatMap((n) => this.byId.get(n) ?? []);
  }

  successors(id: string): Component[] {
    return [...(this.out.get(id) ?? [])].flatMap((n) => this.byId.get(n) ?? []);
  }

  /** Everything reachable from these components following arrow directions. */
  reachableFrom(ids: readonly string[]): Set<string> {
    const seen = new Set<string>(ids);
    const stack = [...ids];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      for (const next of this.out.get(id) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    return seen;
  }

  /** Is a component of `to` kinds reachable from one of `from` kinds (direction followed)? */
  reaches(from: readonly Component[], to: ComponentKind[]): Component[] {
    const reached = this.reachableFrom(from.map((c) => c.id));
    return this.components.filter((c) => to.includes(c.kind) && reached.has(c.id) && !from.includes(c));
  }

  /** Are two components joined by a connection, in any direction? */
  joined(a: string, b: string): boolean {
    return this.touching.get(a)?.has(b) ?? false;
  }

  connectionsOf(id: string): Connection[] {
    return this.connections.filter((c) => c.from === id || c.to === id);
  }

  boundariesOf(id: string): Boundary[] {
    return this.around.get(id) ?? [];
  }
}
