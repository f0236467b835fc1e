// The shape of a page of the simulated web. Every page is fictional and written for the
// exercises: addresses, people, prices and timetables are made up.

/** One block of a page's body. */
export type Block =
  /** a paragraph */
  | string
  /** a sub-heading */
  | { h: string }
  /** a bulleted list */
  | { list: string[] }
  /** a link to another page of the corpus, on its own line */
  | { link: string; text: string }
  /** a highlighted box (a price to pay, a warning) */
  | { box: string; tone: "pay" | "info" | "warning" };

/** How the site looks: a banner colour, nothing more. */
export type SiteLook = "officiel" | "mairie" | "caf" | "transport" | "presse" | "forum" | "commerce" | "blog" | "annuaire" | "imitation";

export type CorpusPage = {
  id: string;
  /** full address shown in the address bar, e.g. "https://www.rivecourt.fr/demarches/etat-civil" */
  address: string;
  /** name of the site in its banner */
  site: string;
  /** a short line under the site name */
  tagline?: string;
  look: SiteLook;
  title: string;
  /** the text under the title in the results */
  snippet: string;
  /** date of publication or last update, YYYY-MM-DD */
  date: string;
  body: Block[];
  /** an advertisement: shown above the results with "Annonce" when the query names one of its keywords */
  ad?: { keywords: string[] };
  /** ranking help (paid referencing, popularity): added to the term score; 0 when absent */
  boost?: number;
};
