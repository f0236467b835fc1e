import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl">Page introuvable</h1>
      <p>Cette page n&apos;existe pas, ou vous n&apos;y avez pas accès.</p>
      <p>
        <Link href="/">Retour à l&apos;accueil</Link>
      </p>
    </div>
  );
}
