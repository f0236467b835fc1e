/**
 * The questions of the help page (/aide), as data: searched by lib/help/search-faq.ts and shown
 * by app/(public)/aide. Answers say what this app really does; keep them true when it changes.
 */

export const AUDIENCES = ["apprenant", "mediateur", "centre"] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  apprenant: "Apprenants",
  mediateur: "Médiateurs et structures",
  centre: "Centres de certification",
};

/** A piece of a paragraph: plain text, or a link to a page of the app. */
export type Inline = string | { text: string; href: string };
/** An answer paragraph: a plain string, or pieces of text and links. */
export type Paragraph = string | Inline[];

export type FaqEntry = {
  /** slug, unique: the anchor of the entry on /aide */
  id: string;
  audience: Audience;
  question: string;
  answer: Paragraph[];
  keywords: string[];
};

const link = (text: string, href: string) => ({ text, href });

export const FAQ: FaqEntry[] = [
  // ——— Apprenants ———
  {
    id: "connexion-impossible",
    audience: "apprenant",
    question: "Je n'arrive pas à me connecter",
    answer: [
      [
        "Vérifiez l'adresse e-mail et le mot de passe (attention aux majuscules). Si vous avez oublié votre mot de passe, utilisez ",
        link("Mot de passe oublié", "/mot-de-passe-oublie"),
        " : vous recevrez un lien par e-mail.",
      ],
    ],
    keywords: ["connexion", "identifiant", "se connecter", "login", "erreur"],
  },
  {
    id: "mot-de-passe-oublie",
    audience: "apprenant",
    question: "J'ai oublié mon mot de passe",
    answer: [
      [
        "Sur la page ",
        link("Mot de passe oublié", "/mot-de-passe-oublie"),
        ", saisissez l'adresse de votre compte. Vous recevez un lien, valable 1 heure et une seule fois, pour choisir un nouveau mot de passe. Pas d'e-mail ? Regardez dans les courriers indésirables.",
      ],
    ],
    keywords: ["oubli", "perdu", "nouveau mot de passe", "réinitialiser", "lien", "e-mail"],
  },
  {
    id: "compte-bloque",
    audience: "apprenant",
    question: "Mon compte est bloqué",
    answer: [
      "Après 10 essais ratés, le compte est bloqué quelques minutes. La page de connexion dit jusqu'à quelle heure.",
      [
        "Après 30 essais ratés, il reste bloqué : choisissez un nouveau mot de passe avec ",
        link("Mot de passe oublié", "/mot-de-passe-oublie"),
        " pour le débloquer.",
      ],
    ],
    keywords: ["bloqué", "blocage", "verrouillé", "essais", "tentatives", "débloquer", "attendre"],
  },
  {
    id: "creer-un-compte",
    audience: "apprenant",
    question: "Comment créer un compte Pix ?",
    answer: [
      [
        "Allez sur ",
        link("Créer un compte", "/inscription"),
        " : prénom, nom, adresse e-mail et mot de passe. C'est gratuit.",
      ],
    ],
    keywords: ["inscription", "inscrire", "nouveau compte", "gratuit"],
  },
  {
    id: "ordinateur-partage",
    audience: "apprenant",
    question: "J'utilise un ordinateur partagé",
    answer: [
      "À la fin, cliquez sur votre nom en haut de la page, puis sur « Se déconnecter ».",
      [
        "Dans ",
        link("Mon compte", "/mon-compte"),
        ", le bouton « Me déconnecter partout » ferme aussi vos connexions sur les autres appareils.",
      ],
    ],
    keywords: ["déconnexion", "déconnecter", "partagé", "public", "EPN", "médiathèque", "sécurité"],
  },
  {
    id: "modifier-mon-compte",
    audience: "apprenant",
    question: "Comment changer mon nom, mon adresse e-mail ou supprimer mon compte ?",
    answer: [
      [
        "Tout se fait dans ",
        link("Mon compte", "/mon-compte"),
        " : nom, adresse e-mail, mot de passe, et « Supprimer mon compte ».",
      ],
    ],
    keywords: ["modifier", "changer", "adresse", "nom", "supprimer", "effacer", "suppression"],
  },
  {
    id: "sans-javascript",
    audience: "apprenant",
    question: "Pix marche-t-il sans JavaScript ?",
    answer: [
      "Oui. Toutes les pages marchent avec un navigateur simple ou ancien, même si JavaScript est désactivé.",
      "Seules quelques questions sur les gestes de la souris en ont besoin : sans JavaScript, elles ne sont pas comptées.",
    ],
    keywords: ["navigateur", "ancien", "ordinateur", "vieux", "compatible", "technique"],
  },
  {
    id: "abc-diag",
    audience: "apprenant",
    question: "Qu'est-ce que l'ABC Diag ?",
    answer: [
      [
        "10 questions simples pour savoir où vous en êtes avec le numérique, sans compte : ",
        link("faire l'ABC Diag", "/abc-diag"),
        ". À la fin, montrez votre code de résultat (par exemple D-7KQ2M9) à votre médiateur, ou imprimez la page.",
      ],
    ],
    keywords: ["diagnostic", "débutant", "test", "questions", "résultat", "code"],
  },
  {
    id: "garder-resultats-abc-diag",
    audience: "apprenant",
    question: "Combien de temps mes réponses sans compte sont-elles gardées ?",
    answer: [
      [
        "Elles sont effacées 30 jours après votre dernière activité. Pour les garder, cliquez sur « Garder mes résultats » : cela crée un compte. Voir ",
        link("Données personnelles", "/donnees-personnelles"),
        ".",
      ],
    ],
    keywords: ["anonyme", "sans compte", "conservation", "effacées", "données", "garder", "durée"],
  },
  {
    id: "code-parcours",
    audience: "apprenant",
    question: "On m'a donné un code de parcours : que faire ?",
    answer: [
      [
        "Allez sur ",
        link("la page des parcours", "/campagnes"),
        " et saisissez le code : 6 lettres et 3 chiffres, par exemple CAPABC246. La page suivante dit ce qui va se passer.",
      ],
    ],
    keywords: ["code", "campagne", "parcours", "structure", "médiateur", "saisir"],
  },
  {
    id: "code-refuse",
    audience: "apprenant",
    question: "Mon code de parcours est refusé",
    answer: [
      "Vérifiez chaque caractère : 6 lettres puis 3 chiffres. Si le parcours est archivé, demandez un nouveau code à la structure.",
    ],
    keywords: ["code", "faux", "invalide", "erreur", "archivé", "refusé", "campagne"],
  },
  {
    id: "envoyer-resultats",
    audience: "apprenant",
    question: "Comment envoyer mes résultats à ma structure ?",
    answer: [
      [
        "À la fin, cliquez sur « J'envoie mes résultats » (pour les grands débutants, c'est automatique). ",
        link("Mes parcours", "/parcours"),
        " montre l'état de chaque parcours.",
      ],
    ],
    keywords: ["envoi", "partager", "résultats", "structure", "campagne", "parcours"],
  },
  {
    id: "retenter",
    audience: "apprenant",
    question: "Puis-je recommencer un test ?",
    answer: [
      [
        "Une compétence du ",
        link("profil", "/profil"),
        " se retente après 4 jours et se remet à zéro après 7 jours. Un parcours de structure : 4 jours après l'envoi, si elle le permet.",
      ],
    ],
    keywords: ["retenter", "recommencer", "refaire", "jours", "remettre à zéro", "délai", "améliorer"],
  },
  {
    id: "niveaux-pix",
    audience: "apprenant",
    question: "Comment sont calculés mes Pix et mes niveaux ?",
    answer: [
      [
        "Le test s'adapte à vos réponses. Chaque niveau vaut 8 Pix. Votre ",
        link("profil", "/profil"),
        " montre vos 16 compétences et votre total.",
      ],
    ],
    keywords: ["score", "points", "niveau", "calcul", "profil", "compétences", "adaptatif"],
  },
  {
    id: "je-passe",
    audience: "apprenant",
    question: "Je ne connais pas la réponse : que faire ?",
    answer: [
      "Cliquez sur « Je passe » plutôt que de répondre au hasard. Toutes les 5 questions, un bilan donne les bonnes réponses.",
    ],
    keywords: ["passer", "sais pas", "difficile", "bilan", "correction"],
  },
  {
    id: "tutoriels",
    audience: "apprenant",
    question: "Où trouver des tutoriels pour progresser ?",
    answer: [
      [
        "Le bilan propose des tutoriels. Ceux que vous enregistrez sont dans ",
        link("Tutoriels", "/tutoriels"),
        ". « Proposer un tutoriel » en envoie un à l'équipe Pix.",
      ],
    ],
    keywords: ["apprendre", "progresser", "cours", "vidéo", "tutoriel", "enregistrer"],
  },
  {
    id: "signaler-probleme",
    audience: "apprenant",
    question: "Une question me semble fausse ou ne marche pas",
    answer: [
      "Sous la question ou dans le bilan, cliquez sur « Signaler un problème », dites ce qui ne va pas, puis envoyez.",
    ],
    keywords: ["signaler", "problème", "erreur", "bug", "question", "fausse", "panne"],
  },
  {
    id: "question-chronometree",
    audience: "apprenant",
    question: "Certaines questions ont un temps limité : comment ça marche ?",
    answer: [
      "La question dit le temps dont vous disposez. Recharger la page ne le remet pas à zéro. Une réponse trop tardive compte comme fausse.",
    ],
    keywords: ["temps", "chronomètre", "minuteur", "limité", "durée", "retard"],
  },
  {
    id: "verifier-certificat",
    audience: "apprenant",
    question: "Où trouver mon certificat Pix ?",
    answer: [
      [
        "Après la publication (un e-mail vous prévient), il est dans ",
        link("Mes certifications", "/certifications"),
        ", en PDF aussi. Son code de vérification (P-…) se vérifie sur ",
        link("Vérifier un certificat", "/verification-certificat"),
        ".",
      ],
    ],
    keywords: ["certificat", "certification", "diplôme", "PDF", "vérification", "employeur", "résultat"],
  },

  // ——— Médiateurs et structures ———
  {
    id: "acces-pix-orga",
    audience: "mediateur",
    question: "Comment accéder à Pix Orga ?",
    answer: [
      [
        "Connectez-vous, ouvrez le menu de votre nom, puis ",
        link("Pix Orga", "/orga"),
        ". Pas encore membre ? Demandez une invitation à un administrateur de la structure.",
      ],
    ],
    keywords: ["orga", "espace", "structure", "accès", "connexion", "médiation"],
  },
  {
    id: "inviter-membre",
    audience: "mediateur",
    question: "Comment inviter un collègue dans ma structure ?",
    answer: [
      "Page « Membres », un administrateur saisit son adresse e-mail et son rôle (membre ou administrateur). Le lien envoyé marche 7 jours, une seule fois.",
    ],
    keywords: ["invitation", "membre", "collègue", "rôle", "administrateur", "équipe"],
  },
  {
    id: "creer-campagne",
    audience: "mediateur",
    question: "Comment créer une campagne ?",
    answer: [
      "« Créer une campagne » : choisissez le type (ABC Diag, parcours d'évaluation, collecte de profils), puis remplissez ses champs. Donnez ensuite son code aux personnes.",
    ],
    keywords: ["campagne", "créer", "code", "parcours", "nouvelle", "type"],
  },
  {
    id: "abc-diag-structure",
    audience: "mediateur",
    question: "Comment faire passer l'ABC Diag à une personne que j'accompagne ?",
    answer: [
      "Créez une campagne ABC Diag (sans compte par défaut) : le résultat arrive dans votre structure. La personne l'a fait seule ? Saisissez son code D-… dans « Retrouver un diagnostic », puis « Garder ».",
    ],
    keywords: ["diagnostic", "abc", "débutant", "code", "retrouver", "résultat"],
  },
  {
    id: "abc-pix",
    audience: "mediateur",
    question: "Qu'est-ce qu'ABC Pix ?",
    answer: [
      "Des parcours pour grands débutants, en 6 thèmes et en français facile. Les structures qui ont l'accès ABC Pix les proposent par une campagne « parcours d'évaluation ».",
    ],
    keywords: ["abc pix", "débutant", "thèmes", "accès", "parcours", "profil cible"],
  },
  {
    id: "flyer",
    audience: "mediateur",
    question: "Comment donner le code aux participants ?",
    answer: [
      "La page de la campagne donne le code, le lien et un flyer PDF avec QR code, en A4 ou deux A5.",
    ],
    keywords: ["flyer", "imprimer", "QR code", "affiche", "lien", "partager", "code"],
  },
  {
    id: "voir-resultats",
    audience: "mediateur",
    question: "Où voir les résultats des participants ?",
    answer: [
      "« Résultats » de la campagne : un tableau à filtrer et trier, et la fiche de chaque personne. On voit les résultats une fois envoyés ; ils ne changent plus.",
    ],
    keywords: ["résultats", "participants", "tableau", "fiche", "palier", "suivi", "notes"],
  },
  {
    id: "export-csv",
    audience: "mediateur",
    question: "Comment exporter les résultats dans un tableur ?",
    answer: [
      "Sur la page « Résultats », l'export CSV s'ouvre dans Excel ou LibreOffice.",
    ],
    keywords: ["export", "exporter", "CSV", "Excel", "tableur", "télécharger", "fichier"],
  },
  {
    id: "groupes",
    audience: "mediateur",
    question: "Comment former des groupes pour mes ateliers ?",
    answer: [
      "« Groupes » propose des groupes de niveau proche, à ajuster puis enregistrer. « Analyse » montre les thèmes à travailler.",
    ],
    keywords: ["groupes", "atelier", "niveau", "analyse", "thèmes", "formation"],
  },
  {
    id: "activite-campagne",
    audience: "mediateur",
    question: "Comment voir qui répond en ce moment ?",
    answer: [
      "Ouvrez la page « Activité » de la campagne. Le lien « Actualiser » la met à jour.",
    ],
    keywords: ["activité", "suivi", "direct", "en cours", "actualiser", "atelier"],
  },
  {
    id: "archiver-campagne",
    audience: "mediateur",
    question: "Comment modifier, archiver ou dupliquer une campagne ?",
    answer: [
      "Sur la page de la campagne : « Modifier », « Archiver » (son code est alors refusé) ou « Dupliquer ».",
    ],
    keywords: ["modifier", "archiver", "dupliquer", "copie", "fermer", "campagne"],
  },

  // ——— Centres de certification ———
  {
    id: "eligibilite",
    audience: "centre",
    question: "Qui peut passer la certification Pix ?",
    answer: [
      "Il faut un niveau 1 ou plus dans au moins 5 compétences. Pix Certif l'indique pour chaque candidat.",
    ],
    keywords: ["éligible", "éligibilité", "condition", "certification", "candidat", "niveau"],
  },
  {
    id: "creer-session",
    audience: "centre",
    question: "Comment organiser une session de certification ?",
    answer: [
      [
        "Dans ",
        link("Pix Certif", "/certif"),
        ", créez la session, puis ajoutez les candidats un par un ou par fichier CSV. Imprimez la feuille d'émargement.",
      ],
    ],
    keywords: ["session", "certif", "organiser", "candidats", "CSV", "émargement", "centre"],
  },
  {
    id: "rejoindre-session",
    audience: "centre",
    question: "Comment un candidat rejoint-il sa session ?",
    answer: [
      [
        "Connecté à son compte Pix, il va sur ",
        link("Certification", "/certification"),
        " : numéro de session, code d'accès, nom, prénom, date de naissance. Le surveillant l'autorise ensuite à commencer.",
      ],
    ],
    keywords: ["rejoindre", "entrer", "numéro de session", "code d'accès", "candidat", "certification"],
  },
  {
    id: "identite-candidat",
    audience: "centre",
    question: "Comment vérifier l'identité des candidats ?",
    answer: [
      "Le nom, le prénom et la date de naissance saisis doivent correspondre à l'inscription. Contrôlez la pièce d'identité et faites signer l'émargement.",
    ],
    keywords: ["identité", "pièce", "contrôle", "émargement", "vérifier", "candidat"],
  },
  {
    id: "surveillance",
    audience: "centre",
    question: "Que fait le surveillant pendant la session ?",
    answer: [
      [
        "Il ouvre ",
        link("l'espace de surveillance", "/certif/surveillance"),
        " avec le numéro de session et le mot de passe de surveillance. Il autorise le début ou la reprise, termine un test, signale un incident.",
      ],
    ],
    keywords: ["surveillant", "surveillance", "incident", "autoriser", "reprise", "mot de passe"],
  },
  {
    id: "duree-certification",
    audience: "centre",
    question: "Combien de temps dure la certification ?",
    answer: [
      "Le test dure 105 minutes, plus le temps majoré s'il y en a un (140 minutes avec un tiers-temps). 3 questions par compétence, sans correction.",
    ],
    keywords: ["durée", "temps", "minutes", "tiers-temps", "majoré", "questions", "pause"],
  },
  {
    id: "finaliser-session",
    audience: "centre",
    question: "Comment finaliser une session ?",
    answer: [
      "Dans Pix Certif, « Finaliser » : notez les incidents et la raison de chaque test non terminé. Les tests sont alors notés.",
    ],
    keywords: ["finaliser", "finalisation", "fin", "incident", "commentaire", "session"],
  },
  {
    id: "publication-resultats",
    audience: "centre",
    question: "Quand les candidats reçoivent-ils leurs résultats ?",
    answer: [
      "Quand l'équipe Pix a publié la session finalisée. Chaque candidat reçoit alors un e-mail et voit son certificat dans son compte.",
    ],
    keywords: ["publication", "publier", "résultats", "certificat", "e-mail", "délai"],
  },
  {
    id: "code-verification",
    audience: "centre",
    question: "À quoi sert le code de vérification d'un certificat ?",
    answer: [
      [
        "Il commence par P- suivi de 8 caractères. Saisi sur ",
        link("Vérifier un certificat", "/verification-certificat"),
        ", il prouve que le certificat est authentique.",
      ],
    ],
    keywords: ["vérification", "code", "certificat", "authentique", "employeur", "P-"],
  },
];
