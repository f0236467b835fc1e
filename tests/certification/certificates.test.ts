import type { Actor } from "@/lib/auth/actor";
import { certificatePdf } from "@/lib/certification/certificates/certificate-pdf";
import { getMyCertificate } from "@/lib/certification/certificates/get-my-certificate";
import { certificationStatusLabel, listMyCertifications } from "@/lib/certification/certificates/list-my-certifications";
import { UNKNOWN_CERTIFICATE_MESSAGE, verifyCertificate, WRONG_VERIFICATION_LIMIT } from "@/lib/certification/certificates/verify-certificate";
import { finaliseSession } from "@/lib/certification/finalise/finalise-session";
import { answersWith, insertCenter, insertCourse, insertSession } from "@/lib/certification/finalise/test-fixtures";
import { publishSession } from "@/lib/certification/publish/publish-session";
import { eq } from "drizzle-orm";
import { certificationCourses } from "@/db/schema";
import { NotAuthenticated, NotFound, RateLimited } from "@/lib/errors";
import { getDb, setupTestDatabase } from "../support/db";
import { newUser } from "../orga/helpers";
import { pdfText } from "../support/pdf-text";

setupTestDatabase();

async function scenario() {
  const staff = await newUser("Claire");
  const centerId = await insertCenter(getDb(), `Centre Jean-Macé ${Math.random()}`, staff.userId);
  const session = await insertSession(getDb(), centerId, "2026-11-28");
  const lina = await newUser("Lina");
  const mine = await insertCourse(getDb(), { sessionId: session.id, userId: lina.userId, firstName: "Lina", lastName: "Moreau", birthDate: "1990-04-12", state: "ended", answers: answersWith(15) });
  const paul = await newUser("Paul");
  const his = await insertCourse(getDb(), { sessionId: session.id, userId: paul.userId, firstName: "Paul", state: "ended", answers: answersWith(15) });
  await finaliseSession(getDb(), staff, centerId, session.id, { abortReasons: {} });
  const admin: Actor = { ...(await newUser("Admin")), role: "admin" };
  return { staff, centerId, session, lina, paul, mine, his, admin };
}

const codeOf = async (courseId: string) => (await getDb().select().from(certificationCourses).where(eq(certificationCourses.id, courseId)))[0]!.verificationCode;

