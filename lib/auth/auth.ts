import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { markDatabaseSuspect } from "@/lib/http/database-availability";
import { bindSession, isSessionActive, SESSION_DAYS } from "./sessions";

/**
 * Auth.js v5 with a credentials provider and JWT sessions. The password check, lockout and
 * rate limits happen in the login service (lib/auth/login.ts), which opens a server session;
 * this provider only binds that fresh session id into the JWT, once. Every request checks the
 * session id against the sessions table, so logout, password change and "se déconnecter
 * partout" end sessions for real.
 */
export const { auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_DAYS * 86_400 },
  pages: { signIn: "/connexion", error: "/connexion" },
  providers: [
    Credentials({
      credentials: { sessionId: {} },
      async authorize(credentials) {
        const parsed = z.object({ sessionId: z.uuid() }).safeParse(credentials);
        if (!parsed.success) throw new CredentialsSignin();
        const bound = await bindSession(getDb(), parsed.data.sessionId, new Date());
        if (!bound) throw new CredentialsSignin();
        return { id: bound.userId, sessionId: parsed.data.sessionId };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sid = (user as { sessionId: string }).sessionId;
        return token;
      }
      if (typeof token.sid !== "string" || typeof token.uid !== "string") return null;
      const { unavailable: _previous, ...rest } = token;
      try {
        if (!(await isSessionActive(getDb(), token.sid, token.uid, new Date()))) return null;
      } catch {
        // the database did not answer: the session is neither valid nor ended; the request
        // fails with "service momentanément indisponible" instead of logging the person out
        markDatabaseSuspect();
        return { ...rest, unavailable: true };
      }
      return rest;
    },
    async session({ session, token }) {
      return { ...session, userId: token.uid as string, sessionId: token.sid as string, unavailable: token.unavailable === true };
    },
  },
  logger: {
    error(error) {
      // a refused credentials sign-in is an expected event, not a server error
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error.message);
    },
    warn() {},
  },
});
