import type { Progress } from "@studio/protocol";
import { api } from "./http-client";

export const getProgress = () => api.get<Progress>("/api/progress");
