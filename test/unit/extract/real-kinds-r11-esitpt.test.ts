// Kinds of error seen on real Spanish, Italian and Portuguese pages (national business press, Brazilian market news,
// translated wire copy, tech blogs) about compute-capacity deals, each told again in invented sentences in six
// languages: near misses that must stay silent and positives that must still be found. Each row's wanted strings
// are prefixes of the printed mentions ("buyer provider valueUsd"), in order.
import { describe } from 'vitest';
import { eachFamily, type Family } from './mention-cases';

function table(title: string, rows: readonly Family[]): void {
  describe(title, () => eachFamily(rows));
}

/**
 * A count of contracts closed by a participle that sums them ("dois novos contratos com neoclouds, somando mais de
 * US$ 10 bilhões", "deux nouveaux contrats, totalisant", "due nuovi contratti, per un totale di"): the amount is a
 * sum over several counterparties, never the value of the pair named in the sentence before. One contract
 * "totalizando" its own value is still that contract's.
 */
table('a count of contracts closed by a summing participle is an aggregate', [
  [
    'pt',
    'A Microsoft já contratou a Nscale para capacidade no Texas. Na segunda-feira, a Microsoft anunciou dois novos contratos com neoclouds, somando mais de US$ 10 bilhões.',
    [],
  ],
  [
    'pt',
    'A Microsoft já contratou a Nscale para capacidade no Texas. Na segunda-feira, a Microsoft anunciou dois novos contratos com neoclouds, totalizando mais de US$ 10 bilhões.',
    [],
  ],
  [
    'es',
    'Microsoft ya había contratado a Nscale para capacidad en Texas. El lunes, Microsoft anunció dos nuevos contratos con neoclouds, sumando más de 10.000 millones de dólares.',
    [],
  ],
  [
    'it',
    'Microsoft aveva già scelto Nscale per capacità in Texas. Lunedì Microsoft ha annunciato due nuovi contratti con neocloud, per un totale di oltre 10 miliardi di dollari.',
    [],
  ],
  [
    'fr',
    'Microsoft a déjà retenu Nscale pour de la capacité au Texas. Lundi, Microsoft a annoncé deux nouveaux contrats avec des néoclouds, totalisant plus de 10 milliards de dollars.',
    [],
  ],
  [
    'en',
    'Microsoft has already committed to Nscale for capacity in Texas. On Monday Microsoft announced two new contracts with neoclouds, totalling more than $10 billion.',
    [],
  ],
  [
    'de',
    'Microsoft hat bereits Nscale für Kapazität in Texas verpflichtet. Am Montag kündigte Microsoft zwei neue Verträge mit Neoclouds an, die sich auf mehr als 10 Milliarden Dollar summieren.',
    [],
  ],
  [
    'pt',
    'Na segunda-feira, a Microsoft anunciou um novo contrato com a Nscale, totalizando US$ 10 bilhões em cinco anos.',
    ['microsoft nscale 10000000000'],
  ],
  [
    'es',
    'El lunes, Microsoft firmó un contrato con Nscale sumando 10.000 millones de dólares en cinco años.',
    ['microsoft nscale 10000000000'],
  ],
]);

/**
 * Money put into a company named after a short description of it ("aportou US$ 1 bilhão na então organização sem
 * fins lucrativos OpenAI", "put $1 billion into OpenAI", "inyectó … en la entonces organización sin ánimo de lucro
 * OpenAI") buys a stake, even when the investor is also the company's cloud: no capacity contract's value.
 */
table('money put into a company, named after its description, is a stake', [
  [
    'pt',
    'Em 2019, a Microsoft aportou US$ 1 bilhão na então organização sem fins lucrativos OpenAI e tornou-se provedora exclusiva de nuvem para a companhia.',
    [],
  ],
  [
    'pt',
    'Em 2019 a Microsoft injetou US$ 1 bilhão na startup OpenAI, que passou a usar a nuvem Azure com exclusividade.',
    [],
  ],
  [
    'es',
    'En 2019, Microsoft aportó 1.000 millones de dólares a OpenAI y se convirtió en su proveedor exclusivo de nube.',
    [],
  ],
  [
    'es',
    'En 2019 Microsoft inyectó 1.000 millones de dólares en la entonces organización sin ánimo de lucro OpenAI, que pasó a usar Azure en exclusiva.',
    [],
  ],
  [
    'it',
    'Nel 2019 Microsoft ha apportato 1 miliardo di dollari a OpenAI, diventandone il fornitore cloud esclusivo.',
    [],
  ],
  ['en', 'In 2019 Microsoft put $1 billion into OpenAI and became its exclusive cloud provider.', []],
  [
    'fr',
    'En 2019, Microsoft a apporté 1 milliard de dollars à OpenAI et est devenu son fournisseur cloud exclusif.',
    [],
  ],
  [
    'de',
    '2019 steckte Microsoft 1 Milliarde Dollar in OpenAI und wurde dessen exklusiver Cloud-Anbieter.',
    [],
  ],
  [
    'en',
    'Microsoft poured $2 billion into CoreWeave capacity under a five-year contract.',
    ['microsoft coreweave 2000000000'],
  ],
  [
    'pt',
    'A OpenAI fechou com a Oracle um contrato de US$ 30 bilhões em serviços de nuvem, depois que a Microsoft investiu na startup.',
    ['openai oracle 30000000000'],
  ],
]);

