import type { Localized } from "./problem";

/** A Korean and an English text. */
export const L = (ko: string, en: string): Localized => ({ ko, en });
