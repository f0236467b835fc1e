import type { Metadata } from "next";
import Link from "next/link";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { NotAllowed, NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";
import { getMember, type MemberToRemove } from "@/lib/orga/get-member";
import { roleLabel } from "@/lib/orga/labels";
import { removeMemberAction } from "../../actions";
import { StateForm } from "../../state-form";

export const metadata: Metadata = { title: "Retirer un membre – Pix Orga" };

type Props = { params: Promise<{ orgId: string; membershipId: string }> };

/** The confirmation before a removal (a page, since there is no JavaScript dialog). ADMIN only. */
export default async function RemoveMemberPage({ params }: Props) {
  const { orgId, membershipId } = await params;
  const actor = await requireActorOrLogin(`/orga/${encodeURIComponent(orgId)}/membres/${encodeURIComponent(membershipId)}/retirer`);
  let member: MemberToRemove;
  try {
    member = await getMember(actor, orgId, membershipId);
  } catch (e) {
    if (e instanceof NotAllowed || e instanceof NotFound) pageNotFound();
    throw e;
  }
  const name = `${member.firstName} ${member.lastName}`.trim();
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl">{member.isMe ? "Quitter la structure" : `Retirer ${name} de la structure`}</h1>
      <div className="prose-pix">
        <p>
          {member.isMe ? "Vous êtes" : `${name} est`} {roleLabel(member.role).toLowerCase()}
          {member.email ? ` (${member.email})` : ""}.
        </p>
        <ul>
          <li>{member.isMe ? "Vous n'aurez" : "Cette personne n'aura"} plus accès aux pages de la structure dans Pix Orga ;</li>
          <li>{member.isMe ? "votre compte Pix et vos résultats restent" : "son compte Pix et ses propres résultats restent"} les mêmes ;</li>
          <li>pour revenir, il faudra une nouvelle invitation d&apos;un administrateur.</li>
        </ul>
        {member.role === "ADMIN" ? <p className="mt-3">Une structure garde toujours au moins un administrateur : le dernier ne peut pas être retiré.</p> : null}
      </div>
      <StateForm
        action={removeMemberAction}
        hidden={{ orgId, membershipId: member.membershipId }}
        variant="danger"
        submitLabel={member.isMe ? "Oui, quitter la structure" : `Oui, retirer ${name}`}
      />
      <p>
        <Link href={`/orga/${orgId}/membres`}>Non, revenir à la liste des membres</Link>
      </p>
    </div>
  );
}
