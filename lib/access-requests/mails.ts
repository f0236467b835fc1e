import { appUrl, env } from "@/lib/env";
import { formatDateTime } from "@/lib/i18n/fr";
import type { Mail } from "@/lib/mail/send-mail";
import { organisationTypeLabel } from "@/lib/orga/labels";
import { audienceLabel, peoplePerYearLabel } from "./rules";

/** The e-mails of an ABC Pix access request: to the contact person and to the platform staff. */

type RequestForMail = {
  id: string;
  reference: string;
  structureName: string;
  siret: string;
  structureType: string;
  postalCode: string;
  city: string;
  contactFirstName: string;
  contactLastName: string;
  contactEmail: string;
  contactPhone: string | null;
  contactRole: string;
  audiences: string[];
  peoplePerYear: string;
  motivation: string;
  createdAt: Date;
};

/** How long the staff usually take, as the pages and e-mails say. */
export const REVIEW_DELAY = "10 jours ouvrés";

export function acknowledgementMail(r: RequestForMail): Mail {
  return {
    to: r.contactEmail,
    subject: `Pix : nous avons bien reçu votre demande d'accès à ABC Pix (${r.reference})`,
    text:
      `Bonjour ${r.contactFirstName},\n\n` +
      `Nous avons bien reçu la demande d'accès à ABC Pix pour « ${r.structureName} ».\n` +
      `Sa référence est ${r.reference}. Indiquez-la si vous nous écrivez.\n\n` +
      "Et maintenant ?\n" +
      "1. L'équipe Pix vérifie votre demande.\n" +
      `2. Vous recevez notre réponse par e-mail, en général sous ${REVIEW_DELAY}.\n` +
      "3. Si la demande est acceptée, vous recevez une invitation à rejoindre votre structure sur Pix Orga.\n\n" +
      `Une question ? Écrivez-nous depuis la page ${appUrl()}/aide/contact\n\n` +
      "L'équipe Pix\n",
  };
}

export function staffNoticeMail(r: RequestForMail): Mail {
  return {
    to: env().SUPPORT_EMAIL,
    subject: `Nouvelle demande d'accès à ABC Pix : ${r.structureName} (${r.reference})`,
    text:
      `Une demande d'accès à ABC Pix est arrivée le ${formatDateTime(r.createdAt)}.\n\n` +
      `Référence : ${r.reference}\n` +
      `Structure : ${r.structureName} (${organisationTypeLabel(r.structureType)})\n` +
      `SIRET : ${r.siret}\n` +
      `Ville : ${r.postalCode} ${r.city}\n` +
      `Contact : ${r.contactFirstName} ${r.contactLastName}, ${r.contactRole}, ${r.contactEmail}${r.contactPhone ? `, ${r.contactPhone}` : ""}\n` +
      `Publics : ${r.audiences.map(audienceLabel).join(", ")}\n` +
      `Personnes par an : ${peoplePerYearLabel(r.peoplePerYear)}\n\n` +
      `Projet :\n${r.motivation}\n\n` +
      `Pour la traiter : ${appUrl()}/admin/demandes-abc-pix/${r.id}\n`,
  };
}

export function refusalMail(r: { reference: string; structureName: string; contactFirstName: string; contactEmail: string }, reason: string): Mail {
  return {
    to: r.contactEmail,
    subject: `Pix : réponse à votre demande d'accès à ABC Pix (${r.reference})`,
    text:
      `Bonjour ${r.contactFirstName},\n\n` +
      `Nous avons étudié la demande d'accès à ABC Pix pour « ${r.structureName} » (référence ${r.reference}).\n` +
      "Nous ne pouvons pas l'accepter pour la raison suivante :\n\n" +
      `${reason}\n\n` +
      "Si vous pensez qu'il s'agit d'une erreur, ou si votre situation change, écrivez-nous en rappelant la référence " +
      `${r.reference}, depuis la page ${appUrl()}/aide/contact\n` +
      `Vous pouvez aussi envoyer une nouvelle demande : ${appUrl()}/mediation-numerique/demande-acces\n\n` +
      "L'équipe Pix\n",
  };
}

/** When the contact person already belongs to the organisation: no invitation, just the news. */
export function approvedMemberMail(r: { reference: string; contactFirstName: string; contactEmail: string }, organisationName: string): Mail {
  return {
    to: r.contactEmail,
    subject: `Pix : votre demande d'accès à ABC Pix est acceptée (${r.reference})`,
    text:
      `Bonjour ${r.contactFirstName},\n\n` +
      `Votre demande d'accès à ABC Pix (référence ${r.reference}) est acceptée.\n` +
      `Vous faites déjà partie de « ${organisationName} » sur Pix Orga : ABC Pix y est maintenant ouvert.\n\n` +
      `Pour commencer, connectez-vous : ${appUrl()}/orga\n\n` +
      "L'équipe Pix\n",
  };
}
