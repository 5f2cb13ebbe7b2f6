import type { ProblemDefinition } from "../problem";
import { chat, newsFeed, notification } from "./messaging";
import { fileStorage, rideMatching, videoStreaming } from "./storage-media";
import { payment, ticketing } from "./transactions";
import { rateLimiter, searchAutocomplete, urlShortener } from "./web-basics";

/** The system-design problems, easiest first. */
export const PROBLEMS: readonly ProblemDefinition[] = [
  urlShortener,
  rateLimiter,
  searchAutocomplete,
  notification,
  chat,
  newsFeed,
  fileStorage,
  videoStreaming,
  rideMatching,
  payment,
  ticketing,
];

export function findProblem(id: string): ProblemDefinition | undefined {
  return PROBLEMS.find((p) => p.id === id);
}
