// Two recall kinds of a results story or a filing digest: a company named only as the party of another contract
// set beside the deal ("in addition to the Microsoft contract") is no party of its amount, and a shareholder letter
// ("lettre aux actionnaires", "Aktionärsbrief") is a document that reports a deal, not a stake. Every sentence is
// written for these tests.
import { describe } from 'vitest';
import { each } from './mention-cases';

describe('the party of another contract set beside the deal is no party of its amount', () => {
  each([
    [
      'Nebius Group (NBIS) — 6-K\n\nThe quarterly letter confirms a five-year agreement of roughly $3 billion with Meta for AI infrastructure, in addition to the Microsoft contract signed in September.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'Nebius a conclu avec Meta un accord de cinq ans d’environ 3 milliards de dollars, en plus du contrat avec Microsoft signé en septembre.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'Nebius hat mit Meta einen Fünfjahresvertrag über rund 3 Milliarden Dollar abgeschlossen, zusätzlich zum Microsoft-Vertrag aus dem September.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'Nebius cerró con Meta un acuerdo a cinco años de unos 3.000 millones de dólares, además del contrato con Microsoft firmado en septiembre.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'Nebius ha siglato con Meta un accordo quinquennale da circa 3 miliardi di dollari, oltre al contratto con Microsoft firmato a settembre.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'A Nebius fechou com a Meta um acordo de cinco anos de cerca de 3 mil milhões de dólares, além do contrato com a Microsoft assinado em setembro.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    // The same pair's own contract ("its existing contract with Nebius") is grown, and its party stays one.
    [
      'Meta will spend a further $3 billion with Nebius, in addition to its existing contract with Nebius.',
      ['meta nebius 3000000000 expanded'],
    ],
  ]);
});

describe('a shareholder letter reports a deal; it is no stake', () => {
  each([
    [
      'Nebius (NBIS): the shareholder letter confirms a $3 billion agreement with Meta for AI capacity.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'Dans sa lettre aux actionnaires, Nebius confirme un contrat de 3 milliards de dollars avec Meta pour de la capacité de calcul.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'Im Aktionärsbrief bestätigt Nebius einen Vertrag über 3 Milliarden Dollar mit Meta für Rechenkapazität.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'En su carta a los accionistas, Nebius confirma un contrato de 3.000 millones de dólares con Meta para capacidad de cómputo.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'Nella lettera agli azionisti Nebius conferma un contratto da 3 miliardi di dollari con Meta per capacità di calcolo.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'Na carta aos acionistas, a Nebius confirma um contrato de 3 mil milhões de dólares com a Meta para capacidade de computação.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    // A shareholder that puts money in is still an investment, no deal.
    ['Nvidia, a shareholder of Nebius, put $700 million into the cloud company this year.', []],
    ['Nvidia, actionnaire de Nebius, a investi 700 millions de dollars dans le spécialiste du cloud.', []],
    ['Nvidia ist Aktionär von Nebius und hat 700 Millionen Dollar in den Cloud-Anbieter gesteckt.', []],
  ]);
});
