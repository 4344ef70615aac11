import "server-only";
import { db } from "@/lib/db";
import { AppError, conflict, isUniqueViolation } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { consume } from "@/lib/auth/rate-limit";
import { ZSignUpInput } from "./schemas";
import { toProfileDto, profileSelect, type ProfileDto } from "./dto";

const EMAIL_TAKEN = "An account with this email already exists. Try signing in instead.";

/** Creates an account with a password, in the zone the browser reported (else UTC). Limited per client IP. */
export async function signUp(raw: unknown, context: { ip: string }): Promise<ProfileDto> {
  const input = ZSignUpInput.parse(raw);
  await consume("signUpPerIp", context.ip);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw conflict(EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { name: input.name, email: input.email, passwordHash, timeZone: input.timeZone },
      select: profileSelect,
    });
    return toProfileDto(user);
  } catch (error) {
    // Two sign-ups with one email at the same moment: the unique index decides.
    if (isUniqueViolation(error, "email")) throw conflict(EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
    throw new AppError("INTERNAL", undefined, { cause: error });
  }
}
