// Status of the amount's own part of a sentence. A roundup often tells two deals in one sentence: "xAI is said to
// be negotiating $15 billion with Oracle, weeks after signing $5 billion with Microsoft". The hedge ("is said to",
// "négocierait") belongs to the part before the connector; the part after "after signing" tells a done deal.
import { lazy } from '../lazy';
import type { MentionStatus } from '../types';
import { fastWordStarts } from '../word-start';
import { statusOf } from './cues';
import { withoutGaveUpClauses } from './gave-up-clause';
import type { Span } from './sentences';

/**
 * Connectors that open a second deal's part of the sentence, per language: an earlier, completed deal ("after
 * signing"), a contrast after a comma (", while Microsoft secured …", ", mientras que"), talks coordinated after a deal
 * ("and is in talks", "y negocia otro", "et négocie", "und verhandelt"), or one the press tells on its own ("and
 * reports suggest it also inked", "y según fuentes"), whose hedge is not the first deal's. Each is a flat alternation
 * of literals with bounded gaps, so matching stays linear.
 */
const PAST_DEAL_CONNECTOR_RE = lazy(() =>
  fastWordStarts(
    String.raw`,\s(?:while|whereas|mientras(?: que)?|alors que|tandis que|während|mentre|enquanto)\s|\b(?:and|et|und|y|e),? (?:(?:is|est|ist|está|sta|è|esta) )?(?:in talks|negotiating|in discussions|en (?:discussions?|n[ée]gociations?|pourparlers)|n[ée]gocie(?:rait)?|verhandelt|in Gespr[äa]chen|negocia(?:r[íi]a)?|en (?:conversaciones|negociaciones)|tratta(?:ndo)?|negozia|in trattativ[ae]|em (?:negocia[çc][õo]es|conversas))(?![\p{L}])|\b(?:and|while|but),? (?:(?:media|press|news) )?(?:reports|sources|people familiar with the (?:matter|talks)) (?:suggest|say|said|indicate|claim)\b|\bet,? (?:selon|d['’]apr[èe]s) (?:des|plusieurs|la presse|les m[ée]dias)\b|\by,? seg[úu]n (?:fuentes|medios|la prensa)\b|\be,? secondo (?:fonti|indiscrezioni|la stampa)\b|\bund,? (?:laut (?:Insidern|Medienberichten|Kreisen|Berichten)|Berichten zufolge)\b|\be,? segundo (?:fontes|a imprensa)\b|\b(?:(?:weeks?|days?|months?|shortly|just|soon)\s)?after (?:signing|inking|having signed|it signed|they signed|sealing|striking|agreeing|closing)\b|\bhaving (?:signed|inked|agreed)\b|\bafter (?:[\p{L}-]+,?\s){1,4}(?:walked away|pulled out|backed out|passed on|balked|declined|dropped|abandoned)\b|apr[èe]s (?:que |qu['’])(?:[\p{L}-]+,?\s){1,4}(?:a renonc[ée]|s['’]est retir[ée]|a d[ée]clin[ée]|ont renonc[ée]|se sont retir[ée]s|ont d[ée]clin[ée])|despu[ée]s de que (?:[\p{L}-]+,?\s){1,4}(?:renunci[óo]|se retir[óo]|rechaz[óo]|renunciaran|se retiraran|renunciaron|se retiraron|rechazaron)|dopo che (?:[\p{L}-]+,?\s){1,4}(?:ha rinunciato|si [èe] ritirat[oa]|hanno rinunciato|si sono ritirat[ie])|dopo che (?:le )?(?:trattative|negoziazioni|negoziati|colloqui) (?:con\s(?:[\p{L}'’-]+\s){1,3})?(?:sono|erano) (?:fallit[ie]|naufragat[ie])|\bafter (?:the )?(?:talks|negotiations) with (?:[\p{L}-]+\s){1,3}(?:failed|collapsed|fell through|broke down)|apr[èe]s l['’][ée]chec des (?:n[ée]gociations|discussions|pourparlers) avec|tras el fracaso de las (?:negociaciones|conversaciones) con|nach dem Scheitern der (?:Gespr[äa]che|Verhandlungen) mit|ap[óo]s o fracasso das (?:negocia[çc][õo]es|conversas) com|depois que (?:[\p{L}-]+,?\s){1,4}(?:desistiu|abriu m[ãa]o|recusou|desistiram|abriram m[ãa]o|recusaram)|\bfollowing (?:its|their|a|the) (?:\S+\s){0,3}(?:deal|agreement|contract)\b|apr[èe]s (?:avoir (?:sign[ée]|conclu|scell[ée]|paraph[ée])|la signature|son accord|un accord|l['’]accord|le contrat|un contrat)|\bnachdem\b|\bnach (?:dem|einem) (?:\S+\s){0,2}(?:Vertrag|Abkommen|Deal|Vereinbarung)|despu[ée]s de (?:firmar|haber firmado|cerrar|sellar|suscribir|un acuerdo|su acuerdo|el acuerdo)|\btras (?:firmar|haber firmado|cerrar|sellar|un acuerdo|su acuerdo)|dopo (?:aver(?:e)? (?:firmato|siglato|concluso|chiuso)|la firma|l['’]accordo|un accordo)|(?:depois|ap[óo]s) (?:de )?(?:assinar|ter assinado|fechar|ter fechado|a assinatura|o acordo|um acordo)`,
    'giu',
  ),
);

