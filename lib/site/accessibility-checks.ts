// Figures of the automatic accessibility checks (e2e/accessibility.e2e.ts), shown on the
// accessibility statement (/accessibilite). Update them here, in one place, after a run of
// `npm run test:e2e -- e2e/accessibility.e2e.ts`: the test prints them and fails if this file
// claims more than it checked.

export type AccessibilityChecks = {
  /** day of the run, ISO (YYYY-MM-DD) */
  date: string;
  axeVersion: string;
  /** axe rules selected by the WCAG 2.1 A and AA tags */
  axeRules: number;
  /** kinds of pages opened in Chromium and checked with axe (0 violation on each) */
  pageTypesAxe: number;
  /** kinds of pages checked for reflow: no sideways scrolling at 320 px wide and at 200 % zoom */
  pageTypesReflow: number;
  /** journeys done with the keyboard only, each with JavaScript on and off */
  keyboardJourneys: { name: string; runs: number }[];
};

export const ACCESSIBILITY_CHECKS: AccessibilityChecks = {
  date: "2026-12-05",
  axeVersion: "4.14.1",
  axeRules: 63,
  // 34 in the run of 5 December 2026; the question types met vary from run to run, so the
  // figure counts only the page types every run checks
  pageTypesAxe: 30,
  pageTypesReflow: 30,
  keyboardJourneys: [
    { name: "l'ABC Diag, de la page d'accueil jusqu'au résultat", runs: 2 },
    { name: "la connexion, puis un test de compétence jusqu'au point d'étape (5 questions)", runs: 2 },
  ],
};
