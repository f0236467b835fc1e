import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { listContactMessages } from "@/lib/help/list-contact-messages";
import {
  CONTACT_AUDIENCE_LABELS,
  CONTACT_AUDIENCES,
  CONTACT_TOPIC_LABELS,
  CONTACT_TOPICS,
  contactFilterSchema,
  type ContactAudience,
  type ContactTopic,
} from "@/lib/help/schemas";
import { formatDateTime, formatNumber } from "@/lib/i18n/fr";
import { markHandledAction } from "./actions";

export const metadata: Metadata = { title: "Messages reçus – Administration" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ERRORS: Record<string, string> = {
  introuvable: "Ce message n'existe pas.",
  refus: "Cette action n'a pas pu être faite.",
};

const select = "min-h-11 rounded-md border-2 border-field bg-white px-3 py-2";
const audienceLabel = (a: string) => CONTACT_AUDIENCE_LABELS[a as ContactAudience] ?? a;
const topicLabel = (t: string) => CONTACT_TOPIC_LABELS[t as ContactTopic] ?? t;

export default async function ContactMessagesPage({ searchParams }: Props) {
  const actor = await requireAdminOrNotFound("/admin/messages");
  const params = await searchParams;
  const one = (k: string) => {
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const filter = contactFilterSchema.parse({ audience: one("audience"), topic: one("topic"), etat: one("etat") });
  const list = await listContactMessages(actor, filter);
  const error = ERRORS[one("erreur") ?? ""];
  const done = one("fait") === "traite";

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">Messages reçus</h1>
      <p>Les messages envoyés avec le formulaire « Nous écrire » de l&apos;aide, les plus récents d&apos;abord.</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {done ? <Alert tone="success">Le message est marqué comme traité.</Alert> : null}

      <form method="get" action="/admin/messages" className="flex flex-wrap items-end gap-4 rounded-lg bg-white p-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="filtre-audience" className="font-semibold">Qui écrit</label>
          <select id="filtre-audience" name="audience" defaultValue={filter.audience ?? ""} className={select}>
            <option value="">Tout le monde</option>
            {CONTACT_AUDIENCES.map((a) => (
              <option key={a} value={a}>{CONTACT_AUDIENCE_LABELS[a]}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filtre-sujet" className="font-semibold">Sujet</label>
          <select id="filtre-sujet" name="topic" defaultValue={filter.topic ?? ""} className={select}>
            <option value="">Tous les sujets</option>
            {CONTACT_TOPICS.map((t) => (
              <option key={t} value={t}>{CONTACT_TOPIC_LABELS[t]}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filtre-etat" className="font-semibold">État</label>
          <select id="filtre-etat" name="etat" defaultValue={filter.etat ?? ""} className={select}>
            <option value="">Tous</option>
            <option value="a-traiter">À traiter</option>
            <option value="traites">Traités</option>
          </select>
        </div>
        <Button variant="secondary">Filtrer</Button>
      </form>

      <section aria-labelledby="titre-liste" className="flex flex-col gap-4">
        <h2 id="titre-liste" className="text-2xl">
          {list.total === 0
            ? "Aucun message"
            : `${formatNumber(list.total)} message${list.total > 1 ? "s" : ""}${list.total > list.messages.length ? ` (les ${list.messages.length} plus récents affichés)` : ""}`}
        </h2>
        {list.messages.map((m) => (
          <article key={m.id} aria-labelledby={`message-${m.id}`} className="flex flex-col gap-2 rounded-lg bg-white p-4">
            <h3 id={`message-${m.id}`} className="text-xl">
              {m.name} : {topicLabel(m.topic)}
            </h3>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="font-semibold">Reçu le</dt>
              <dd>{formatDateTime(m.createdAt)}</dd>
              <dt className="font-semibold">Qui</dt>
              <dd>{audienceLabel(m.audience)}</dd>
              <dt className="font-semibold">Adresse e-mail</dt>
              <dd className="break-all">
                <a href={`mailto:${m.email}`}>{m.email}</a>
              </dd>
              <dt className="font-semibold">État</dt>
              <dd>{m.handledAt ? `Traité le ${formatDateTime(m.handledAt)}` : "À traiter"}</dd>
            </dl>
            <p className="whitespace-pre-wrap break-words">{m.message}</p>
            {m.handledAt ? null : (
              <form action={markHandledAction}>
                <input type="hidden" name="messageId" value={m.id} />
                {filter.audience ? <input type="hidden" name="audience" value={filter.audience} /> : null}
                {filter.topic ? <input type="hidden" name="topic" value={filter.topic} /> : null}
                {filter.etat ? <input type="hidden" name="etat" value={filter.etat} /> : null}
                <Button variant="secondary">
                  Marquer comme traité<span className="sr-only"> : message de {m.name}</span>
                </Button>
              </form>
            )}
          </article>
        ))}
      </section>
    </div>
  );
}
