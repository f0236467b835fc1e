// The bus network of Rivecourt (fictional): current timetables, an outdated copy on another
// site, fares, a forum thread and a local news article.
import type { CorpusPage } from "./types";

const RIVEBUS = { site: "Rivébus", tagline: "Le réseau de bus de Rivecourt", look: "transport" } as const;

export const TRANSPORTS: CorpusPage[] = [
  {
    id: "bus-accueil",
    address: "https://www.rivebus.fr",
    ...RIVEBUS,
    title: "Rivébus — Le réseau de bus de Rivecourt et des environs",
    snippet: "Lignes, horaires, tickets et abonnements du réseau de bus Rivébus. Nouveaux horaires depuis le 31 août 2026.",
    date: "2026-08-31",
    body: [
      { box: "Nouveaux horaires sur toutes les lignes depuis le 31 août 2026.", tone: "info" },
      "Rivébus compte 6 lignes de bus à Rivecourt et dans les communes voisines.",
      { link: "bus-ligne4", text: "Ligne 4 Gare – Hôpital : horaires" },
      { link: "bus-tarifs", text: "Tickets et abonnements" },
    ],
  },
  {
    id: "bus-ligne4",
    address: "https://www.rivebus.fr/lignes/ligne-4",
    ...RIVEBUS,
    title: "Ligne 4 Gare – Hôpital : horaires — Rivébus",
    snippet: "Horaires de la ligne 4 valables depuis le 31 août 2026. Nouvel arrêt Centre aquatique.",
    date: "2026-08-31",
    body: [
      "Horaires valables depuis le 31 août 2026.",
      { h: "Du lundi au samedi" },
      { list: ["Premier départ de la Gare : 6 h 40", "Ensuite, un bus toutes les 20 minutes", "Dernier départ de la Gare : 20 h 10"] },
      { h: "Le dimanche" },
      "La ligne 4 ne circule plus le dimanche. Vous pouvez réserver le Transport à la demande la veille, au 02 99 00 77 88.",
      { h: "Nouveauté" },
      "La ligne 4 dessert maintenant l'arrêt Centre aquatique, entre les arrêts Mairie et Hôpital.",
      { link: "bus-tarifs", text: "Tickets et abonnements" },
      { link: "bus-accueil", text: "Retour à l'accueil Rivébus" },
    ],
  },
  {
    id: "bus-ligne4-old",
    address: "https://www.horaires-bus-france.net/rivecourt/ligne-4",
    site: "Horaires Bus France",
    tagline: "Les horaires de tous les bus de France",
    look: "annuaire",
    title: "Horaires bus ligne 4 Rivecourt : Gare – Hôpital",
    snippet: "Tous les horaires du bus ligne 4 à Rivecourt, du lundi au dimanche. Premier départ 7 h 15.",
    date: "2019-09-02",
    boost: 6,
    body: [
      "Page mise en ligne le 2 septembre 2019. Horaires valables à partir du 2 septembre 2019.",
      { h: "Du lundi au samedi" },
      { list: ["Premier départ de la Gare : 7 h 15", "Ensuite, un bus toutes les 30 minutes", "Dernier départ de la Gare : 19 h 45"] },
      { h: "Le dimanche" },
      { list: ["Un bus toutes les heures, de 9 h à 18 h"] },
      "Ces horaires sont donnés à titre indicatif. Vérifiez auprès du transporteur.",
    ],
  },
  {
    id: "bus-tarifs",
    address: "https://www.rivebus.fr/tarifs",
    ...RIVEBUS,
    title: "Tickets et abonnements — Rivébus",
    snippet: "Ticket à l'unité, carnet de 10 tickets, abonnement au mois : les tarifs du réseau Rivébus.",
    date: "2026-08-31",
    body: [
      { list: ["Ticket à l'unité : 1,50 € (valable 1 heure)", "Carnet de 10 tickets : 12 €", "Abonnement mensuel : 30 €", "Tarif solidaire : 10 € par mois, sur justificatif"] },
      "Les tickets s'achètent dans le bus, à l'agence Rivébus ou sur l'application.",
      { link: "bus-accueil", text: "Retour à l'accueil Rivébus" },
    ],
  },
  {
    id: "forum-bus",
    address: "https://www.forum-entraide.net/transports/bus-4-dimanche",
    site: "Forum Entraide",
    tagline: "Des questions, des réponses entre voisins",
    look: "forum",
    title: "Le bus 4 roule le dimanche à Rivecourt ?",
    snippet: "Quelqu'un sait si la ligne 4 roule le dimanche matin pour aller à l'hôpital ?",
    date: "2021-03-07",
    body: [
      "Message de Lucien45, le 7 mars 2021 : Quelqu'un sait si la ligne 4 roule le dimanche matin pour aller à l'hôpital ?",
      "Réponse de Marie-Claire : Oui, il y a un bus toutes les heures à partir de 9 h.",
    ],
  },
  {
    id: "news-centre-aquatique",
    address: "https://www.journal-de-rivecourt.fr/actualites/centre-aquatique",
    site: "Le Journal de Rivecourt",
    tagline: "L'actualité de Rivecourt et des environs",
    look: "presse",
    title: "Le nouveau centre aquatique de Rivecourt ouvre ses portes",
    snippet: "Piscine, bassin pour les enfants et toboggan : le centre aquatique ouvre le 5 septembre. La ligne de bus 4 y fait désormais arrêt.",
    date: "2026-08-25",
    body: [
      "Publié le 25 août 2026 par Thomas Girard.",
      "Le centre aquatique de Rivecourt ouvre le 5 septembre 2026. Il remplace l'ancienne piscine municipale, fermée depuis deux ans.",
      "On peut s'y rendre en bus : depuis le 31 août, la ligne 4 s'arrête devant l'entrée, à l'arrêt Centre aquatique.",
      { link: "bus-ligne4", text: "Voir les horaires de la ligne 4 sur le site Rivébus" },
    ],
  },
];
