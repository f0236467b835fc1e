"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { importCandidatesAction, type ImportState } from "./actions";

/** The CSV upload: a plain multipart form (works without JavaScript); every bad row is listed. */
export function ImportForm({ centerId, sessionId }: { centerId: string; sessionId: string }) {
  const [state, action, pending] = useActionState(importCandidatesAction, {} as ImportState);
  return (
    <form action={action} encType="multipart/form-data" className="flex flex-col gap-4">
      {state.errors?.length ? (
        <Alert tone="error" title="Aucun candidat n'a été importé. Corrigez le fichier puis importez-le de nouveau :">
          <ul className="list-disc pl-5">
            {state.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <input type="hidden" name="centerId" value={centerId} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <div className="flex flex-col gap-1">
        <label htmlFor="champ-fichier" className="font-semibold">
          Fichier CSV des candidats
        </label>
        <p id="champ-fichier-aide" className="text-sm text-muted">
          500 candidats et 1 Mo au plus. Colonnes séparées par « ; » ou « , ».
        </p>
        <input id="champ-fichier" type="file" name="fichier" accept=".csv,text/csv" required aria-describedby="champ-fichier-aide" className="max-w-full py-2" />
      </div>
      <div>
        <Button variant="secondary" disabled={pending}>
          Importer les candidats
        </Button>
      </div>
    </form>
  );
}
