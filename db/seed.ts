import { count, eq, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/hash";
import { seedDemoSession, seedLearnerProfile } from "@/lib/certification/sessions/seed-demo";
import type { Db } from "./client";
import { campaigns, centerMemberships, certificationCenters, memberships, organisations, users } from "./schema";

/** Demo accounts listed in the README; all share this password. */
export const DEMO_PASSWORD = "Demo-Pix-2026";
export const DEMO_ACCOUNTS = {
  learner: { email: "apprenant@exemple.fr", firstName: "Laura", lastName: "Martin" },
  orgaAdmin: { email: "mediateur@exemple.fr", firstName: "Karim", lastName: "Benali" },
  centerMember: { email: "certif@exemple.fr", firstName: "Sophie", lastName: "Durand" },
  platformAdmin: { email: "admin@exemple.fr", firstName: "Camille", lastName: "Leroy" },
  /** admin of a second structure (a town hall): another organisation, for trying what stays private */
  townHallAdmin: { email: "mairie@exemple.fr", firstName: "Julie", lastName: "Moreau" },
} as const;

/** Campaigns of the demo structure (README lists their codes). */
export const DEMO_CAMPAIGNS: {
  code: string;
  name: string;
  type: string;
  landingText: string | null;
  externalIdLabel: string | null;
  externalIdType: string | null;
  allowAnonymous: boolean;
  archived: boolean;
  targetProfileId?: string;
  multipleSendings?: boolean;
  forAbsoluteNovice?: boolean;
}[] = [
  {
    code: "CAPDIA123",
    name: "ABC Diag de l'accueil",
    type: "abc-diag",
    landingText: "Bienvenue à l'Espace numérique des Capucins. Ce petit test nous aide à vous proposer les bons ateliers.",
    externalIdLabel: null,
    externalIdType: null,
    allowAnonymous: true,
    archived: false,
  },
  {
    code: "CAPDOS456",
    name: "ABC Diag des demandeurs d'emploi",
    type: "abc-diag",
    landingText: "Ce test fait partie de votre accompagnement vers l'emploi.",
    externalIdLabel: "Numéro de dossier",
    externalIdType: "number",
    allowAnonymous: true,
    archived: false,
  },
  { code: "CAPOLD789", name: "ABC Diag de l'an dernier", type: "abc-diag", landingText: null, externalIdLabel: null, externalIdType: null, allowAnonymous: true, archived: true },
  {
    code: "CAPABC246",
    name: "ABC Pix : toutes les bases",
    type: "assessment",
    targetProfileId: "abc-pix-complet",
    landingText: "Ce parcours nous aide à préparer vos ateliers. Prenez votre temps : vous pouvez faire une pause.",
    externalIdLabel: null,
    externalIdType: null,
    allowAnonymous: false,
    multipleSendings: true,
    archived: false,
  },
  {
    code: "CAPMEL357",
    name: "ABC Pix : la messagerie, pas à pas",
    type: "assessment",
    targetProfileId: "abc-messagerie",
    landingText: "Quelques questions sur les e-mails, sans compte et sans correction entre les questions.",
    externalIdLabel: null,
    externalIdType: null,
    allowAnonymous: true,
    forAbsoluteNovice: true,
    archived: false,
  },
  {
    code: "CAPPRO468",
    name: "Votre profil Pix pour l'atelier emploi",
    type: "profiles",
    landingText: "Envoyez-nous votre profil Pix : nous choisirons avec vous les ateliers utiles.",
    externalIdLabel: null,
    externalIdType: null,
    allowAnonymous: false,
    archived: false,
  },
];

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return Number(row?.n ?? 0) === 0;
}

/** advisory lock: two instances starting at once on an empty database seed it once */
const SEED_LOCK_KEY = 7_245_002;

/** Creates the demo accounts, organisation and centre. Safe to run twice, even at the same time. */
export async function seedDemo(db: Db, now = new Date()): Promise<{ created: boolean }> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ACCOUNTS.learner.email)).limit(1);
  if (existing) return { created: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const created = await db.transaction(async (tx) => {
    // the other instance may be seeding right now: wait for it, then look again
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const [again] = await tx.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ACCOUNTS.learner.email)).limit(1);
    if (again) return false;
    const make = async (a: { email: string; firstName: string; lastName: string }, role: "user" | "admin" = "user") => {
      const [u] = await tx
        .insert(users)
        .values({ ...a, passwordHash, role, termsAcceptedAt: now, createdAt: now, updatedAt: now })
        .returning({ id: users.id });
      return u!.id;
    };
    await make(DEMO_ACCOUNTS.learner);
    const orgaAdmin = await make(DEMO_ACCOUNTS.orgaAdmin);
    const centerMember = await make(DEMO_ACCOUNTS.centerMember);
    await make(DEMO_ACCOUNTS.platformAdmin, "admin");
    const [org] = await tx
      .insert(organisations)
      .values({ name: "Espace numérique des Capucins", type: "mediation", hasAbcPixAccess: true, createdAt: now })
      .returning({ id: organisations.id });
    await tx.insert(memberships).values({ organisationId: org!.id, userId: orgaAdmin, role: "ADMIN", createdAt: now });
    const townHallAdmin = await make(DEMO_ACCOUNTS.townHallAdmin);
    const [townHall] = await tx
      .insert(organisations)
      .values({ name: "Mairie de Montreuil-sur-Loire", type: "collectivite", hasAbcPixAccess: false, createdAt: now })
      .returning({ id: organisations.id });
    await tx.insert(memberships).values({ organisationId: townHall!.id, userId: townHallAdmin, role: "ADMIN", createdAt: now });
    await tx.insert(campaigns).values({
      organisationId: townHall!.id,
      code: "MAIRIE234",
      name: "Ateliers numériques de la mairie",
      type: "abc-diag",
      allowAnonymous: true,
      forAbsoluteNovice: true,
      createdBy: townHallAdmin,
      createdAt: now,
    });
    await tx.insert(campaigns).values(
      DEMO_CAMPAIGNS.map(({ archived, ...c }) => ({ ...c, organisationId: org!.id, createdBy: orgaAdmin, createdAt: now, archivedAt: archived ? now : null })),
    );
    const [center] = await tx
      .insert(certificationCenters)
      .values({ name: "Centre de certification de la Médiathèque Jean-Macé", approvedAt: now, createdAt: now })
      .returning({ id: certificationCenters.id });
    await tx.insert(centerMemberships).values({ centerId: center!.id, userId: centerMember, role: "ADMIN", createdAt: now });
    // certification demo: an eligible profile for the learner, a session today with two candidates
    const [learner] = await tx.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ACCOUNTS.learner.email)).limit(1);
    await seedLearnerProfile(tx, learner!.id, now);
    await seedDemoSession(tx, center!.id, centerMember, now);
    return true;
  });
  return { created };
}
