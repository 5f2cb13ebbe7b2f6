import { pauseBefore } from "@studio/interview";
import type { InterviewerStyle } from "@studio/protocol";

/**
 * The interviewer's pause before it speaks again after an answer, as its style sets it (friendly
 * longer, pressure almost none; see STYLE_PAUSES). Timed here on the server, so it holds for server
 * speech and for the browser's voice alike (the browser speaks on the `question` message). The wait
 * never holds the socket's turn queue: a barge-in, an end or a close is handled during it.
 */
export class StylePause {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly style: InterviewerStyle) {}

  /** Runs `speak` after the pause for `question`; returns the pause in ms. A new schedule replaces it. */
  schedule(question: { followUp?: boolean }, speak: () => void): number {
    this.cancel();
    const ms = pauseBefore(this.style, question);
    if (ms === 0) {
      speak();
      return 0;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      speak();
    }, ms);
    return ms;
  }

  /** The interview ended or the socket closed: nothing is said after all. */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
