"use client";

import Link from "next/link";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4" role="alert">
      <h1 className="text-3xl">Service momentanément indisponible</h1>
      <p>Une erreur est survenue de notre côté. Vos réponses déjà envoyées sont enregistrées.</p>
      <p>
        <button type="button" onClick={reset} className="underline">
          Réessayer
        </button>{" "}
        ou <Link href="/">revenir à l&apos;accueil</Link>.
      </p>
    </div>
  );
}
