import assert from "node:assert/strict";
import { Client, forms } from "../../scripts/support/bench-http";
import { DEMO_PASSWORD } from "./flows";

/** A browser without JavaScript, logged in through the login form with a demo account. */
export async function loginClient(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<Client> {
  const c = new Client(baseUrl);
  const page = await c.get("/connexion");
  const form = forms(page.html).find((f) => f.inputs.some((i) => i.name === "password"))!;
  const fields: [string, string][] = form.inputs.filter((i) => i.type === "hidden").map((i) => [i.name, i.value]);
  fields.push(["email", email], ["password", password]);
  const res = await c.post("/connexion", fields);
  assert.ok(!res.path.startsWith("/connexion"), `connexion de ${email} refusée`);
  return c;
}

/** A raw GET without following redirects: the status and where it leads. */
export async function rawGet(baseUrl: string, c: Client | null, p: string): Promise<{ status: number; location: string | null; body: string }> {
  const res = await fetch(baseUrl + p, { headers: c ? { cookie: c.cookieHeader() } : {}, redirect: "manual" });
  return { status: res.status, location: res.headers.get("location"), body: await res.text() };
}
