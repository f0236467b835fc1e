import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { env } from "@/lib/env";
import { listOutbox } from "@/lib/mail/list-outbox";

export const metadata: Metadata = { title: "Boîte d'envoi – Administration" };

export default async function OutboxPage() {
  const messages = await listOutbox(await requireAdminOrNotFound("/admin/boite-d-envoi"));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl">Boîte d&apos;envoi</h1>
      {env().SMTP_URL ? <p>Un serveur SMTP est configuré : les e-mails partent par SMTP et ne sont pas gardés ici.</p> : null}
      <p>{messages.length === 0 ? "Aucun e-mail pour le moment." : `Les ${messages.length} derniers e-mails, du plus récent au plus ancien.`}</p>
      <ul className="flex flex-col gap-3">
        {messages.map((m) => (
          <Card as="li" key={m.file}>
            <h2 className="text-lg">{m.subject}</h2>
            <p className="text-sm text-muted">
              À : {m.to} — {m.date}
            </p>
            <pre className="mt-3 whitespace-pre-wrap break-words font-sans">{m.text}</pre>
          </Card>
        ))}
      </ul>
    </div>
  );
}
