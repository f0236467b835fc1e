import { getContentIndex } from "@/lib/content";

/** A labelled list of the referential's competences, for the GET filter forms of the content pages. */
export function CompetenceSelect({ value }: { value?: string }) {
  const competences = getContentIndex().referential.competences;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="champ-competence" className="font-semibold">
        Compétence
      </label>
      <select id="champ-competence" name="competence" defaultValue={value ?? ""} className="min-h-11 rounded-md border-2 border-field bg-white px-3 py-2">
        <option value="">Toutes les compétences</option>
        {competences.map((c) => (
          <option key={c.id} value={c.id}>
            {c.code} {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A competence id from the address, if it exists in the referential. */
export function competenceParam(value: string | undefined): string | undefined {
  return value && getContentIndex().competenceById.has(value) ? value : undefined;
}

/** "1.1 Mener une recherche" or "Épreuve retirée du référentiel". */
export function competenceText(c: { code: string; name: string } | null): string {
  return c ? `${c.code} ${c.name}` : "Épreuve retirée du référentiel";
}