/**
 * A company opening a contrasting clause after a comma ("…, enquanto a Lambda firmou um acordo com a empresa",
 * "…, while Lambda…", "…, mientras que Lambda…") is that clause's subject, no party of the amount told before the
 * comma; when that clause has its own figure it keeps its own deal.
 */
table('a company opening a contrasting clause is no party of the amount before it', [
  [
    'pt',
    'A australiana Iren vai alugar acesso a chips por US$ 9,7 bilhões, enquanto a Lambda firmou um acordo de múltiplos bilhões com a empresa.',
    [],
  ],
  [
    'es',
    'La australiana Iren alquilará acceso a chips por 9.700 millones de dólares, mientras que Lambda cerró un acuerdo multimillonario con la compañía.',
    [],
  ],
  [
    'it',
    "L'australiana Iren affitterà l'accesso ai chip per 9,7 miliardi di dollari, mentre Lambda ha firmato un accordo multimiliardario con il gruppo.",
    [],
  ],
  [
    'en',
    'Australia-based Iren will rent out chip access for $9.7 billion, while Lambda signed a multibillion-dollar deal with the company.',
    [],
  ],
  [
    'fr',
    "L'australien Iren louera l'accès à des puces pour 9,7 milliards de dollars, tandis que Lambda a signé un accord de plusieurs milliards avec le groupe.",
    [],
  ],
  [
    'de',
    'Der australische Anbieter Iren vermietet Zugang zu Chips für 9,7 Milliarden Dollar, während Lambda eine Vereinbarung in Milliardenhöhe mit dem Konzern schloss.',
    [],
  ],
  [
    'pt',
    'A Microsoft assinou com a Iren um contrato de US$ 9,7 bilhões por capacidade de GPU, enquanto a Lambda firmou um acordo de múltiplos bilhões com a empresa.',
    ['microsoft iren 9700000000'],
  ],
  [
    'es',
    'Microsoft firmó con Iren un contrato de 9.700 millones de dólares, mientras que Meta contrató a Nebius por 3.000 millones de dólares.',
    ['microsoft iren 9700000000', 'meta nebius 3000000000'],
  ],
]);

/**
 * An amount in another currency ("R$ 100 bilhões", "C$ 2 billion", "MX$ 40.000 millones") is never a dollar amount,
 * even shortly after one whose currency a bare scaled figure would inherit.
 */
table('an amount in reais or another dollar is not US dollars', [
  [
    'pt',
    'Nebius fecha com a Microsoft contrato de até US$ 19,4 bilhões; em reais, valor passa de R$ 100 bilhões',
    ['microsoft nebius 19400000000'],
  ],
  [
    'pt',
    'A Nebius assinou com a Microsoft um contrato de capacidade de GPU de R$ 93 bilhões, segundo a imprensa local.',
    [],
  ],
  [
    'en',
    'Nebius signed a GPU capacity contract with Microsoft; in Canadian terms the deal is worth C$ 24 billion.',
    ['microsoft nebius null signed'],
  ],
  [
    'es',
    'Nebius firmó con Microsoft un contrato de capacidad de GPU por MX$ 320.000 millones, según la prensa mexicana.',
    ['microsoft nebius null reported'],
  ],
  [
    'es',
    'En 2019, Microsoft aportó 1.000 millones de dólares a la entonces organización sin ánimo de lucro OpenAI y se convirtió en su proveedor exclusivo de nube.',
    [],
  ],
  [
    'it',
    'Nel 2019 Microsoft ha apportato 1 miliardo di dollari alla startup OpenAI, diventandone il fornitore cloud esclusivo.',
    [],
  ],
]);
