// A fleet size told as the target capacity grows to: "Nvidia will work with Nscale to increase UK capacity to up to
// 60,000 GPUs", "porter la capacité du Royaume-Uni à 60 000 GPU", "die Kapazität in Großbritannien auf bis zu 60.000
// GPUs zu erhöhen", "aumentar la capacidad del Reino Unido hasta 60.000 GPU", "incrementare la capacità fino a
// 60.000 GPU", "aumentar a capacidade para 60 mil GPUs". A goal for a country's or a company's capacity, no
// quantity anyone buys: no trigger of a deal.
import { textBefore } from './text-window';

/** A literal check first: most fleets are told without a capacity word before them. */
const CAPACITY_WORD_RE = /capaci|kapazit/i;

/** The capacity, a few words, then the preposition of a target right before the count. */
const TARGET_BEFORE_RE =
  /\b(?:capacity|capacit[ée]|capacit[àa]|capacidad|capacidade|Kapazit[äa]t)(?!\p{L})[^.;:\d]{0,40}?\s(?:to|à|a|hasta|fino a|para|at[ée]|auf)\s(?:(?:up to|jusqu['’]à|hasta|fino a|at[ée]|bis zu|about|some|environ|circa|rund|unos|cerca de)\s)?$/iu;

/** How far before the count the capacity word is read. */
const REACH = 70;

/** Is the fleet count starting at `start` a target the capacity grows to? */
export function isCapacityTarget(text: string, start: number): boolean {
  const before = textBefore(text, start, REACH);
  return CAPACITY_WORD_RE.test(before) && TARGET_BEFORE_RE.test(before);
}
