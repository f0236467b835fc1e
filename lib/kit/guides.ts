// The step-by-step picture guides of the deployment kit (/mediation-numerique/kit/guides/<slug>),
// made from real screenshots of the app (npm run kit:screenshots).

export type GuideSummary = { slug: string; title: string; summary: string };

/** The guides, in the order a mediator needs them. */
export const GUIDE_SUMMARIES: GuideSummary[] = [
  { slug: "lancer-une-campagne", title: "Lancer une campagne", summary: "Créer une campagne ABC Pix dans Pix Orga et donner le code aux personnes." },
  { slug: "suivre-les-participants", title: "Suivre les participants", summary: "Voir qui a commencé, qui a fini et qui a envoyé ses résultats." },
  { slug: "lire-les-resultats", title: "Lire les résultats", summary: "Comprendre les résultats d'une personne et de tout le groupe." },
];
