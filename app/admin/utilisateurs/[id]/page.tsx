import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { getAdminUser, type AdminUser } from "@/lib/admin/users/get-user";
import { ANONYMISE_WORD } from "@/lib/admin/users/schemas";
import { requireAdminOrNotFound } from "@/lib/auth/current-actor";
import { isoToFrench } from "@/lib/certification/sessions/dates";
import { NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/fr";
import { roleLabel } from "@/lib/orga/labels";
import { anonymiseUserAction, sendResetLinkAction, unblockUserAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ fait?: string; erreur?: string; confirmation?: string }> };

const DONE: Record<string, string> = {
  debloque: "Le compte est débloqué : la personne peut de nouveau se connecter.",
  lien: "Un lien pour choisir un nouveau mot de passe a été envoyé. Il reste valable une heure.",
  anonymise: "Le compte a été anonymisé : son nom, son adresse e-mail et son mot de passe sont effacés.",
};

const cell = "border-b border-line p-2 text-left align-top";

async function load(id: string): Promise<{ user: AdminUser; actorId: string }> {
  const actor = await requireAdminOrNotFound(`/admin/utilisateurs/${encodeURIComponent(id)}`);
  try {
    return { user: await getAdminUser(actor, id), actorId: actor.userId };
  } catch (e) {
    if (e instanceof NotFound) pageNotFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  try {
    const { user } = await load(id);
    return { title: `${user.firstName} ${user.lastName} – Utilisateurs – Administration` };
  } catch {
    return { title: "Utilisateur – Administration" };
  }
}

function blockText(u: AdminUser): string {
  if (u.blockedIndefinitely) return `Bloqué après ${formatNumber(u.failedLogins)} essais manqués, jusqu'à un déblocage ou un nouveau mot de passe.`;
  if (u.isBlocked && u.blockedUntil) return `Bloqué jusqu'au ${formatDateTime(u.blockedUntil)} (${formatNumber(u.failedLogins)} essais manqués).`;
  if (u.failedLogins > 0) return `Non bloqué (${formatNumber(u.failedLogins)} essais manqués depuis la dernière connexion).`;
  return "Non bloqué.";
}

function certificationStatus(status: string | null): string {
  if (status === "validated") return "Validée";
  if (status === "rejected") return "Non validée";
  return "En attente de résultat";
}

export default async function UserPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { fait, erreur, confirmation } = await searchParams;
  const { user: u, actorId } = await load(id);
  const done = fait ? DONE[fait] : undefined;
  const canAnonymise = !u.deletedAt && u.role !== "admin" && u.id !== actorId;
  return (
    <div className="flex flex-col gap-8">
      <p>
        <Link href="/admin/utilisateurs">Retour à la recherche d&apos;utilisateurs</Link>
      </p>
      <h1 className="text-3xl">
        {u.firstName} {u.lastName}
      </h1>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {erreur ? <Alert tone="error">{erreur.slice(0, 300)}</Alert> : null}

      <section aria-labelledby="titre-identite" className="flex flex-col gap-2">
        <h2 id="titre-identite" className="text-2xl">
          Identité
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">Adresse e-mail</dt>
          <dd>{u.email ?? "Aucune"}</dd>
          <dt className="font-semibold">Type de compte</dt>
          <dd>{u.deletedAt ? `Supprimé le ${formatDate(u.deletedAt)}` : u.isAnonymous ? "Participant sans compte" : u.role === "admin" ? "Équipe Pix" : "Compte Pix"}</dd>
          <dt className="font-semibold">Créé le</dt>
          <dd>{formatDate(u.createdAt)}</dd>
          <dt className="font-semibold">Dernière activité</dt>
          <dd>{u.lastSeenAt ? formatDateTime(u.lastSeenAt) : "Jamais connecté"}</dd>
          <dt className="font-semibold">Connexion</dt>
          <dd>{blockText(u)}</dd>
        </dl>
      </section>

      {!u.deletedAt ? (
        <section aria-labelledby="titre-actions" className="flex flex-col gap-4">
          <h2 id="titre-actions" className="text-2xl">
            Aider la personne à se connecter
          </h2>
          <form action={unblockUserAction} className="flex flex-col gap-2">
            <input type="hidden" name="userId" value={u.id} />
            <p>Remet à zéro les essais manqués. Sans effet si le compte n&apos;est pas bloqué.</p>
            <div>
              <Button variant="secondary">Débloquer le compte</Button>
            </div>
          </form>
          {u.email && !u.isAnonymous ? (
            <form action={sendResetLinkAction} className="flex flex-col gap-2">
              <input type="hidden" name="userId" value={u.id} />
              <p>La personne reçoit à {u.email} un lien, valable une heure, pour choisir un nouveau mot de passe.</p>
              <div>
                <Button variant="secondary">Envoyer un lien de réinitialisation du mot de passe</Button>
              </div>
            </form>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="titre-profil" className="flex flex-col gap-3">
        <h2 id="titre-profil" className="text-2xl">
          Profil : {formatNumber(u.profile.totalPix)} pix
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white">
            <caption className="sr-only">Pix et niveau par compétence</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>Compétence</th>
                <th scope="col" className={cell}>Niveau</th>
                <th scope="col" className={cell}>Pix</th>
              </tr>
            </thead>
            <tbody>
              {u.profile.competences.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className={cell}>
                    {c.code} {c.name}
                  </th>
                  <td className={cell}>{c.level}</td>
                  <td className={cell}>{formatNumber(c.pix)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="titre-organisations" className="flex flex-col gap-2">
        <h2 id="titre-organisations" className="text-2xl">
          Organisations
        </h2>
        {u.organisations.length === 0 ? (
          <p>Membre d&apos;aucune organisation.</p>
        ) : (
          <ul className="list-disc pl-6">
            {u.organisations.map((o) => (
              <li key={o.id}>
                <Link href={`/admin/organisations/${o.id}`}>{o.name}</Link> : {roleLabel(o.role).toLowerCase()}
                {o.archived ? " (organisation archivée)" : ""}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="titre-centres" className="flex flex-col gap-2">
        <h2 id="titre-centres" className="text-2xl">
          Centres de certification
        </h2>
        {u.centers.length === 0 ? (
          <p>Membre d&apos;aucun centre.</p>
        ) : (
          <ul className="list-disc pl-6">
            {u.centers.map((c) => (
              <li key={c.id}>
                {c.name} : {roleLabel(c.role).toLowerCase()}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="titre-certifications" className="flex flex-col gap-2">
        <h2 id="titre-certifications" className="text-2xl">
          Certifications
        </h2>
        {u.certifications.length === 0 ? (
          <p>Aucune certification passée.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white">
              <caption className="sr-only">Certifications passées</caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>Date de la session</th>
                  <th scope="col" className={cell}>Résultat</th>
                  <th scope="col" className={cell}>Pix</th>
                  <th scope="col" className={cell}>Code de vérification</th>
                </tr>
              </thead>
              <tbody>
                {u.certifications.map((c) => (
                  <tr key={c.id}>
                    <th scope="row" className={cell}>
                      {isoToFrench(c.sessionDate)}
                    </th>
                    <td className={cell}>{certificationStatus(c.status)}</td>
                    <td className={cell}>{c.pixScore === null ? "—" : formatNumber(c.pixScore)}</td>
                    <td className={cell}>{c.verificationCode ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {canAnonymise ? (
        <section id="anonymiser" aria-labelledby="titre-anonymiser" className="flex max-w-2xl flex-col gap-3">
          <h2 id="titre-anonymiser" className="text-2xl">
            Anonymiser le compte
          </h2>
          <p>
            À faire sur demande de la personne (droit à l&apos;effacement). Son nom, son adresse e-mail et son mot de passe sont effacés, elle est
            déconnectée et retirée de ses organisations et centres. Ses réponses et ses résultats de certification sont gardés, sans son nom.
          </p>
          <p className="font-semibold">Cette action est définitive.</p>
          <form action={anonymiseUserAction} className="flex flex-col gap-4">
            <input type="hidden" name="userId" value={u.id} />
            <Field
              name="confirmation"
              label={`Pour confirmer, saisissez le mot ${ANONYMISE_WORD}`}
              autoComplete="off"
              required
              maxLength={20}
              error={confirmation ? `Saisissez le mot ${ANONYMISE_WORD} en majuscules pour confirmer. Rien n'a été changé.` : undefined}
            />
            <div>
              <Button variant="danger">Anonymiser le compte</Button>
            </div>
          </form>
        </section>
      ) : null}
    </div>
  );
}
