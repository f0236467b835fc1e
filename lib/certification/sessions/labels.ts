export const SESSION_STATUS_LABELS: Record<string, string> = {
  created: "Créée",
  finalised: "Finalisée",
  published: "Résultats publiés",
};

export function sessionStatusLabel(status: string): string {
  return SESSION_STATUS_LABELS[status] ?? status;
}
