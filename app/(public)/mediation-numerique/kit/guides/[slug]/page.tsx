import type { Metadata } from "next";
import Link from "next/link";
import { pageNotFound } from "@/lib/http/not-found";
import { GUIDES, guideBySlug } from "@/lib/kit/guides";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams(): { slug: string }[] {
  return GUIDES.map((g) => ({ slug: g.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = guideBySlug((await params).slug);
  // the root layout adds " – Pix"
  return { title: guide ? `${guide.title} – Kit de déploiement` : "Page introuvable" };
}

/** One step-by-step picture guide of the deployment kit, for mediators. */
export default async function KitGuidePage({ params }: Props) {
  const guide = guideBySlug((await params).slug);
  if (!guide) pageNotFound();
  return (
    <article className="mx-auto flex max-w-4xl flex-col gap-6">
      <p className="text-sm">
        <Link href="/mediation-numerique/kit">Retour au kit de déploiement</Link>
      </p>
      <h1 className="text-3xl">{guide.title}</h1>
      <p className="max-w-3xl text-lg">{guide.intro}</p>
      <ol className="flex flex-col gap-10">
        {guide.steps.map((step, i) => (
          <li key={step.image} className="flex flex-col gap-3">
            <h2 className="text-2xl">
              Étape {i + 1} sur {guide.steps.length} : {step.title}
            </h2>
            <p className="max-w-3xl">{step.text}</p>
            {/* a plain <img>: the picture is already the right size, and it must show without JavaScript */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={step.image} alt={step.alt} width={step.width} height={step.height} loading="lazy" className="h-auto max-w-full rounded border border-line" />
          </li>
        ))}
      </ol>
      <p>
        <Link href="/mediation-numerique/kit">Retour au kit de déploiement</Link>
      </p>
    </article>
  );
}
