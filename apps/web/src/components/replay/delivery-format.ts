import type { Delivery } from "@studio/protocol";
import type { TFunction } from "i18next";

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

export const rateText = (t: TFunction, rate: { unit: Delivery["rate"]["unit"]; value: number } | null) =>
  !rate || rate.value === 0 ? "—" : t(`recording.rate.${rate.unit}`, { value: rate.value.toFixed(1) });
