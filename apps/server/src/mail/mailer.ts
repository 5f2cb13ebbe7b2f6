import type { ServiceStatus } from "@studio/protocol";
import type { FastifyBaseLogger } from "fastify";
import nodemailer from "nodemailer";
import type { Config } from "../config";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The one link the mail is about; written to the log when no SMTP server is configured. */
  link: string;
}

/** Sends account mails (verification, password reset). */
export interface Mailer {
  status(): ServiceStatus;
  send(message: MailMessage): Promise<void>;
}

/** SMTP through nodemailer, e.g. SMTP_URL=smtp://user:pass@mail.example.com:587. */
class SmtpMailer implements Mailer {
  private readonly transport;
  constructor(
    private readonly url: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(url);
  }
  status(): ServiceStatus {
    return { enabled: true, provider: "smtp", detail: `SMTP at ${new URL(this.url).host}` };
  }
  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
    });
  }
}

/**
 * No SMTP server: in development the link is written to the log so the owner can still verify and
 * reset; in production nothing is sent and /api/status says why.
 */
class LogMailer implements Mailer {
  constructor(
    private readonly log: FastifyBaseLogger,
    private readonly printLinks: boolean,
  ) {}
  status(): ServiceStatus {
    return {
      enabled: false,
      provider: "none",
      detail: this.printLinks
        ? "SMTP_URL is not set: verification and reset links are written to the server log"
        : "SMTP_URL is not set: no verification or reset mail can be sent",
    };
  }
  async send(message: MailMessage): Promise<void> {
    // The link is a live credential: only where the log is the owner's own console.
    if (this.printLinks)
      this.log.warn({ mailLink: message.link }, `mail not sent (no SMTP): ${message.subject}`);
    // /api/status and the start-up banner already say mail is off; one line per sign-up is noise.
    else this.log.debug({ subject: message.subject }, "mail not sent: SMTP_URL is not set");
  }
}

export function createMailer(config: Config, log: FastifyBaseLogger): Mailer {
  if (config.SMTP_URL) return new SmtpMailer(config.SMTP_URL, config.MAIL_FROM);
  return new LogMailer(log, config.NODE_ENV === "development");
}
