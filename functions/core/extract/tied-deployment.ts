// The company a deployment, a phase or a site is tied to, beside a lease signed by others: "un contrat de 245 MW
// avec Fluidstack …, première phase d'un déploiement de plusieurs gigawatts lié à Anthropic", "the first phase of a
// multi-gigawatt build-out tied to Anthropic", "die erste Phase eines Ausbaus, der mit Anthropic verbunden ist",
// "la primera fase de un despliegue vinculado a Anthropic", "la prima fase di un'espansione legata ad Anthropic",
// "a primeira fase de uma implantação ligada à Anthropic". The company it is tied to runs on the capacity (the
// end user); it signs no contract told there. Only a deployment's noun counts: "a contract tied to OpenAI" may
// name the buyer itself.
import { textBefore } from './text-window';

/** A literal check first: most names have none of these words before them. */
const TIED_WORD_RE = /tied|linked|li[ée]|verbunden|gebunden|zusammenhang|vinculad|ligad|legat|collegat/i;

/** A deployment's noun, up to six words, then "tied to" in the six languages, right before the name. */
const TIED_DEPLOYMENT_BEFORE_RE =
  /\b(?:deployments?|build-?outs?|phases?|projects?|campus(?:es)?|sites?|d[ée]ploiements?|projets?|sites?|Ausbau(?:s|es)?|Projekts?|Phase|Standorts?|despliegues?|proyectos?|fases?|implementazion[ei]|espansion[ei]|progett[oi]|implanta[çc](?:ão|ões)|projetos?|expans(?:ão|ões))\b(?:[^.;]|\.(?=\d)){0,48}?\b(?:tied to|linked to|li[ée]e?s? (?:à|au|aux)|verbunden mit|gebunden an|im Zusammenhang mit|vinculad[oa]s? (?:a|al|à|ao)|ligad[oa]s? (?:a|à|ao)|legat[oa] (?:a|ad|al)|collegat[oa] (?:a|ad|al))\s?(?:(?:the|la|le|l['’]|die|der|dem|el|il|a|o)\s?)?$/i;

/** Is the company starting at `start` the one a deployment is tied to (its end user)? */
export function tiedToDeployment(text: string, start: number): boolean {
  const before = textBefore(text, start, 110);
  return TIED_WORD_RE.test(before) && TIED_DEPLOYMENT_BEFORE_RE.test(before);
}
