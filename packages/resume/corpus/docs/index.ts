import type { CorpusResume } from "../src/types";
import { EN_A } from "./en-a";
import { EN_B } from "./en-b";
import { KO_A } from "./ko-a";
import { KO_B } from "./ko-b";

export const CORPUS: CorpusResume[] = [...KO_A, ...KO_B, ...EN_A, ...EN_B];
