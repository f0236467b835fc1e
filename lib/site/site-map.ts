// Every page reachable from the public site, grouped as the site map shows them. The site map
// page reads this list; tests/site/legal-pages.test.ts checks that each page exists in app/.

export type SiteMapGroup = { title: string; pages: { href: string; label: string }[] };

export const SITE_MAP: readonly SiteMapGroup[] = [
  {
    title: "Découvrir Pix",
    pages: [
      { href: "/", label: "Accueil" },
      { href: "/verification-certificat", label: "Vérifier un certificat" },
    ],
  },
  {
    title: "Faire un test sans compte",
    pages: [
      { href: "/abc-diag", label: "ABC Diag : ce que vous savez déjà faire" },
      { href: "/campagnes", label: "Rejoindre un parcours avec un code" },
    ],
  },
  {
    title: "Mon compte",
    pages: [
      { href: "/inscription", label: "Créer un compte" },
      { href: "/connexion", label: "Se connecter" },
      { href: "/mot-de-passe-oublie", label: "Mot de passe oublié" },
      { href: "/accueil", label: "Mon accueil (une fois connecté)" },
      { href: "/profil", label: "Mon profil de compétences (une fois connecté)" },
      { href: "/parcours", label: "Mes parcours (une fois connecté)" },
      { href: "/tutoriels", label: "Mes tutoriels (une fois connecté)" },
      { href: "/certifications", label: "Mes certifications (une fois connecté)" },
      { href: "/mon-compte", label: "Mon compte (une fois connecté)" },
    ],
  },
  {
    title: "Médiation numérique et structures",
    pages: [
      { href: "/mediation-numerique", label: "Pix pour la médiation numérique" },
      { href: "/mediation-numerique/kit", label: "Le kit de déploiement" },
      { href: "/mediation-numerique/demande-acces", label: "Demander l'accès à ABC Pix" },
      { href: "/orga", label: "Pix Orga : l'espace des structures" },
    ],
  },
  {
    title: "Certification",
    pages: [
      { href: "/certification", label: "Rejoindre une session de certification" },
      { href: "/certif", label: "Pix Certif : l'espace des centres de certification" },
    ],
  },
  {
    title: "Aide",
    pages: [
      { href: "/aide", label: "Aide" },
      { href: "/aide/contact", label: "Nous écrire" },
    ],
  },
  {
    title: "Informations",
    pages: [
      { href: "/mentions-legales", label: "Mentions légales" },
      { href: "/donnees-personnelles", label: "Données personnelles" },
      { href: "/conditions-generales", label: "Conditions d'utilisation" },
      { href: "/accessibilite", label: "Accessibilité : partiellement conforme" },
      { href: "/plan-du-site", label: "Plan du site" },
    ],
  },
];
