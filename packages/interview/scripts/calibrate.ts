import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { calibrate, labelledAnswerSchema } from "../src/evaluation/calibration";
import { OFF_TOPIC_FIT } from "../src/relevance/assess-relevance";
import { crossValidateCorpus } from "../src/relevance/corpus-cross-validation";
import { evaluateRelevance, relevanceItemSchema } from "../src/relevance/relevance-eval";

// `npm run eval [reference.jsonl] [relevance.jsonl]`: the repository's own sets by default, and the shared
// reference answers beside the checkout as an extra check when they are there.
const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [referencePath, relevancePath] = process.argv.slice(2);
const SHARED = resolve(packageRoot, "../../../shared/data/answers-dev.jsonl");

function readJsonl<T extends z.ZodType>(path: string, schema: T): z.infer<T>[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => schema.parse(JSON.parse(line)));
}

const reference = referencePath ?? resolve(packageRoot, "data/reference-answers.jsonl");
const relevance = relevancePath ?? resolve(packageRoot, "data/relevance-set.jsonl");
const report = {
  calibration: calibrate(readJsonl(reference, labelledAnswerSchema)),
  sharedCalibration: existsSync(SHARED) ? calibrate(readJsonl(SHARED, labelledAnswerSchema)) : null,
  relevance: evaluateRelevance(readJsonl(relevance, relevanceItemSchema)),
  // The category models judged on corpus answers they were not trained on (5-fold).
  corpusCrossValidation: (["ko", "en"] as const).map((language) =>
    crossValidateCorpus(language, OFF_TOPIC_FIT),
  ),
  // The same with consecutive blocks held out: answers of another writing round, harder than neighbours.
  corpusBlockCrossValidation: (["ko", "en"] as const).map((language) =>
    crossValidateCorpus(language, OFF_TOPIC_FIT, 5, "blocks"),
  ),
};
console.log(JSON.stringify(report, null, 2));