/** Words every connector holds: the full pattern is run only when one is present. */
const CONNECTOR_WORD_RE =
  /negoci|gocie|negozia|verhandelt|talks|discussion|pourparlers|Gespr|tratta|conversa|while|whereas|mientras|alors que|tandis|während|mentre|enquanto|after|having|following|apr[èe]s|nach|despu[ée]s|tras|dopo|depois|ap[óo]s|reports|sources|familiar|selon|seg[úu]n|secondo|laut|zufolge|segundo/i;

/** A hedge on the one figure right after it: "a reported $300B", "its rumored US$20 billion". */
const REPORTED_FIGURE_WORD_RE = /reported|rumou?red|alleged|purported/i;
const REPORTED_FIGURE_RE =
  /\b(?:a|an|its|the|their) (?:reported|rumou?red|alleged|purported)(?= ?(?:US ?)?\$)/gi;

/** Above any text's length: start and end of an evidence span make one memo key. */
const EVIDENCE_END_SPAN = 2 ** 26;

/** Status of the amount at `pos` in `evidence`: the hedges of its own part, not of the other deal's. */
export function statusAt(
  text: string,
  evidence: Span,
  pos: number,
  /**
   * Per-evidence memo: every amount of a sentence without a connector has the sentence's status. Keyed by start
   * and end: an evidence that borrows the next sentence ("… au Texas. Selon The Information, …") starts where
   * the sentence alone does, and reads more.
   */
  memo: Map<number, MentionStatus> = new Map(),
): MentionStatus {
  const raw = text.slice(evidence.start, evidence.end);
  // "con Oracle (300 miliardi, secondo il Wall Street Journal), con Microsoft (ulteriori 250 miliardi) e con CoreWeave
  // (un contratto ampliato …)": in a list whose members each hold their amount in parentheses, another member's
  // hedge or expansion word is not this amount's.
  const apart = withOtherParenthesesBlank(raw, pos - evidence.start);
  if (apart !== null) return statusOf(withoutGaveUpClauses(apart));
  // "signed a reported $300B contract with Oracle, and Oracle has committed $40B to buy chips": the press's word on
  // one figure; every other amount of the sentence is read without it (and without the memo, which is per sentence).
  if (REPORTED_FIGURE_WORD_RE.test(raw)) {
    const at = pos - evidence.start;
    const own = raw.replace(REPORTED_FIGURE_RE, (hedge, offset: number) =>
      offset + hedge.length >= at - 2 && offset + hedge.length <= at ? hedge : ' '.repeat(hedge.length),
    );
    if (own !== raw) return statusOf(withoutGaveUpClauses(own));
  }
  // Keyed by both ends: an amount whose evidence reaches back over earlier sentences shares their start only.
  const key = evidence.start * EVIDENCE_END_SPAN + evidence.end;
  const known = memo.get(key);
  if (known) return known;
  // "… à Abilene qu'Oracle et OpenAI ont abandonné": other customers giving the site up end no contract told here.
  const sentence = withoutGaveUpClauses(text.slice(evidence.start, evidence.end));
  // A cheap literal check first: most sentences have no connector word at all.
  if (!CONNECTOR_WORD_RE.test(sentence)) {
    const status = statusOf(sentence);
    memo.set(key, status);
    return status;
  }
  const at = pos - evidence.start;
  let before = -1;
  let after = sentence.length;
  PAST_DEAL_CONNECTOR_RE().lastIndex = 0;
  for (
    let m = PAST_DEAL_CONNECTOR_RE().exec(sentence);
    m !== null;
    m = PAST_DEAL_CONNECTOR_RE().exec(sentence)
  ) {
    if (m.index <= at) before = m.index;
    else {
      after = m.index;
      break;
    }
  }
  if (before < 0 && after === sentence.length) return statusOf(sentence);
  // After the connector: a deal already done, unless its own words say otherwise ("after terminating …").
  if (before >= 0) return statusOf(sentence.slice(before, after));
  return statusOf(sentence.slice(0, after));
}

