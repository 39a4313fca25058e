// Kinds of error seen on real Spanish, Italian and Portuguese pages (Latin-American and Brazilian business press,
// Italian market news, translated wire copy) about compute-capacity deals, each told again in invented sentences
// in six languages: near misses that must stay silent and positives that must still be found. Each row's wanted
// strings are prefixes of the printed mentions ("buyer provider valueUsd"), in order.
import { describe } from 'vitest';
import { eachFamily, type Family } from './mention-cases';

function table(title: string, rows: readonly Family[]): void {
  describe(title, () => eachFamily(rows));
}

/**
 * A project's name ("La operación forma parte del megaproyecto Stargate", a section heading "Progetto Stargate: un
 * piano ambizioso") in the sentence before is no company a later anaphoric subject ("La compañía", "el total",
 * "Il primo indizio", "Der Konzern") stands for: the venture never becomes the buyer of the contract told next.
 * A company named as the project's partner is still the referent.
 */
table('a project named in the sentence before is no referent of the next sentence', [
  [
    'es',
    'CoreWeave y OpenAI firmaron un contrato de 6.500 millones de dólares. La operación forma parte del megaproyecto Stargate. Con ello, el total de compromisos entre ambas firmas asciende a 22.400 millones, según CoreWeave.',
    ['openai coreweave 6500000000'],
  ],
  [
    'it',
    "Progetto Stargate: un piano ambizioso\n\nIl primo indizio dell'accordo era emerso a giugno, quando Oracle aveva comunicato di aver firmato un contratto cloud da 30 miliardi di dollari.",
    [],
  ],
  [
    'en',
    'Project Stargate: an ambitious plan\n\nThe first sign of the deal came in June, when Oracle disclosed a cloud contract worth $30 billion.',
    [],
  ],
  [
    'fr',
    "Projet Stargate : un plan ambitieux\n\nLe premier indice de l'accord est apparu en juin, quand Oracle a fait état d'un contrat cloud de 30 milliards de dollars.",
    [],
  ],
  [
    'de',
    'Das Megaprojekt Stargate wächst weiter.\n\nDer Konzern hat im Juni einen Cloud-Vertrag über 30 Milliarden Dollar mit Oracle unterzeichnet.',
    [],
  ],
  [
    'pt',
    'O negócio faz parte do megaprojeto Stargate. O grupo assinou em junho um contrato de nuvem de US$ 30 bilhões com a Oracle.',
    [],
  ],
  [
    'es',
    'La operación forma parte del megaproyecto Stargate. La compañía firmó en junio un contrato de nube de 30.000 millones de dólares con Oracle.',
    [],
  ],
  [
    'es',
    'OpenAI es el socio principal del megaproyecto Stargate. La compañía firmó en junio un contrato de nube de 30.000 millones de dólares con Oracle.',
    ['openai oracle 30000000000'],
  ],
  [
    'it',
    'OpenAI è il socio principale del progetto Stargate. Il gruppo ha firmato a giugno un contratto cloud da 30 miliardi di dollari con Oracle.',
    ['openai oracle 30000000000'],
  ],
]);

/**
 * A company named as where a party's founders or staff came from ("Anthropic, la startup fundada por exmiembros de
 * OpenAI", "founded by former OpenAI researchers", "fondata da ex ricercatori di OpenAI", "von ehemaligen
 * OpenAI-Mitarbeitern gegründet") describes that party; it is no party of the deal told beside it, so the pair stays
 * the one the sentence tells.
 */
