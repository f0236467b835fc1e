// The step-by-step picture guides of the deployment kit (/mediation-numerique/kit/guides/<slug>),
// made from real screenshots of the app (npm run kit:screenshots, see docs/kit.md). The script
// writes each step's picture to its `image` path, clipped to the `width` × `height` given here.

export type GuideSummary = { slug: string; title: string; summary: string };

export type GuideStep = {
  title: string;
  text: string;
  /** Under public/, e.g. /kit/guides/lancer-une-campagne-1.png */
  image: string;
  /** What the picture shows, for people who cannot see it. */
  alt: string;
  width: number;
  height: number;
};

export type Guide = GuideSummary & { intro: string; steps: GuideStep[] };

const W = 1024;

/** The guides, in the order a mediator needs them. */
export const GUIDES: Guide[] = [
  {
    slug: "lancer-une-campagne",
    title: "Lancer une campagne",
    summary: "Créer une campagne ABC Pix dans Pix Orga et donner le code aux personnes.",
    intro:
      "Une campagne, c'est un test que vous proposez à votre groupe. Vous la créez une fois dans Pix Orga. Ensuite, vous donnez son code aux personnes. Comptez 5 minutes.",
    steps: [
      {
        title: "Ouvrir Pix Orga",
        text: "Connectez-vous à Pix avec votre compte. Ouvrez le menu de votre compte, en haut à droite, puis choisissez « Pix Orga ». Vous voyez la liste des campagnes de votre structure. Cliquez sur « Créer une campagne ».",
        image: "/kit/guides/lancer-une-campagne-1.png",
        alt: "Page d'accueil de Pix Orga : le nom de la structure, le bouton « Créer une campagne » et le tableau des campagnes, avec leur code, leur type et le nombre de participants.",
        width: W,
        height: 700,
      },
      {
        title: "Choisir le type « Évaluation »",
        text: "Pix vous demande quel type de campagne vous voulez. Pour ABC Pix, cochez « Évaluation ». Cliquez sur « Continuer ».",
        image: "/kit/guides/lancer-une-campagne-2.png",
        alt: "Étape 1 sur 2 de la création : trois choix (ABC Diag, Évaluation, Collecte de profils). « Évaluation » est coché. En dessous, le bouton « Continuer ».",
        width: W,
        height: 470,
      },
      {
        title: "Donner un nom et choisir ABC Pix",
        text: "Écrivez un nom que les personnes comprennent, par exemple « Atelier du mardi ». Dans la liste « Ce que la campagne évalue », choisissez un parcours ABC Pix. « ABC Pix : toutes les bases » convient pour commencer. Les autres réglages peuvent rester tels quels.",
        image: "/kit/guides/lancer-une-campagne-3.png",
        alt: "Étape 2 sur 2 : le champ « Nom de la campagne » est rempli avec « ABC Pix de l'atelier du mardi ». La liste « Ce que la campagne évalue » montre « ABC Pix : toutes les bases ».",
        width: W,
        height: 340,
      },
      {
        title: "Créer la campagne et noter le code",
        text: "En bas de la page, cliquez sur « Créer la campagne ». Pix affiche le code de la campagne : 6 lettres puis 3 chiffres. Vous pouvez aussi donner le lien, ou télécharger un flyer à imprimer avec le code dessus.",
        image: "/kit/guides/lancer-une-campagne-4.png",
        alt: "Le message « La campagne est créée », puis la partie « Pour participer » : le code de la campagne en gros caractères, le lien pour participer et les liens pour télécharger le flyer.",
        width: W,
        height: 320,
      },
      {
        title: "Donner le code aux personnes",
        text: "Sur la page d'accueil de Pix, la personne clique sur « Accéder à un parcours avec un code ». Elle tape le code et clique sur « Accéder au parcours ». Elle se connecte ou crée un compte, puis elle commence le test.",
        image: "/kit/guides/lancer-une-campagne-5.png",
        alt: "Ce que voit la personne : la page « Accéder à un parcours », avec le champ du code rempli et le bouton « Accéder au parcours ».",
        width: W,
        height: 360,
      },
    ],
  },
  {
    slug: "suivre-les-participants",
    title: "Suivre les participants",
    summary: "Voir qui a commencé, qui a fini et qui a envoyé ses résultats.",
    intro:
      "Pendant l'atelier, vous pouvez voir où en est chaque personne. Après l'atelier, vous voyez qui a fini et qui a envoyé ses résultats. Tout se passe dans l'onglet « Activité » de la campagne.",
    steps: [
      {
        title: "Ouvrir la campagne",
        text: "Dans Pix Orga, cliquez sur le nom de la campagne. En haut, vous voyez son nom, son code et des onglets. Cliquez sur l'onglet « Activité ».",
        image: "/kit/guides/suivre-les-participants-1.png",
        alt: "Le haut de la page d'une campagne : son nom, son code et les onglets Présentation, Activité, Résultats, Analyse et Groupes.",
        width: W,
        height: 166,
      },
      {
        title: "Lire les trois chiffres",
        text: "Trois cases donnent le nombre de personnes : « en cours » (le test n'est pas fini), « terminé sans envoi » (le test est fini, mais les résultats ne sont pas envoyés) et « résultats envoyés ».",
        image: "/kit/guides/suivre-les-participants-2.png",
        alt: "Onglet Activité : le nombre total de participants, puis trois cases avec un chiffre : en cours, terminé sans envoi, résultats envoyés.",
        width: W,
        height: 180,
      },
      {
        title: "Voir qui répond en ce moment",
        text: "La partie « En ce moment » montre les personnes actives ces 15 dernières minutes. Pour chacune, vous voyez où elle en est : la question en cours, ou « Terminé ». La page ne change pas toute seule : cliquez sur « Actualiser » pour la mettre à jour.",
        image: "/kit/guides/suivre-les-participants-3.png",
        alt: "La partie « En ce moment » de l'onglet Activité : le lien « Actualiser », puis un tableau avec trois personnes, où elles en sont (Question 8, ou Terminé) et leur dernière action.",
        width: W,
        height: 310,
      },
      {
        title: "Voir les participations jour par jour",
        text: "Plus bas, un graphique et un tableau donnent le nombre de participations par jour, sur les 30 derniers jours. C'est utile pour faire le bilan d'un mois d'ateliers.",
        image: "/kit/guides/suivre-les-participants-4.png",
        alt: "Le graphique en barres des participations des 30 derniers jours, et le tableau qui donne le même nombre en texte, jour par jour.",
        width: W,
        height: 340,
      },
    ],
  },
  {
    slug: "lire-les-resultats",
    title: "Lire les résultats",
    summary: "Comprendre les résultats d'une personne et de tout le groupe.",
    intro:
      "Quand une personne a fini son test, elle clique sur « J'envoie mes résultats ». Vous les voyez alors dans Pix Orga. Vous pouvez lire les résultats de chaque personne, puis ceux de tout le groupe.",
    steps: [
      {
        title: "Ouvrir l'onglet « Résultats »",
        text: "Dans la campagne, cliquez sur l'onglet « Résultats ». Le tableau montre chaque personne : son statut, sa maîtrise, son palier et une colonne par thème. Les résultats d'une personne n'apparaissent que si elle les a envoyés. Vous pouvez filtrer, trier, et exporter le tableau pour un tableur.",
        image: "/kit/guides/lire-les-resultats-1.png",
        alt: "Onglet Résultats : les filtres (statut, palier, thème, tri), le lien « Exporter ces résultats (CSV) », puis le tableau des participants avec leur statut, leur maîtrise, leur palier et un pourcentage par thème.",
        width: W,
        height: 560,
      },
      {
        title: "Lire les résultats d'une personne",
        text: "Cliquez sur le nom d'une personne. Vous voyez sa maîtrise, son palier et un conseil pour la suite. La partie « Par thème » montre ce qu'elle sait déjà faire et ce qu'elle peut travailler.",
        image: "/kit/guides/lire-les-resultats-2.png",
        alt: "Page d'une participante : son nom, la maîtrise (91 %), le palier 4 sur 4 « Autonome » avec un conseil, puis une barre par thème (les outils numériques, naviguer sur le web, la messagerie…).",
        width: W,
        height: 660,
      },
      {
        title: "Garder une note pour la suite",
        text: "En bas de la page d'une personne, la partie « Notes d'observation » vous permet d'écrire ce que vous avez vu. Par exemple : l'atelier qui lui convient. Seuls les membres de votre structure lisent ces notes. La personne ne les voit pas.",
        image: "/kit/guides/lire-les-resultats-3.png",
        alt: "La partie « Notes d'observation » de la page d'une participante : une note déjà écrite par le médiateur, puis le champ « Votre note » pour en ajouter une.",
        width: W,
        height: 400,
      },
      {
        title: "Voir les résultats du groupe",
        text: "Cliquez sur l'onglet « Analyse ». Pix calcule la maîtrise moyenne des personnes qui ont envoyé leurs résultats. En haut, il donne les thèmes à travailler en atelier en premier. Plus bas, un tableau détaille chaque thème.",
        image: "/kit/guides/lire-les-resultats-4.png",
        alt: "Onglet Analyse : 2 personnes, maîtrise moyenne 65 %. Puis « Les thèmes à travailler en atelier » (trois thèmes, du plus faible au plus fort) et le début du tableau « Maîtrise par thème ».",
        width: W,
        height: 660,
      },
    ],
  },
];

/** Slug, title and summary of each guide (what the kit page lists). */
export const GUIDE_SUMMARIES: GuideSummary[] = GUIDES.map(({ slug, title, summary }) => ({ slug, title, summary }));

export function guideBySlug(slug: string): Guide | undefined {
  return GUIDES.find((g) => g.slug === slug);
}