/**
 * A sentence opening on the deal named again: "The contract is worth", "Le bail représente", "Il contratto vale",
 * "That deal", "Ce projet". After a deal's sentence, with its talks named again (TALKS_AGAIN_RE), it may tell that they
 * ended: "… an expansion worth about $10 billion. Those talks ended in July 2024", "Ces négociations ont échoué", "Die
 * Gespräche scheiterten", "Esas conversaciones se rompieron", "Quelle trattative sono naufragate", "Essas negociações
 * foram encerradas"; it may also retell an earlier contract with its amount (scan.ts).
 */
export const DEAL_AGAIN_OPENING_RE =
  /^\W{0,3}(?:that|this|the|cet|ce|le|l['’]|dieser|der|das|ese|este|el|quell['’]|il|lo|esse|o)\s?(?:[\p{L}-]+\s)?(?:deal|agreement|contract|lease|plan|accord|contrat|bail|projet|Deal|Vertrag|Mietvertrag|acuerdo|contrato|accordo|contratto|intesa|acordo)(?![\p{L}])/iu;
/** The talks named again anywhere in the sentence: "Then the Grok developer ended the talks". */
const TALKS_AGAIN_RE =
  /\b(?:(?:those|these|the|such) (?:talks|negotiations|discussions)|(?:ces|les) (?:discussions|n[ée]gociations|pourparlers)|(?:diese|die) (?:Gespr[äa]che|Verhandlungen)|(?:esas|estas|las) (?:conversaciones|negociaciones)|(?:quelle|queste|le) (?:trattative|negoziazioni|discussioni)|(?:essas|estas|as) (?:negocia[çc][õo]es|conversas))(?![\p{L}])/iu;

export function endedInSentence(sentence: string): boolean {
  return (
    (DEAL_AGAIN_OPENING_RE.test(sentence) || TALKS_AGAIN_RE.test(sentence)) &&
    statusOf(sentence) === 'terminated'
  );
}

/** A parenthesised part of a sentence, bounded. */
const PARENTHESES_RE = /\([^()]{1,300}\)/g;

/** The text with every parenthesised part but the one holding `at` blanked, when it holds two or more; else null. */
function withOtherParenthesesBlank(raw: string, at: number): string | null {
  // Most sentences hold no parenthesis at all: a literal check first.
  if (raw.indexOf('(') < 0) return null;
  const parts = [...raw.matchAll(PARENTHESES_RE)];
  if (parts.length < 2 || !parts.some((m) => m.index < at && at < m.index + m[0].length)) return null;
  return raw.replace(PARENTHESES_RE, (m, offset: number) =>
    offset < at && at < offset + m.length ? m : ' '.repeat(m.length),
  );
}
