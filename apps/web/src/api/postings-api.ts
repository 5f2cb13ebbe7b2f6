import { postingSchema } from "@studio/protocol";
import { api } from "./http-client";

export const createPosting = (text: string) => api.post("/api/postings", { text }, postingSchema);