table('a former employer of the founders is no party', [
  [
    'es',
    'Alphabet anunció un acuerdo con Anthropic, la startup fundada por exmiembros de OpenAI, por 20.000 millones de dólares en capacidad de computación en la nube.',
    ['anthropic alphabet 20000000000'],
  ],
  [
    'en',
    'Alphabet announced a $20 billion cloud computing capacity agreement with Anthropic, the startup founded by former OpenAI researchers.',
    ['anthropic alphabet 20000000000'],
  ],
  [
    'it',
    'Alphabet ha annunciato un accordo da 20 miliardi di dollari per capacità di calcolo cloud con Anthropic, la startup fondata da ex ricercatori di OpenAI.',
    ['anthropic alphabet 20000000000'],
  ],
  [
    'fr',
    "Alphabet a annoncé un accord de 20 milliards de dollars de capacité de calcul dans le cloud avec Anthropic, la start-up fondée par d'anciens chercheurs d'OpenAI.",
    ['anthropic alphabet 20000000000'],
  ],
  [
    'de',
    'Alphabet hat mit Anthropic, dem von ehemaligen OpenAI-Mitarbeitern gegründeten Start-up, einen Vertrag über Cloud-Rechenkapazität im Wert von 20 Milliarden Dollar geschlossen.',
    ['anthropic alphabet 20000000000'],
  ],
  [
    'pt',
    'A Alphabet anunciou um acordo de US$ 20 bilhões em capacidade de computação em nuvem com a Anthropic, startup fundada por ex-funcionários da OpenAI.',
    ['anthropic alphabet 20000000000'],
  ],
  [
    'es',
    'Anthropic, fundada por exmiembros de OpenAI, anunció un contrato de 20.000 millones de dólares en capacidad de computación en la nube.',
    [],
  ],
  [
    'de',
    'Anthropic, gegründet von ehemaligen Mitarbeitern von OpenAI, hat einen Cloud-Vertrag über 20 Milliarden Dollar unterzeichnet.',
    [],
  ],
  [
    'es',
    'OpenAI, que firmó con Oracle un contrato de 300.000 millones de dólares en capacidad de cómputo en la nube, contrató a exempleados de Google.',
    ['openai oracle 300000000000'],
  ],
  [
    'es',
    'Alphabet anunció un acuerdo con Anthropic por 20.000 millones de dólares en capacidad de computación en la nube, mientras OpenAI firmó con Oracle.',
    ['anthropic alphabet 20000000000'],
  ],
]);

/**
 * The rival whose dominance a deal is said to challenge ("desafiando el dominio de Nvidia", "a challenge to
 * Nvidia's dominance", "défiant la domination de Nvidia", "Nvidias Dominanz") is the market the deal is measured
 * against, no party: a cloud deal for TPUs never becomes a chip purchase from Nvidia. The same company named as
 * the seller before such words stays the seller.
 */
table('the rival whose dominance a deal challenges is no party', [
  [
    'es',
    'Google y Anthropic cierran un acuerdo de 20.000 millones de dólares por 1 millón de TPUs en la nube, desafiando el dominio de Nvidia.',
    ['anthropic alphabet 20000000000'],
  ],
  [
    'en',
    "Google and Anthropic sign a $20 billion cloud deal for one million TPUs, a challenge to Nvidia's dominance.",
    ['anthropic alphabet 20000000000'],
  ],
  [
    'fr',
    'Google et Anthropic signent un accord cloud de 20 milliards de dollars pour un million de TPU, défiant la domination de Nvidia.',
    ['anthropic alphabet 20000000000'],
  ],
  [
    'it',
    'Google e Anthropic firmano un accordo cloud da 20 miliardi di dollari per un milione di TPU, sfidando il dominio di Nvidia.',
    ['anthropic alphabet 20000000000'],
  ],
  [
    'pt',
    'Google e Anthropic fecham um acordo de nuvem de US$ 20 bilhões por 1 milhão de TPUs, desafiando o domínio da Nvidia.',
    ['anthropic alphabet 20000000000'],
  ],
  [
    'de',
    'Google und Anthropic schließen einen Cloud-Vertrag über 20 Milliarden Dollar für eine Million TPUs und fordern Nvidias Dominanz heraus.',
    ['anthropic alphabet 20000000000'],
  ],
  [
    'es',
    'Google y Anthropic cierran un acuerdo por 1 millón de TPUs, desafiando el dominio de Nvidia.',
    ['anthropic alphabet null'],
  ],
  [
    'es',
    'Anthropic acordó comprar chips de IA a Nvidia por 10.000 millones de dólares, lo que refuerza el dominio de Nvidia en el mercado.',
    ['anthropic nvidia 10000000000'],
  ],
]);
