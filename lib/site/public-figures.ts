// Public figures on digital exclusion in France shown on the home page. Each one names its source
// and year; only published figures from official studies belong here.

export type PublicFigure = { value: string; text: string; source: string; year: number };

export const PUBLIC_FIGURES: readonly PublicFigure[] = [
  {
    value: "17 %",
    text: "des personnes de 15 ans ou plus sont en situation d'illectronisme : elles n'utilisent pas Internet ou manquent des compétences de base.",
    source: "Insee, enquête TIC auprès des ménages (Insee Première n° 1780)",
    year: 2019,
  },
  {
    value: "15 %",
    text: "des personnes de 15 ans ou plus n'ont pas utilisé Internet de toute l'année.",
    source: "Insee, enquête TIC auprès des ménages (Insee Première n° 1780)",
    year: 2019,
  },
  {
    value: "38 %",
    text: "des personnes qui utilisent Internet manquent d'au moins une compétence de base : chercher une information, communiquer, utiliser un logiciel ou régler un problème.",
    source: "Insee, enquête TIC auprès des ménages (Insee Première n° 1780)",
    year: 2019,
  },
  {
    value: "13 millions",
    text: "de Français sont éloignés du numérique, selon la stratégie nationale pour un numérique inclusif.",
    source: "Mission Société Numérique, Stratégie nationale pour un numérique inclusif",
    year: 2018,
  },
];
