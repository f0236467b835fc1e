import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Merci – ABC Diag" };

export default function AbcDiagEndPage() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-4xl">Merci !</h1>
      <p className="text-xl">Votre session est fermée. La personne suivante peut utiliser cet ordinateur.</p>
      <div>
        <ButtonLink href="/abc-diag">Faire un nouvel ABC Diag</ButtonLink>
      </div>
    </div>
  );
}
