import { fileURLToPath } from "node:url";

/** The repository's problems/ folder (the server may configure another). */
export const PROBLEMS_DIR = fileURLToPath(new URL("../../../../problems", import.meta.url));
