import type { MailMessage } from "./mailer";

export type AccountMailKind = "verify-email" | "password-reset";

const TEXTS: Record<AccountMailKind, { subject: string; body: string }> = {
  "verify-email": {
    subject: "이메일 주소를 확인해 주세요 / Confirm your email",
    body: "아래 링크를 열면 이메일 주소가 확인됩니다.\nOpen this link to confirm your email address:",
  },
  "password-reset": {
    subject: "비밀번호 재설정 / Reset your password",
    body: "아래 링크에서 새 비밀번호를 정할 수 있습니다. 요청하지 않았다면 이 메일을 무시하세요.\nOpen this link to choose a new password. If you did not ask for this, ignore this mail:",
  },
};
const PATHS: Record<AccountMailKind, string> = {
  "verify-email": "/verify-email",
  "password-reset": "/reset-password",
};

/** The mail for a token: `${publicUrl}/verify-email?token=...` or `/reset-password?token=...`. */
export function accountMail(
  kind: AccountMailKind,
  to: string,
  token: string,
  publicUrl: string,
  ttlHours: number,
): MailMessage {
  const link = `${publicUrl.replace(/\/+$/, "")}${PATHS[kind]}?token=${encodeURIComponent(token)}`;
  const { subject, body } = TEXTS[kind];
  return { to, subject, link, text: `${body}\n\n${link}\n\n(${ttlHours}h)\n` };
}