describe("certificates", () => {
  test("a learner sees their own certifications: pending, then validated with its certificate", async () => {
    const s = await scenario();
    const before = await listMyCertifications(getDb(), s.lina);
    expect(before).toHaveLength(1);
    expect(certificationStatusLabel(before[0]!)).toBe("En attente de publication");
    await expect(getMyCertificate(getDb(), s.lina, s.mine.courseId)).rejects.toBeInstanceOf(NotFound);

    await publishSession(getDb(), s.admin, s.session.id);
    const after = await listMyCertifications(getDb(), s.lina);
    expect(after.map(certificationStatusLabel)).toEqual(["Validée : 120 Pix"]);
    const cert = await getMyCertificate(getDb(), s.lina, s.mine.courseId);
    expect(cert).toMatchObject({ firstName: "Lina", lastName: "Moreau", birthDate: "1990-04-12", sessionDate: "2026-11-28", pixScore: 120 });
    expect(cert.competences).toHaveLength(5);
    expect(cert.competences[0]!.name.length).toBeGreaterThan(3);
    expect(cert.competences[0]!.level).toBe(3);
    expect(cert.verificationCode).toBe(await codeOf(s.mine.courseId));
    // someone else's certificate: not found, like an unknown one
    await expect(getMyCertificate(getDb(), s.lina, s.his.courseId)).rejects.toBeInstanceOf(NotFound);
    await expect(getMyCertificate(getDb(), null, s.mine.courseId)).rejects.toBeInstanceOf(NotAuthenticated);
    const anonymous = await newUser("Anonyme", { anonymous: true });
    await expect(listMyCertifications(getDb(), anonymous)).rejects.toThrow();
  });

  test("a rejected certification shows as rejected and has no certificate", async () => {
    const staff = await newUser("Claire");
    const centerId = await insertCenter(getDb(), "Centre R", staff.userId);
    const session = await insertSession(getDb(), centerId);
    const lina = await newUser("Lina");
    const course = await insertCourse(getDb(), { sessionId: session.id, userId: lina.userId, state: "ended", answers: answersWith(4) });
    await finaliseSession(getDb(), staff, centerId, session.id, { abortReasons: {} });
    await publishSession(getDb(), { ...(await newUser("Admin")), role: "admin" }, session.id);
    expect((await listMyCertifications(getDb(), lina)).map(certificationStatusLabel)).toEqual(["Rejetée"]);
    await expect(getMyCertificate(getDb(), lina, course.courseId)).rejects.toBeInstanceOf(NotFound);
  });

  test("the PDF shows the name, the pix, the code and the levels", async () => {
    const s = await scenario();
    await publishSession(getDb(), s.admin, s.session.id);
    const cert = await getMyCertificate(getDb(), s.lina, s.mine.courseId);
    const bytes = await certificatePdf(cert, { verifyUrl: `https://pix.example/verification-certificat?code=${cert.verificationCode}`, now: new Date("2026-12-05T00:00:00Z") });
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const text = pdfText(Buffer.from(bytes));
    expect(text).toContain("Lina Moreau");
    expect(text).toContain("120 Pix");
    expect(text).toContain(cert.verificationCode);
    expect(text).toContain("12/04/1990");
    expect(text).toContain(`${cert.competences[0]!.code} ${cert.competences[0]!.name} : niveau 3`);
  });

  test("verification by code works only once published; unknown and unpublished codes get the same message", async () => {
    const s = await scenario();
    const ip = `10.0.0.${Math.floor(Math.random() * 200)}`;
    // a code given by hand to an unpublished course: refused like an unknown one
    await getDb().update(certificationCourses).set({ verificationCode: "P-BCDF2346" }).where(eq(certificationCourses.id, s.mine.courseId));
    const unpublished = await verifyCertificate(getDb(), "P-BCDF2346", ip, new Date(), 0).catch((e) => e);
    const unknown = await verifyCertificate(getDb(), "P-QQQQ7777", ip, new Date(), 0).catch((e) => e);
    expect(unpublished).toBeInstanceOf(NotFound);
    expect(unknown).toBeInstanceOf(NotFound);
    expect(unpublished.userMessage).toBe(UNKNOWN_CERTIFICATE_MESSAGE);
    expect(unknown.userMessage).toBe(UNKNOWN_CERTIFICATE_MESSAGE);
    await getDb().update(certificationCourses).set({ verificationCode: null }).where(eq(certificationCourses.id, s.mine.courseId));

    await publishSession(getDb(), s.admin, s.session.id);
    const code = (await codeOf(s.mine.courseId))!;
    const cert = await verifyCertificate(getDb(), code, ip, new Date(), 0);
    expect(cert).toMatchObject({ firstName: "Lina", lastName: "Moreau", pixScore: 120, verificationCode: code });
  });

  test("wrong codes are limited per address, and slowed", async () => {
    const ip = `10.1.${Math.floor(Math.random() * 200)}.1`;
    const now = new Date();
    for (let i = 0; i < WRONG_VERIFICATION_LIMIT.max; i += 1) {
      await expect(verifyCertificate(getDb(), "P-QQQQ7777", ip, now, 0)).rejects.toBeInstanceOf(NotFound);
    }
    await expect(verifyCertificate(getDb(), "P-QQQQ7777", ip, now, 0)).rejects.toBeInstanceOf(RateLimited);
    // another address is not blocked
    await expect(verifyCertificate(getDb(), "P-QQQQ7777", `${ip}9`, now, 0)).rejects.toBeInstanceOf(NotFound);
    // the delay applies to wrong codes
    const t0 = Date.now();
    await expect(verifyCertificate(getDb(), "P-QQQQ7777", `${ip}8`, now, 150)).rejects.toBeInstanceOf(NotFound);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });
});
