import { describe, expect, it } from "vitest";
import { PROFILE_READERS } from "./social-providers";

describe("social profiles", () => {
  it("counts a provider's email as verified only when the provider says so", () => {
    const google = PROFILE_READERS.google.read;
    expect(google({ sub: "1", email: "boss@example.com", email_verified: true }).emailVerified).toBe(true);
    expect(google({ sub: "1", email: "boss@example.com", email_verified: false }).emailVerified).toBe(false);
    expect(google({ sub: "1", email: "boss@example.com" }).emailVerified).toBe(false);
    const kakao = PROFILE_READERS.kakao.read;
    const account = (extra: object) => ({ id: 7, kakao_account: { email: "boss@example.com", ...extra } });
    expect(kakao(account({ is_email_valid: true, is_email_verified: true })).emailVerified).toBe(true);
    expect(kakao(account({ is_email_valid: true, is_email_verified: false })).emailVerified).toBe(false);
    expect(kakao(account({})).emailVerified).toBe(false);
    expect(
      PROFILE_READERS.naver.read({ response: { id: "n", email: "boss@example.com" } }).emailVerified,
    ).toBe(false);
  });
});
