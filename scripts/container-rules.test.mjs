import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { containerProblems } from "./container-rules.mjs";

const read = (file) => readFileSync(new URL(`../${file}`, import.meta.url), "utf8");
const files = () => ({
  dockerfile: read("Dockerfile"),
  compose: read("docker-compose.yml"),
  caddyfile: read("deploy/Caddyfile"),
  envExample: read(".env.example"),
});
/** The repository's files with one text replaced (which must be there). */
const changed = (file, from, to) => {
  const all = files();
  expect(all[file]).toContain(from);
  return { ...all, [file]: all[file].replace(from, to) };
};

describe("container files, as Docker Compose would run them", () => {
  it("the repository's Dockerfile, compose file, Caddyfile and .env.example pass", () => {
    expect(containerProblems(files())).toEqual([]);
  });

  it("refuses nodes that take HOST and NODE_ENV from the .env copied from .env.example", () => {
    // .env.example says HOST=127.0.0.1 and NODE_ENV=development; env_file beats the image's ENV.
    const problems = containerProblems(
      changed("compose", '    HOST: 0.0.0.0\n    PORT: "8000"\n    NODE_ENV: production\n', ""),
    );
    expect(problems).toContain("compose: api1 listens on 127.0.0.1, out of the proxy's reach (HOST)");
    expect(problems).toContain("compose: worker2 runs with NODE_ENV=development");
  });

  it("refuses a DATA_DIR that is not the node's volume", () => {
    const problems = containerProblems(changed("compose", "    DATA_DIR: /data\n", ""));
    expect(problems).toContain("compose: api2's DATA_DIR ./data is not a volume");
  });

  it("refuses recordings kept on one api node's own disk", () => {
    const problems = containerProblems(
      changed("compose", "[api2-data:/data, recordings:/data/recordings]", "[api2-data:/data]"),
    );
    expect(problems).toEqual(["compose: api2 keeps recordings on its own disk (share /data/recordings)"]);
  });

  it("refuses api nodes that keep recordings on different volumes", () => {
    const all = changed(
      "compose",
      "[api2-data:/data, recordings:/data/recordings]",
      "[api2-data:/data, api2-data:/data/recordings]",
    );
    expect(containerProblems(all)).toContain(
      "compose: api nodes keep recordings on different volumes (recordings,api2-data)",
    );
  });

  it("needs every variable the compose file reads in .env.example", () => {
    const problems = containerProblems(changed("envExample", "\nPOSTGRES_PASSWORD=", "\nPG_PASSWORD="));
    const missing = problems.filter(
      (p) => p.includes("POSTGRES_PASSWORD") && p.includes("not in .env.example"),
    );
    expect(missing).toHaveLength(1);
  });

  it("still checks the image: root at run time, no health check", () => {
    const all = files();
    const problems = containerProblems({
      ...all,
      dockerfile: all.dockerfile
        .replace(/^USER node$/m, "USER root")
        .replace(/^HEALTHCHECK[\s\S]*?\n(?=CMD)/m, ""),
    });
    expect(problems).toContain("Dockerfile: the runtime stage runs as root");
    expect(problems).toContain("Dockerfile: the runtime stage has no HEALTHCHECK");
  });
});
