import "dotenv/config";
import { setAdminRole } from "./auth/admin-role";
import { loadConfig } from "./config";
import { connectDatabase } from "./db/connect-database";

// `npm run admin -- grant EMAIL` / `npm run admin -- revoke EMAIL`, against the configured database.
// A running server picks the change up within seconds (its login cache lasts 5 s).
async function main() {
  const [command, email] = process.argv.slice(2);
  if ((command !== "grant" && command !== "revoke") || !email) {
    console.error("usage: npm run admin -- grant|revoke EMAIL");
    process.exit(2);
  }
  const config = loadConfig();
  const database = await connectDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const found = await setAdminRole(database.db, email, command === "grant");
    console.log(
      found ? `${command === "grant" ? "granted" : "revoked"}: ${email}` : `no account for ${email}`,
    );
    process.exitCode = found ? 0 : 1;
  } finally {
    await database.close();
  }
}

void main();
