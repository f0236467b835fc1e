// What the legal pages say about who runs this instance, in one place. This repository is a
// demonstration: the values say so plainly, and whoever puts Pix online replaces them here.

/** True while this instance is the demonstration: the pages then say so. */
export const IS_DEMONSTRATION = true;

/** The contact form: every request about data, accessibility or the service goes there. */
export const CONTACT_PATH = "/aide/contact";

const TO_FILL = "à compléter par la structure qui met cette instance en ligne";

/**
 * The editor section of the legal notice (loi n° 2004-575 du 21 juin 2004, article 6): who
 * publishes the site, where, who is responsible for what it says, and who hosts it.
 */
export const EDITOR = {
  name: "Groupement d'intérêt public Pix (démonstration)",
  legalForm: "Groupement d'intérêt public (GIP), personne morale de droit public",
  address: `Adresse du siège : ${TO_FILL}`,
  phone: `Téléphone : ${TO_FILL}`,
  registration: `Numéro SIREN : ${TO_FILL}`,
  director: `Directeur ou directrice de la publication : ${TO_FILL}`,
  host: {
    name: `Nom de l'hébergeur : ${TO_FILL}`,
    address: `Adresse de l'hébergeur : ${TO_FILL}`,
    phone: `Téléphone de l'hébergeur : ${TO_FILL}`,
  },
} as const;
