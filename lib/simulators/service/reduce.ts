// Applies one learner action to the booking site. Never throws: the site's own refusals
// (empty field, wrong password, slot no longer free) are messages kept in the state. Pure.
import { formatDay, formatTime } from "./dates";
import { brokenRules } from "./password";
import type { Action, Scenario, Screen } from "./schemas";
import { type State, bookingsOf, confirmationNumber, emptyDraft, emptySignup, freeSlots, isFree, ownBooking, receiptFile, sameEmail } from "./state";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const BOOKING_SCREENS: Screen[] = ["space", "book-reason", "book-day", "book-time", "book-confirm", "book-done", "bookings", "cancel-confirm"];

const needLogin = (state: State): State => ({
  ...state,
  screen: "login",
  flash: { tone: "info", text: "Connectez-vous pour accéder à votre espace personnel." },
});

export function reduce(prev: State, action: Action, scenario: Scenario): State {
  // A message is shown once: every action clears it (a download does not change the page).
  const state: State = action.op === "download" ? prev : { ...prev, flash: null };
  const loggedIn = state.session !== null;

  switch (action.op) {
    case "go": {
      switch (action.to) {
        case "home":
          return { ...state, screen: "home" };
        case "signup":
        case "login":
          return loggedIn ? { ...state, screen: "space" } : { ...state, screen: action.to };
        case "space":
        case "bookings":
          return loggedIn ? { ...state, screen: action.to, selected: null } : needLogin(state);
        case "book":
          return loggedIn ? { ...state, screen: "book-reason", draft: emptyDraft() } : needLogin(state);
      }
      return state;
    }

    case "signup": {
      if (loggedIn) return { ...state, screen: "space" };
      const values = {
        lastName: (action.lastName ?? "").trim(),
        firstName: (action.firstName ?? "").trim(),
        email: (action.email ?? "").trim(),
        consent: Boolean(action.consent),
        newsletter: Boolean(action.newsletter),
      };
      const password = action.password ?? "";
      const confirm = action.passwordConfirm ?? "";
      const errors: Record<string, string> = {};
      if (!values.lastName) errors.lastName = "Indiquez votre nom.";
      if (!values.firstName) errors.firstName = "Indiquez votre prénom.";
      if (!values.email) errors.email = "Indiquez votre adresse e-mail.";
      else if (!EMAIL.test(values.email)) errors.email = "Cette adresse e-mail n'est pas valide. Exemple : prenom.nom@exemple.fr";
      else if (state.accounts.some((a) => sameEmail(a.email, values.email))) errors.email = "Un compte existe déjà avec cette adresse e-mail. Connectez-vous.";
      const broken = password ? brokenRules(password, scenario.passwordRules, [values.firstName, values.lastName]) : null;
      if (!password) errors.password = "Choisissez un mot de passe.";
      else if (broken && broken.length > 0) errors.password = "Le mot de passe ne respecte pas toutes les règles de la liste.";
      if (!confirm) errors.passwordConfirm = "Écrivez une deuxième fois votre mot de passe.";
      else if (password && confirm !== password) errors.passwordConfirm = "Les deux mots de passe ne sont pas identiques.";
      if (!values.consent) errors.consent = "Pour créer un compte, cochez la case « J'accepte les conditions d'utilisation ».";
      if (Object.keys(errors).length > 0) return { ...state, screen: "signup", signup: { values, errors, broken } };
      return {
        ...state,
        screen: "login",
        accounts: [...state.accounts, { email: values.email, password, firstName: values.firstName, lastName: values.lastName, createdHere: true, newsletter: values.newsletter }],
        signup: emptySignup(),
        login: { email: values.email, errors: {} },
        flash: { tone: "success", text: "Votre compte est créé. Vous pouvez maintenant vous connecter." },
      };
    }

    case "login": {
      if (loggedIn) return { ...state, screen: "space" };
      const email = (action.email ?? "").trim();
      const password = action.password ?? "";
      const errors: Record<string, string> = {};
      if (!email) errors.email = "Indiquez votre adresse e-mail.";
      if (!password) errors.password = "Indiquez votre mot de passe.";
      if (Object.keys(errors).length > 0) return { ...state, screen: "login", login: { email, errors } };
      const account = state.accounts.find((a) => sameEmail(a.email, email));
      if (!account || account.password !== password)
        return { ...state, screen: "login", login: { email, errors: { form: "Adresse e-mail ou mot de passe incorrect. Vérifiez et recommencez." } } };
      return { ...state, screen: "space", session: account.email, login: { email: "", errors: {} }, draft: emptyDraft(), selected: null };
    }

    case "logout":
      if (!loggedIn) return { ...state, screen: "home" };
      return {
        ...state,
        screen: "home",
        session: null,
        loggedOut: true,
        draft: emptyDraft(),
        selected: null,
        flash: { tone: "success", text: "Vous êtes déconnecté. À bientôt !" },
      };

    case "back": {
      const to: Partial<Record<Screen, Screen>> = {
        signup: "home",
        login: "home",
        "book-reason": "space",
        "book-day": "book-reason",
        "book-time": "book-day",
        "book-confirm": "book-time",
        "cancel-confirm": "bookings",
        "book-done": "space",
        bookings: "space",
      };
      const screen = to[state.screen] ?? (loggedIn ? "space" : "home");
      return { ...state, screen, draft: { ...state.draft, error: null }, selected: screen === "bookings" ? null : state.selected };
    }

    case "download": {
      const id = action.file.startsWith("confirmation-") ? action.file.slice("confirmation-".length) : "";
      const b = ownBooking(state, id);
      if (!b || b.status !== "active" || receiptFile(b.id) !== action.file || state.downloads.includes(b.id)) return state;
      return { ...state, downloads: [...state.downloads, b.id] };
    }
  }

  // Everything below happens in the personal space.
  if (!loggedIn) return needLogin(state);
  if (!BOOKING_SCREENS.includes(state.screen)) return { ...state, screen: "space" };

  switch (action.op) {
    case "chooseReason": {
      const reason = scenario.reasons.find((r) => r.id === action.reason);
      if (!reason) return { ...state, screen: "book-reason", draft: { ...emptyDraft(), error: "Choisissez un motif dans la liste." } };
      if (scenario.oneBookingPerReason) {
        const same = bookingsOf(state, state.session!).find((b) => b.status === "active" && b.reason === reason.id);
        if (same)
          return {
            ...state,
            screen: "book-reason",
            draft: {
              ...emptyDraft(),
              reason: reason.id,
              error: `Vous avez déjà un rendez-vous pour ce motif, le ${formatDay(same.day)} à ${formatTime(same.time)}. Pour changer de date, annulez d'abord ce rendez-vous dans « Mes rendez-vous ».`,
            },
          };
      }
      return { ...state, screen: "book-day", draft: { ...emptyDraft(), reason: reason.id } };
    }

    case "chooseDay": {
      if (!state.draft.reason) return { ...state, screen: "book-reason", draft: emptyDraft() };
      const day = scenario.days.find((d) => d.date === action.day);
      if (!day) return { ...state, screen: "book-day", draft: { ...state.draft, day: null, time: null, error: "Choisissez un jour dans la liste." } };
      if (freeSlots(state, scenario, day.date).length === 0)
        return { ...state, screen: "book-day", draft: { ...state.draft, day: null, time: null, error: `Il n'y a plus de place le ${formatDay(day.date)}. Choisissez un autre jour.` } };
      return { ...state, screen: "book-time", draft: { ...state.draft, day: day.date, time: null, error: null } };
    }

    case "chooseTime": {
      const { reason, day } = state.draft;
      if (!reason || !day) return { ...state, screen: reason ? "book-day" : "book-reason", draft: { ...state.draft, error: null } };
      if (!action.time) return { ...state, screen: "book-time", draft: { ...state.draft, time: null, error: "Choisissez un horaire." } };
      if (!isFree(state, scenario, day, action.time))
        return { ...state, screen: "book-time", draft: { ...state.draft, time: null, error: "Cet horaire n'est pas libre. Choisissez un autre horaire." } };
      return { ...state, screen: "book-confirm", draft: { ...state.draft, time: action.time, error: null } };
    }

    case "confirmBooking": {
      const { reason, day, time } = state.draft;
      if (!reason || !day || !time) return { ...state, screen: "book-reason", draft: emptyDraft() };
      if (!isFree(state, scenario, day, time))
        return { ...state, screen: "book-time", draft: { ...state.draft, time: null, error: "Cet horaire vient d'être pris. Choisissez un autre horaire." } };
      const base = { id: `r${state.nextId}`, email: state.session!, reason, day, time };
      return {
        ...state,
        screen: "book-done",
        bookings: [...state.bookings, { ...base, status: "active", number: confirmationNumber(scenario, base) }],
        nextId: state.nextId + 1,
        selected: base.id,
        draft: emptyDraft(),
      };
    }

    case "askCancel": {
      const b = ownBooking(state, action.booking);
      if (!b || b.status !== "active") return { ...state, screen: "bookings", selected: null };
      return { ...state, screen: "cancel-confirm", selected: b.id };
    }

    case "cancel": {
      const b = ownBooking(state, action.booking);
      if (!b || b.status !== "active") return { ...state, screen: "bookings", selected: null };
      return {
        ...state,
        screen: "bookings",
        selected: null,
        bookings: state.bookings.map((x) => (x.id === b.id ? { ...x, status: "cancelled" as const } : x)),
        flash: { tone: "success", text: `Votre rendez-vous du ${formatDay(b.day)} à ${formatTime(b.time)} est annulé.` },
      };
    }
  }
  return state;
}
