// Reading what the learner typed in the address fields, and comparing texts leniently. Pure.

/** Lower case, no accents, spaces collapsed: how free texts are compared. */
export function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[A-Za-z]{2,}$/;

export type ParsedAddresses = { addresses: string[]; invalid: string[] };

/**
 * Splits a field on commas, semicolons or line breaks. Each part is an address, "Name <address>",
 * or the name of a contact of the address book (compared without case or accents).
 */
export function parseAddresses(raw: string, contacts: readonly { name: string; address: string }[]): ParsedAddresses {
  const addresses: string[] = [];
  const invalid: string[] = [];
  for (const part of raw.split(/[,;\n]+/)) {
    const token = part.trim();
    if (!token) continue;
    const angle = /<([^<>]*)>\s*$/.exec(token);
    const candidate = (angle ? angle[1]! : token).trim();
    if (ADDRESS.test(candidate)) {
      if (!addresses.some((a) => sameAddress(a, candidate))) addresses.push(candidate);
      continue;
    }
    const contact = contacts.find((c) => normalize(c.name) === normalize(token));
    if (contact) {
      if (!addresses.some((a) => sameAddress(a, contact.address))) addresses.push(contact.address);
      continue;
    }
    invalid.push(token);
  }
  return { addresses, invalid };
}
