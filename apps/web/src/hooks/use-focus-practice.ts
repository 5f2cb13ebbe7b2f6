import { type Category, createSessionBodySchema, type Role } from "@studio/protocol";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { createSession } from "../api/sessions-api";

/** How many questions a one-click weak-spot practice asks: short enough to do between other things. */
export const FOCUS_PRACTICE_QUESTIONS = 5;

/** Starts a text interview of one category's questions in the UI language and opens it. */
export function useFocusPractice(role: Role) {
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (category: Category) =>
      createSession(
        createSessionBodySchema.parse({
          language: i18n.language.startsWith("en") ? "en" : "ko",
          role,
          mode: "text",
          focusCategory: category,
          questionCount: FOCUS_PRACTICE_QUESTIONS,
        }),
      ),
    onSuccess: (session) => void navigate(`/interview/${session.id}`),
  });
}
