/** A JSON call to one node; a refused or reset connection throws (the node is down). */
// biome-ignore lint/suspicious/noExplicitAny: the tests read arbitrary JSON bodies
export type Reply = { status: number; body: any };

export async function call(
  baseUrl: string,
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<Reply> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** The API nodes a client may use; one that failed a connection is avoided from then on. */
export class Nodes {
  private readonly down = new Set<string>();
  failovers = 0;
  constructor(readonly urls: string[]) {}

  /** The node for a client's n-th call, alternating between the nodes still up. */
  pick(n: number): string {
    const up = this.urls.filter((u) => !this.down.has(u));
    if (up.length === 0) throw new Error("no API node is up");
    return up[n % up.length] as string;
  }

  markDown(url: string): void {
    this.down.add(url);
    this.failovers++;
  }
}

export const isConnectionError = (error: unknown) =>
  error instanceof TypeError || /ECONNRE|socket|fetch failed|other side closed/i.test(String(error));

export async function signUp(nodes: Nodes, n: number, tag: string): Promise<string> {
  const email = `${tag}-${crypto.randomUUID().slice(0, 8)}@example.com`;
  const password = "correct horse battery";
  const url = nodes.pick(n);
  const registered = await call(url, null, "POST", "/api/auth/register", { email, password, name: tag });
  if (registered.status !== 201) throw new Error(`register: ${JSON.stringify(registered.body)}`);
  // Signed in on the other node: a login works on every node of the cluster.
  const login = await call(nodes.pick(n + 1), null, "POST", "/api/auth/login", { email, password });
  if (login.status !== 200) throw new Error(`login: ${JSON.stringify(login.body)}`);
  return login.body.token as string;
}
