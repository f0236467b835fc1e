import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { NotAllowed, NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";
import { formatDate } from "@/lib/i18n/fr";
import { roleLabel } from "@/lib/orga/labels";
import { listMembers, type MemberList } from "@/lib/orga/list-members";
import { cancelInvitationAction, changeMemberRoleAction, inviteMemberAction } from "./actions";
import { InviteForm } from "./invite-form";
import { StateForm } from "./state-form";

export const metadata: Metadata = { title: "Membres – Pix Orga" };

type Props = { params: Promise<{ orgId: string }>; searchParams: Promise<{ fait?: string }> };

const DONE: Record<string, string> = {
  invitation: "L'invitation a été envoyée. Son lien reste valable 7 jours.",
  role: "Le rôle a été changé.",
  retrait: "La personne a été retirée de la structure.",
  annulation: "L'invitation a été annulée : son lien ne marche plus.",
  bienvenue: "Bienvenue : vous faites maintenant partie de la structure.",
  "deja-membre": "Vous faisiez déjà partie de cette structure : votre rôle n'a pas changé.",
};

const cell = "border-b border-line px-3 py-3 text-left align-top";

export default async function MembersPage({ params, searchParams }: Props) {
  const { orgId } = await params;
  const { fait } = await searchParams;
  const actor = await requireActorOrLogin(`/orga/${encodeURIComponent(orgId)}/membres`);
  let list: MemberList;
  try {
    list = await listMembers(actor, orgId);
  } catch (e) {
    if (e instanceof NotAllowed || e instanceof NotFound) pageNotFound();
    throw e;
  }
  const isAdmin = list.myRole === "ADMIN";
  const done = fait ? DONE[fait] : undefined;
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl">Membres</h1>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {!isAdmin ? (
        <p>Vous êtes membre de cette structure. Seuls ses administrateurs peuvent inviter des personnes, changer les rôles ou retirer des membres.</p>
      ) : null}

      <section aria-labelledby="titre-membres" className="flex flex-col gap-3">
        <h2 id="titre-membres" className="text-2xl">
          Membres de la structure ({list.members.length})
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white">
            <caption className="sr-only">Membres de la structure, avec leur rôle</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>Nom</th>
                <th scope="col" className={cell}>Adresse e-mail</th>
                <th scope="col" className={cell}>Rôle</th>
                <th scope="col" className={cell}>Membre depuis le</th>
                {isAdmin ? <th scope="col" className={cell}>Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {list.members.map((m) => {
                const name = `${m.firstName} ${m.lastName}`.trim();
                return (
                  <tr key={m.membershipId}>
                    <th scope="row" className={`${cell} font-semibold`}>
                      {name}
                      {m.isMe ? " (vous)" : ""}
                    </th>
                    <td className={`${cell} break-all`}>{m.email ?? "—"}</td>
                    <td className={cell}>{roleLabel(m.role)}</td>
                    <td className={cell}>{formatDate(m.since)}</td>
                    {isAdmin ? (
                      <td className={cell}>
                        <div className="flex flex-col gap-2">
                          <StateForm
                            action={changeMemberRoleAction}
                            hidden={{ orgId, membershipId: m.membershipId, role: m.role === "ADMIN" ? "MEMBER" : "ADMIN" }}
                            submitLabel={
                              <>
                                {m.role === "ADMIN" ? "Passer en membre" : "Nommer administrateur"}
                                <span className="sr-only"> : {name}</span>
                              </>
                            }
                          />
                          <Link href={`/orga/${orgId}/membres/${m.membershipId}/retirer`}>
                            {m.isMe ? (
                              "Quitter la structure"
                            ) : (
                              <>
                                Retirer<span className="sr-only"> {name}</span> de la structure
                              </>
                            )}
                          </Link>
                        </div>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="titre-invitations" className="flex flex-col gap-3">
        <h2 id="titre-invitations" className="text-2xl">
          Invitations en attente ({list.invitations.length})
        </h2>
        {list.invitations.length === 0 ? (
          <p>Aucune invitation en attente.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white">
              <caption className="sr-only">Invitations envoyées et pas encore acceptées</caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>Adresse e-mail</th>
                  <th scope="col" className={cell}>Rôle</th>
                  <th scope="col" className={cell}>Envoyée le</th>
                  <th scope="col" className={cell}>Lien valable jusqu&apos;au</th>
                  {isAdmin ? <th scope="col" className={cell}>Actions</th> : null}
                </tr>
              </thead>
              <tbody>
                {list.invitations.map((i) => (
                  <tr key={i.id}>
                    <th scope="row" className={`${cell} break-all font-semibold`}>{i.email}</th>
                    <td className={cell}>{roleLabel(i.role)}</td>
                    <td className={cell}>{formatDate(i.createdAt)}</td>
                    <td className={cell}>
                      {i.expired ? <>Expirée le {formatDate(i.expiresAt)} : invitez de nouveau cette adresse</> : formatDate(i.expiresAt)}
                    </td>
                    {isAdmin ? (
                      <td className={cell}>
                        <StateForm
                          action={cancelInvitationAction}
                          hidden={{ orgId, invitationId: i.id }}
                          submitLabel={
                            <>
                              Annuler l&apos;invitation<span className="sr-only"> de {i.email}</span>
                            </>
                          }
                        />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {isAdmin ? (
        <Card>
          <h2 className="mb-2 text-2xl">Inviter une personne</h2>
          <p className="mb-4">
            La personne reçoit un e-mail avec un lien. Elle se connecte à son compte Pix (ou en crée un), puis rejoint la structure. Si vous
            invitez une adresse qui a déjà une invitation en attente, l&apos;ancien lien ne marche plus.
          </p>
          <InviteForm action={inviteMemberAction} orgId={orgId} />
        </Card>
      ) : null}
    </div>
  );
}
