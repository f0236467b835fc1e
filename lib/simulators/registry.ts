// Every simulator a challenge may name in `simulator:`. Pure: the content loader uses it to
// check scenarios and goals, the answer checker to read a final state.
import { fichiersSimulator } from "./fichiers";
import { demarcheSimulator } from "./demarche";
import { gestesSimulator } from "./gestes";
import { rechercheSimulator } from "./recherche";
import { serviceSimulator } from "./service";
import type { AnySimulator } from "./types";
import { webmailSimulator } from "./webmail";

const ALL: AnySimulator[] = [webmailSimulator, demarcheSimulator, serviceSimulator, fichiersSimulator, rechercheSimulator, gestesSimulator];

export const SIMULATORS: ReadonlyMap<string, AnySimulator> = new Map(ALL.map((s) => [s.name, s]));

export function simulatorNamed(name: string): AnySimulator | undefined {
  return SIMULATORS.get(name);
}
