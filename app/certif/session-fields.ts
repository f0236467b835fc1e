import type { FieldSpec } from "@/components/forms/action-form";

/** The session form's fields (creation and edit). */
export function sessionFields(centerId: string, initial?: { address: string; room: string; date: string; time: string; examiner: string; description: string | null }, sessionId?: string): FieldSpec[] {
  return [
    { kind: "hidden", name: "centerId", value: centerId },
    ...(sessionId ? [{ kind: "hidden" as const, name: "sessionId", value: sessionId }] : []),
    { kind: "input", name: "address", label: "Adresse du centre", required: true, maxLength: 200, autoComplete: "street-address", defaultValue: initial?.address },
    { kind: "input", name: "room", label: "Salle", required: true, maxLength: 100, hint: "Par exemple : Salle 2", defaultValue: initial?.room },
    { kind: "input", name: "date", label: "Date", type: "date", required: true, hint: "Aujourd'hui ou plus tard.", defaultValue: initial?.date },
    { kind: "input", name: "time", label: "Heure de début", required: true, hint: "Au format HH:MM, par exemple 14:00.", pattern: "[0-2][0-9]:[0-5][0-9]", maxLength: 5, defaultValue: initial?.time },
    { kind: "input", name: "examiner", label: "Surveillant(e)", required: true, maxLength: 100, hint: "Prénom et nom de la personne qui surveille la session.", defaultValue: initial?.examiner },
    { kind: "textarea", name: "description", label: "Description (facultatif)", maxLength: 1000, hint: "Informations utiles pour le jour de la session.", defaultValue: initial?.description ?? "" },
  ];
}
