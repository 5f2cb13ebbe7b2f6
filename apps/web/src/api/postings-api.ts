import type { Posting } from "@studio/protocol";
import { api } from "./http-client";

export const createPosting = (text: string) => api.post<Posting>("/api/postings", { text });
