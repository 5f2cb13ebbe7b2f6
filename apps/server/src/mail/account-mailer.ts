import type { FastifyBaseLogger } from "fastify";
import { type AccountTokens, TOKEN_TTL_MS, type TokenPurpose } from "../auth/account-tokens";
import { accountMail } from "./account-mails";
import type { Mailer } from "./mailer";

/** Issues a mailed token and sends its link; a failed send is logged, never shown to the requester. */
export class AccountMailer {
  constructor(
    readonly tokens: AccountTokens,
    readonly mailer: Mailer,
    private readonly publicUrl: string,
    private readonly log: FastifyBaseLogger,
  ) {}

  async send(purpose: TokenPurpose, user: { id: string; email: string }): Promise<void> {
    const token = await this.tokens.issue(user.id, user.email, purpose);
    const ttlHours = TOKEN_TTL_MS[purpose] / 3_600_000;
    await this.mailer
      .send(accountMail(purpose, user.email, token, this.publicUrl, ttlHours))
      .catch((error: Error) => this.log.error({ err: error, purpose }, "account mail could not be sent"));
  }

  /** Sends without holding up the answer (SMTP may take seconds); the outcome goes to the log. */
  sendLater(purpose: TokenPurpose, user: { id: string; email: string }): void {
    void this.send(purpose, user).catch((error: Error) =>
      this.log.error({ err: error, purpose }, "account mail could not be prepared"),
    );
  }
}
