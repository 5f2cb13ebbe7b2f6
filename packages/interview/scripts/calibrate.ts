import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { calibrate, labelledAnswerSchema } from "../src/evaluation/calibration";

// The repository root is two folders above this script; the shared data sits beside the checkout.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const path = resolve(process.cwd(), process.argv[2] ?? resolve(repoRoot, "../shared/data/answers-dev.jsonl"));

const rows = readFileSync(path, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => labelledAnswerSchema.parse(JSON.parse(line)));

console.log(JSON.stringify(calibrate(rows), null, 2));
