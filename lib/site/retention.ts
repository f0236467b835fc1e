// How long things are kept, read from the constants the code uses, so that the personal data page
// says what the application does.
import { RESET_VALIDITY_MS } from "@/lib/accounts/password-reset";
import { ANONYMOUS_IDLE_HOURS, SESSION_DAYS } from "@/lib/auth/sessions";
import { env } from "@/lib/env";
import { formatNumber } from "@/lib/i18n/fr";
import { INVITATION_VALIDITY_MS } from "@/lib/orga/labels";

export type RetentionPeriods = {
  /** a login lasts at most this many days */
  sessionDays: number;
  /** an ABC Diag without an account closes after this many hours without activity */
  anonymousIdleHours: number;
  /** an ABC Diag without an account is deleted this many days after the last activity */
  anonymousRetentionDays: number;
  /** a "mot de passe oublié" link is valid this many minutes */
  resetLinkMinutes: number;
  /** an invitation to join a structure's Pix Orga is valid this many days */
  invitationDays: number;
};

export function retentionPeriods(): RetentionPeriods {
  return {
    sessionDays: SESSION_DAYS,
    anonymousIdleHours: ANONYMOUS_IDLE_HOURS,
    anonymousRetentionDays: env().ANONYMOUS_RETENTION_DAYS,
    resetLinkMinutes: RESET_VALIDITY_MS / 60_000,
    invitationDays: INVITATION_VALIDITY_MS / 86_400_000,
  };
}

/** "1 heure", "60 minutes", "7 jours"… in plain French. */
export function frDuration(value: number, unit: "minute" | "heure" | "jour"): string {
  if (unit === "minute" && value % 60 === 0) return frDuration(value / 60, "heure");
  const n = formatNumber(value);
  return `${n} ${unit}${value >= 2 ? "s" : ""}`;
}
