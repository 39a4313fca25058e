// Kinds of error seen on real pages in round 42 (a teaser of another story, in a page's related-links block, lending
// its company to the article's sentence under it). Each kind is told again in invented sentences, in three languages
// or more: positives that must be found and near misses that must stay silent or keep their pair. Each row's wanted
// strings are prefixes of the printed mentions ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

eachKind({
  // "Lire aussi : - Comment Bluesky … ? - Elon Musk affirme que … Tesla …", then a subheading and "cet accord prévoit
  // le déploiement …": the teaser's company is no party of the article's deal, even when a teaser ends on a question.
  "a related link's teaser lends no party to the article under it": [
    [
      'fr',
      'Lambda a annoncé un accord de plusieurs milliards de dollars avec Microsoft.\nLire aussi :\n- Pourquoi Apple a-t-il repoussé le lancement de son nouveau casque de réalité mixte ?\n- Elon Musk affirme que Sam Altman a bien été remboursé par Tesla après avoir annulé sa commande\nUne collaboration majeure pour déployer des superordinateurs\nSelon le communiqué publié par Lambda, cet accord prévoit le déploiement de dizaines de milliers de GPU Nvidia.',
      ['microsoft lambda null signed'],
    ],
    [
      'en',
      'Lambda announced a multibillion-dollar agreement with Microsoft on Monday.\nRead also:\n- Why did Apple push back the launch of its new mixed-reality headset?\n- Elon Musk says Sam Altman was refunded by Tesla after cancelling his order for the car\nA major collaboration to deploy supercomputers\nAccording to the release Lambda published, the agreement covers the deployment of tens of thousands of Nvidia GPUs.',
      ['microsoft lambda null signed'],
    ],
    [
      'de',
      'Lambda hat eine milliardenschwere Vereinbarung mit Microsoft unterzeichnet.\nLesen Sie auch:\n- Warum verschiebt Apple den Marktstart seiner neuen Datenbrille?\n- Elon Musk sagt, Sam Altman habe von Tesla sein Geld für die stornierte Bestellung zurückbekommen\nEine große Zusammenarbeit für neue Supercomputer\nLaut der Mitteilung von Lambda sieht der Vertrag den Einsatz von Zehntausenden Nvidia-GPUs vor.',
      ['microsoft lambda null signed'],
    ],
    [
      'pt',
      'A Lambda anunciou um acordo de vários bilhões de dólares com a Microsoft.\nLeia também:\n- Por que a Apple adiou o lançamento dos seus novos óculos?\n- Elon Musk diz que a Tesla devolveu a Sam Altman o dinheiro da encomenda cancelada\nUma grande colaboração para supercomputadores\nSegundo o comunicado da Lambda, o contrato prevê a instalação de dezenas de milhares de GPUs da Nvidia.',
      ['microsoft lambda null signed'],
    ],
    // Near miss: a sentence of the article itself (no teaser block) still lends its pair to the next one.
    [
      'fr',
      'Tesla a signé un contrat de location de capacité de calcul avec CoreWeave.\nSelon le communiqué, cet accord prévoit le déploiement de dizaines de milliers de GPU Nvidia pour 2 milliards de dollars.',
      ['tesla coreweave 2000000000 signed'],
    ],
  ],
});
