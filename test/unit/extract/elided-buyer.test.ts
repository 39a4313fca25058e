// A purchase told with its buyer left unsaid right after the deal it serves: the subject of the sentence before
// buys from the named seller, not the article's subject and not the earlier deal's customer; a decimal comma in
// the earlier sentence opens no clause. Every sentence is written for these tests.
import { describe } from 'vitest';
import { each } from './mention-cases';

describe('a purchase with its buyer left unsaid buys for the deal of the sentence before', () => {
  each([
    [
      'IREN confirms a $9.7 billion GPU cloud contract with Microsoft. To deliver it, it will buy servers from Dell for about $5.8 billion.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'IREN confirme un contrat de cloud GPU de 9,7 milliards de dollars avec Microsoft. Pour l’honorer, il achètera des serveurs à Dell pour environ 5,8 milliards.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'IREN conferma un contratto cloud GPU da 9,7 miliardi di dollari con Microsoft. Per onorarlo comprerà apparecchiature da Dell per circa 5,8 miliardi.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'IREN confirma un contrato de nube GPU de 9.700 millones de dólares con Microsoft. Para cumplirlo comprará servidores a Dell por unos 5.800 millones.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'A IREN confirma um contrato de nuvem GPU de 9,7 mil milhões de dólares com a Microsoft. Para cumpri-lo, comprará servidores à Dell por cerca de 5,8 mil milhões de dólares.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    // The sentence that names its own buyer keeps it.
    [
      'IREN confirms a $9.7 billion GPU cloud contract with Microsoft. Separately, Lambda will buy servers from Dell for about $1.2 billion.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'lambda dell 1200000000 signed hardware'],
    ],
  ]);
});
