import { z } from "zod";
import { deliverySchema } from "./delivery";

/**
 * An answer's delivery measured after the answer was sent: the answer never waits for the analysis.
 * `PUT /api/sessions/{id}/answers/{questionId}/delivery` takes the figures as its body and answers
 * with this shape; the socket carries it both ways (`answer_delivery` in, `delivery` out).
 */
export const answerDeliverySchema = z.object({
  questionId: z.string().min(1).max(128),
  delivery: deliverySchema,
});
export type AnswerDelivery = z.infer<typeof answerDeliverySchema>;
