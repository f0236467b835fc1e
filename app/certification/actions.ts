"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { formText } from "@/lib/actions/form-data";
import { answerFieldsFromForm, isEmptyAnswer } from "@/lib/assessments/answer-form";
import { errorParam } from "@/lib/actions/error-param";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { clientIp } from "@/lib/auth/rate-limit";
import { answerQuestion } from "@/lib/certification/courses/answer-question";
import { CourseNotRunning, NotCurrentQuestion } from "@/lib/certification/courses/errors";
import { joinSession, joinSessionSchema } from "@/lib/certification/courses/join-session";
import { startCourse } from "@/lib/certification/courses/start-course";
import { pageForState } from "@/lib/certification/courses/state";
import { getContentIndex } from "@/lib/content";
import { NotAuthenticated } from "@/lib/errors";

export const joinSessionAction = validatedAction(joinSessionSchema, async (data) => {
  const actor = await requireActorOrLogin("/certification");
  const ip = clientIp(await headers());
  const outcome = await joinSession(actor, { ...data, sessionNumber: String(data.sessionNumber) }, { ip, now: new Date() });
  redirect(pageForState(outcome.state));
});

export async function startCourseAction(formData: FormData): Promise<void> {
  const actor = await requireActorOrLogin("/certification/attente");
  let target: string = "/certification/test";
  try {
    await startCourse(actor, { courseId: formText(formData, "courseId") }, new Date());
  } catch (e) {
    target = e instanceof z.ZodError ? "/certification/attente" : `/certification/attente?erreur=${errorParam(e, "certification action")}`;
  }
  redirect(target);
}

export async function certificationAnswerAction(formData: FormData): Promise<void> {
  const base = "/certification/test";
  const actor = await requireActorOrLogin(base);
  const answer = answerFieldsFromForm(formData);
  const isSimulator = getContentIndex().challengeById.get(answer.challengeId)?.type === "SIMULATOR";
  if (!isSimulator && isEmptyAnswer(answer)) redirect(`${base}?erreur=vide`);
  let target: string;
  try {
    const outcome = await answerQuestion(actor, { ...answer, courseId: formText(formData, "courseId") }, new Date());
    target = outcome.page;
  } catch (e) {
    if (e instanceof NotCurrentQuestion) target = `${base}?info=ailleurs`;
    else if (e instanceof CourseNotRunning) target = pageForState(e.state);
    else if (e instanceof z.ZodError) target = `${base}?erreur=vide`;
    else if (e instanceof NotAuthenticated) target = `/connexion?retour=${encodeURIComponent(base)}`;
    else target = `${base}?erreur=${errorParam(e, "certification action")}`;
  }
  redirect(target);
}
