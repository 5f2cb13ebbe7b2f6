import { it } from "vitest";

/**
 * CI must run the suites that need PostgreSQL and Redis; locally they run when the services are there.
 * Returns true when the suite should run. In CI a missing service is a failing test, never a silent skip.
 */
export function requireInCi(name: string, url: string | undefined): boolean {
  if (url) return true;
  if (process.env.CI) {
    it(`${name} is available in CI`, () => {
      throw new Error(`${name} is required in CI: run scripts/test-services.sh start and export its URLs`);
    });
  }
  return false;
}
