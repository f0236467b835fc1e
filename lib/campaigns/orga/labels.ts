// Shared wording of Pix Orga's results (table, detail, export).

export const PARTICIPATION_STATUS_LABEL: Record<string, string> = {
  started: "En cours",
  completed: "Terminé, pas encore envoyé",
  shared: "Résultats reçus",
};

export const DIAG_LEVEL_LABEL: Record<string, string> = {
  acquis: "Acquis",
  "en-cours": "En cours",
  "a-travailler": "À travailler",
  "non-mesure": "Non mesuré",
};

export const ORIENTATION_LABEL: Record<string, string> = {
  autonome: "Autonome : Pix en accès libre",
  "abc-pix": "ABC Pix",
  accompagnement: "Accompagnement",
};
