// New campaign codes: 6 capital letters without look-alikes, 3 digits from 2 to 9 (DESIGN.md 6).
import { randomInt } from "node:crypto";

const LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ".replace(/[IO]/g, "");
const DIGITS = "23456789";

export function generateCampaignCode(pick: (n: number) => number = randomInt): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += LETTERS[pick(LETTERS.length)];
  for (let i = 0; i < 3; i++) code += DIGITS[pick(DIGITS.length)];
  return code;
}
