// The error kinds of issue 8, each in at least three languages, with negatives that must stay silent. Every
// sentence is written for these tests. Expected: "buyer provider valueUsd status [kind] [total=runningTotalUsd]" as
// a prefix of each mention found (in order), or [] for none. The length is checked too: nothing else may come out.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';

type Input = Parameters<typeof extractMentions>[0];
type Case = [string, string[], Partial<Input>?];

const run = (text: string, extra: Partial<Input> = {}): string[] =>
  extractMentions({ ...extra, text }).map(
    (m) =>
      `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status} ${m.kind}${m.runningTotalUsd != null ? ` total=${m.runningTotalUsd}` : ''}`,
  );

function check([text, want, extra]: Case): void {
  const got = run(text, extra);
  expect(got, JSON.stringify(got)).toHaveLength(want.length);
  want.forEach((w, i) => {
    expect(got[i]!.startsWith(w), `${got[i]} should start with ${w}`).toBe(true);
  });
}

const each = (cases: Case[]): void => {
  for (const c of cases) it(c[0].slice(0, 70), () => check(c));
};

describe('the roundup of issue 8: two deals of one buyer in one sentence, each with its own status', () => {
  each([
    [
      "Selon des sources, xAI négocierait avec Oracle un contrat d'environ 15 milliards de dollars, quelques semaines après avoir signé un accord de 5 milliards avec Microsoft Azure.",
      ['xai oracle 15000000000 in_talks', 'xai microsoft 5000000000 signed'],
    ],
    [
      'According to people familiar with the matter, xAI is negotiating a cloud contract worth roughly $15 billion with Oracle, a few weeks after signing a $5 billion agreement with Microsoft Azure.',
      ['xai oracle 15000000000 in_talks', 'xai microsoft 5000000000 signed'],
    ],
    [
      'Laut Insidern verhandelt xAI mit Oracle über einen Cloud-Vertrag im Wert von rund 15 Milliarden Dollar, wenige Wochen nachdem das Unternehmen eine Vereinbarung über 5 Milliarden Dollar mit Microsoft Azure unterzeichnet hatte.',
      ['xai oracle 15000000000 in_talks', 'xai microsoft 5000000000 signed'],
    ],
    [
      'Según fuentes cercanas a la operación, xAI negocia con Oracle un contrato de computación en la nube de unos 15.000 millones de dólares, pocas semanas después de firmar un acuerdo de 5.000 millones con Microsoft Azure.',
      ['xai oracle 15000000000 in_talks', 'xai microsoft 5000000000 signed'],
    ],
    [
      'Secondo fonti vicine al dossier, xAI tratta con Oracle un contratto da circa 15 miliardi di dollari, poche settimane dopo aver firmato un accordo da 5 miliardi con Microsoft Azure.',
      ['xai oracle 15000000000 in_talks', 'xai microsoft 5000000000 signed'],
    ],
    [
      'Segundo fontes, a xAI negocia com a Oracle um contrato de cerca de US$ 15 bilhões, poucas semanas depois de assinar um acordo de US$ 5 bilhões com a Microsoft Azure.',
      ['xai oracle 15000000000 in_talks', 'xai microsoft 5000000000 signed'],
    ],
    // A roundup of suitors and a funding round: no pair signs anything.
    [
      'Oracle, Microsoft and Google Cloud have all been courting xAI, which raised $10 billion in new funding this month.',
      [],
    ],
    [
      'Oracle, Microsoft et Google Cloud courtisent tous xAI, qui a levé 10 milliards de dollars ce mois-ci.',
      [],
    ],
    [
      'Oracle, Microsoft y Google Cloud cortejan a xAI, que ha levantado 10.000 millones de dólares en una ronda de financiación.',
      [],
    ],
  ]);
});

describe('roles come from what the companies are and what the clause says, not from word order', () => {
  each([
    // The headline names the buyer first, then the neocloud.
    ['Meta inks $14 billion compute pact with neocloud CoreWeave', ['meta coreweave 14000000000 signed']],
    [
      'Meta signe un contrat de 14 milliards de dollars avec CoreWeave pour de la capacité de calcul.',
      ['meta coreweave 14000000000 signed'],
    ],
    [
      'Meta schließt mit CoreWeave einen Vertrag über Rechenleistung im Wert von 14 Milliarden Dollar.',
      ['meta coreweave 14000000000 signed'],
    ],
    // A hyperscaler is either: the clause decides.
    [
      'Anthropic will pay Microsoft $30 billion for Azure compute capacity over several years.',
      ['anthropic microsoft 30000000000 signed'],
    ],
    [
      'Microsoft taps Nebius for $17.4 billion of GPU capacity in a five-year contract.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'Nscale fournira à Microsoft de la capacité GPU dans le cadre d’un contrat de 6,2 milliards de dollars.',
      ['microsoft nscale 6200000000 signed'],
    ],
    [
      'Nscale fornirà a Microsoft capacità di calcolo con un contratto da 6,2 miliardi di dollari.',
      ['microsoft nscale 6200000000 signed'],
    ],
    [
      'Meta firma con CoreWeave un contrato de capacidad de cálculo de 14.000 millones de dólares.',
      ['meta coreweave 14000000000 signed'],
    ],
    [
      'A Meta fecha com a CoreWeave um contrato de capacidade de computação de US$ 14 bilhões.',
      ['meta coreweave 14000000000 signed'],
    ],
    // The neocloud named first in a headline is still the provider.
    ['CoreWeave and Meta: a $14 billion compute pact', ['meta coreweave 14000000000 signed']],
    // Two companies in a headline with no deal between them.
    ['Meta und CoreWeave: Aktien beider Konzerne fallen um 5 Prozent', []],
    ['CoreWeave e Meta, le azioni salgono dopo i conti trimestrali da 1,4 miliardi di dollari di ricavi', []],
  ]);
});

describe('aggregates and sums over several contracts are never a deal', () => {
  each([
    [
      'The three contracts together are worth nearly $30 billion in GPU capacity for Microsoft, Nebius and Nscale said.',
      [],
    ],
    [
      'Les trois contrats représentent ensemble près de 30 milliards de dollars de capacité GPU pour Microsoft, Nebius et Nscale.',
      [],
    ],
    [
      'Zusammen sind die drei Verträge über Rechenleistung von Microsoft mit Nebius und Nscale fast 30 Milliarden Dollar wert.',
      [],
    ],
    [
      'Los tres contratos de capacidad de Microsoft con Nebius y Nscale suman en conjunto casi 30.000 millones de dólares.',
      [],
    ],
    [
      'Nel complesso i tre contratti di capacità di Microsoft con Nebius e Nscale valgono quasi 30 miliardi di dollari.',
      [],
    ],
    [
      'Somados, os três contratos de capacidade da Microsoft com a Nebius e a Nscale valem quase US$ 30 bilhões.',
      [],
    ],
  ]);
});

describe('acquisitions, investments, plans and letters of intent are not capacity contracts', () => {
  each([
    [
      'CoreWeave rachète Core Scientific pour 9 milliards de dollars en actions afin de posséder ses centres de données.',
      [],
    ],
    [
      'CoreWeave agreed to acquire Core Scientific in an all-stock deal valued at $9 billion, adding 1.3 GW of data center capacity.',
      [],
    ],
    [
      'Nvidia to invest up to $100 billion in OpenAI as OpenAI deploys 10 GW of Nvidia systems in its data centers.',
      [],
    ],
    [
      'Nvidia will bis zu 100 Milliarden Dollar in OpenAI investieren; OpenAI soll dafür Rechenzentren mit 10 GW aufbauen.',
      [],
    ],
    [
      'Stargate plans to invest up to $500 billion in AI data center capacity with Oracle and SoftBank over four years.',
      [],
    ],
    ['Nvidia e OpenAI hanno firmato una lettera d’intenti per 10 gigawatt di sistemi di calcolo.', []],
    [
      'CoreWeave comprará Core Scientific por 9.000 millones de dólares en acciones para hacerse con sus centros de datos.',
      [],
    ],
    [
      'A Nvidia vai investir até US$ 100 bilhões na OpenAI, que vai implantar 10 GW de sistemas da Nvidia em seus data centers.',
      [],
    ],
  ]);
});

describe('hardware beside capacity: the purchase keeps its own parties and never lends them', () => {
  each([
    [
      'IREN signed a $9.7 billion AI cloud contract with Microsoft. IREN also agreed to buy GPUs from Dell for $5.8 billion.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'IREN a signé un contrat cloud de 9,7 milliards de dollars avec Microsoft. IREN achètera par ailleurs des GPU à Dell pour 5,8 milliards de dollars.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    // A chip brand in a product name is not a party.
    [
      'Microsoft signed a $9.7 billion contract with IREN for cloud capacity running Nvidia GB300 systems.',
      ['microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'Microsoft hat mit IREN einen Cloud-Vertrag über 9,7 Milliarden Dollar für Rechenleistung auf Nvidia-GB300-Systemen geschlossen.',
      ['microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'IREN firmó un contrato de nube de 9.700 millones de dólares con Microsoft. Además, IREN comprará GPU a Dell por 5.800 millones de dólares.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'A IREN assinou um contrato de nuvem de US$ 9,7 bilhões com a Microsoft. A IREN também vai comprar GPUs da Dell por US$ 5,8 bilhões.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'Microsoft ha firmato con IREN un contratto cloud da 9,7 miliardi di dollari per capacità di calcolo su sistemi Nvidia GB300.',
      ['microsoft iren 9700000000 signed gpu_cloud'],
    ],
    // A spending plan on chips for one's own data centers is no deal with the chip maker.
    ['Microsoft will spend $5 billion on Nvidia GB300 systems for its own data centers next year.', []],
    [
      'Microsoft achètera pour 5 milliards de dollars de systèmes Nvidia GB300 pour ses propres centres de données.',
      [],
    ],
  ]);
});

describe('lists of deals: one deal per line, with the buyer named in the lead', () => {
  each([
    [
      'Microsoft signed GPU capacity contracts with several neoclouds this year:\n• Nebius → $17.4B\n• Nscale → $14B\n• IREN → $9.7B\n',
      [
        'microsoft nebius 17400000000 signed',
        'microsoft nscale 14000000000 signed',
        'microsoft iren 9700000000 signed',
      ],
    ],
    [
      'Microsoft a signé cette année des contrats de capacité GPU avec plusieurs néoclouds :\n• Nebius : 17,4 milliards de dollars\n• Nscale : 14 milliards de dollars\n',
      ['microsoft nebius 17400000000 signed', 'microsoft nscale 14000000000 signed'],
    ],
    [
      'Meta ha firmado contratos de computación con varios proveedores en la nube:\n * CoreWeave: 14.200 millones de dólares\n * Nebius: 3.000 millones de dólares\n',
      ['meta coreweave 14200000000 signed', 'meta nebius 3000000000 signed'],
    ],
    [
      'Microsoft hat in diesem Jahr Verträge über GPU-Kapazität mit mehreren Neoclouds geschlossen:\n• Nebius: 17,4 Milliarden Dollar\n• Nscale: 14 Milliarden Dollar\n',
      ['microsoft nebius 17400000000 signed', 'microsoft nscale 14000000000 signed'],
    ],
    [
      'Microsoft ha firmato quest’anno contratti di capacità GPU con diversi neocloud:\n• Nebius: 17,4 miliardi di dollari\n• IREN: 9,7 miliardi di dollari\n',
      ['microsoft nebius 17400000000 signed', 'microsoft iren 9700000000 signed'],
    ],
    [
      'A Meta fechou contratos de computação com vários provedores de nuvem:\n• CoreWeave: US$ 14,2 bilhões\n• Nebius: US$ 3 bilhões\n',
      ['meta coreweave 14200000000 signed', 'meta nebius 3000000000 signed'],
    ],
    // A list of plans and capital spending, with no buyer and no provider.
    ['Biggest AI data center deals of the year:\n• Stargate: $500B plan\n• Meta: $600B capex\n', []],
    [
      'Les plus gros investissements de l’année :\n• Stargate : plan de 500 milliards de dollars\n• Meta : 600 milliards de dollars d’investissements\n',
      [],
    ],
    [
      'Las mayores inversiones del año:\n• Stargate: plan de 500.000 millones de dólares\n• Meta: 600.000 millones de inversión\n',
      [],
    ],
  ]);
});

describe('status words in every language', () => {
  each([
    [
      'Talks on a $10 billion GPU capacity contract between Microsoft and Nebius have stalled.',
      ['microsoft nebius 10000000000 in_talks'],
    ],
    [
      'Microsoft has scrapped its $10 billion GPU capacity contract with Nebius.',
      ['microsoft nebius 10000000000 terminated'],
    ],
    [
      'Microsoft aurait signé un contrat de capacité GPU de 10 milliards de dollars avec Nebius.',
      ['microsoft nebius 10000000000 reported'],
    ],
    [
      'Laut Insidern hat Microsoft mit Nebius einen Vertrag über Rechenleistung von 10 Milliarden Dollar geschlossen.',
      ['microsoft nebius 10000000000 reported'],
    ],
    [
      'Según fuentes del sector, Microsoft ha firmado con Nebius un contrato de capacidad de 10.000 millones de dólares.',
      ['microsoft nebius 10000000000 reported'],
    ],
    [
      'Microsoft put its $10 billion GPU capacity contract with Nebius on hold.',
      ['microsoft nebius 10000000000 in_talks'],
    ],
    [
      'Microsoft is nearing a $10 billion GPU capacity deal with Nebius.',
      ['microsoft nebius 10000000000 in_talks'],
    ],
    [
      'Under the deal, which would be worth $10 billion, Nebius would provide GPU capacity to Microsoft, people familiar said.',
      ['microsoft nebius 10000000000 reported'],
    ],
    [
      'Selon Bloomberg, Microsoft a signé un contrat de capacité GPU de 10 milliards de dollars avec Nebius.',
      ['microsoft nebius 10000000000 reported'],
    ],
    [
      'Die Verhandlungen zwischen Microsoft und Nebius über einen Vertrag für Rechenleistung von 10 Milliarden Dollar liegen auf Eis.',
      ['microsoft nebius 10000000000 in_talks'],
    ],
    [
      'Microsoft rescindió su contrato de capacidad GPU de 10.000 millones de dólares con Nebius.',
      ['microsoft nebius 10000000000 terminated'],
    ],
    [
      'Microsoft ha annullato il contratto di capacità GPU da 10 miliardi di dollari con Nebius.',
      ['microsoft nebius 10000000000 terminated'],
    ],
    [
      'A Microsoft cancelou o contrato de capacidade de GPU de US$ 10 bilhões com a Nebius.',
      ['microsoft nebius 10000000000 terminated'],
    ],
    // Talks that ended without an amount or a contract: nothing to report.
    ['Microsoft and Nebius have ended talks about a GPU capacity partnership, the companies said.', []],
    ['Microsoft e Nebius hanno interrotto i colloqui su una possibile collaborazione per capacità GPU.', []],
    ['A Microsoft e a Nebius encerraram as conversas sobre uma possível parceria de capacidade de GPU.', []],
    ['Microsoft und Nebius haben die Gespräche über eine Partnerschaft für GPU-Kapazität beendet.', []],
  ]);
});

describe('expansions across sentences: the increment is the value, the running total beside it, status expanded', () => {
  each([
    [
      'CoreWeave signed an $11.9 billion contract with OpenAI in March. In May, OpenAI expanded that agreement by $4 billion, bringing the total value to $15.9 billion.',
      ['openai coreweave 4000000000 expanded gpu_cloud total=15900000000'],
    ],
    [
      'Nebius a signé en septembre un contrat de 17,4 milliards de dollars avec Microsoft. Microsoft a étendu ce contrat de 2 milliards de dollars, portant sa valeur totale à 19,4 milliards de dollars.',
      // The September contract is told with its own date and amount: a contract of the pair too (session 49).
      [
        'microsoft nebius 2000000000 expanded gpu_cloud total=19400000000',
        'microsoft nebius 17400000000 signed gpu_cloud',
      ],
    ],
    [
      'TeraWulf hat mit Fluidstack einen Mietvertrag über 3,7 Milliarden Dollar geschlossen. Fluidstack hat den Vertrag nun um 3 Milliarden Dollar erweitert, das Gesamtvolumen steigt damit auf 6,7 Milliarden Dollar.',
      ['fluidstack terawulf 3000000000 expanded datacenter_lease total=6700000000'],
    ],
    [
      'CoreWeave firmó con Meta un contrato de capacidad de 14.200 millones de dólares. Meta amplió después el acuerdo en 2.000 millones de dólares, lo que eleva el total a 16.200 millones.',
      ['meta coreweave 2000000000 expanded gpu_cloud total=16200000000'],
    ],
    [
      'Applied Digital ha firmato con CoreWeave due contratti di locazione da 7 miliardi di dollari. CoreWeave ha poi ampliato l’accordo di 4 miliardi di dollari, portando il valore complessivo a circa 11 miliardi.',
      ['coreweave applied-digital 4000000000 expanded datacenter_lease total=11000000000'],
    ],
    [
      'A CoreWeave assinou com a OpenAI um contrato de US$ 11,9 bilhões. A OpenAI ampliou depois o acordo em US$ 4 bilhões, elevando o valor total para US$ 15,9 bilhões.',
      ['openai coreweave 4000000000 expanded gpu_cloud total=15900000000'],
    ],
    // A total over several partners' contracts is no running total of one deal, with or without a sum word of
    // its own: the list of named counterparties makes it several contracts.
    ["OpenAI's compute contracts with CoreWeave, Oracle and Microsoft now total more than $350 billion.", []],
    [
      "Les contrats de calcul d'OpenAI avec CoreWeave, Oracle et Microsoft totalisent désormais plus de 350 milliards de dollars.",
      [],
    ],
    [
      'Los contratos de computación de OpenAI con CoreWeave, Oracle y Microsoft suman ya más de 350.000 millones de dólares.',
      [],
    ],
    [
      'Os contratos de computação da OpenAI com a CoreWeave, a Oracle e a Microsoft já somam mais de US$ 350 bilhões.',
      [],
    ],
    // The sum drops only its own amount: a deal in another clause of the sentence stays.
    [
      "OpenAI's compute contracts with CoreWeave, Oracle and Microsoft now total more than $350 billion, after it signed a $38 billion deal with Amazon.",
      ['openai amazon 38000000000 signed'],
    ],
    [
      'Die Rechenleistungsverträge von OpenAI mit CoreWeave, Oracle und Microsoft summieren sich inzwischen auf mehr als 350 Milliarden Dollar.',
      [],
    ],
    [
      'I contratti di calcolo di OpenAI con CoreWeave, Oracle e Microsoft superano ormai complessivamente i 350 miliardi di dollari.',
      [],
    ],
  ]);
});

describe('multi-party leases: the tenant buys, the landlord provides; the guarantor and the end user are no party', () => {
  each([
    // The guarantee is re-bound to the landlord it protects; the lease stays the tenant's.
    [
      'Cipher Mining signed a ten-year lease with Fluidstack worth about $3 billion for its Barber Lake site, and Google agreed to backstop $1.4 billion of Fluidstack’s lease obligations.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    // The guarantee's words are its own clause's: the lease beside it stays a lease.
    [
      "Cipher Mining signed a ten-year lease with Fluidstack worth about $3 billion, and Google agreed to backstop $1.4 billion of Fluidstack's lease obligations.",
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'Cipher Mining firmó con Fluidstack un contrato de arrendamiento a diez años de unos 3.000 millones de dólares, y Google respalda 1.400 millones de dólares de las obligaciones de alquiler de Fluidstack.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'Cipher Mining a signé avec Fluidstack un bail de dix ans d’environ 3 milliards de dollars ; Google garantit 1,4 milliard de dollars des obligations locatives de Fluidstack.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'Cipher Mining hat mit Fluidstack einen Mietvertrag über zehn Jahre im Wert von rund 3 Milliarden Dollar geschlossen; Google sichert 1,4 Milliarden Dollar der Mietzahlungen von Fluidstack ab.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'TeraWulf ha firmato con Fluidstack un contratto di locazione di dieci anni da 3,7 miliardi di dollari; Google garantisce 1,8 miliardi degli obblighi di locazione di Fluidstack.',
      [
        'fluidstack terawulf 3700000000 signed datacenter_lease',
        'alphabet terawulf 1800000000 signed capacity_backstop',
      ],
    ],
    [
      'A Cipher Mining assinou com a Fluidstack um contrato de arrendamento de dez anos de cerca de US$ 3 bilhões; o Google garante US$ 1,4 bilhão das obrigações de aluguel da Fluidstack.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    // The end user the tenant serves is no party of the lease.
    [
      'Applied Digital will lease 250 MW at its Ellendale campus to CoreWeave under 15-year leases worth about $7 billion; CoreWeave will use the capacity to serve Microsoft.',
      ['coreweave applied-digital 7000000000 signed datacenter_lease'],
    ],
    [
      'Hut 8 arrendará su campus River Bend a Fluidstack en un contrato de arrendamiento de unos 7.000 millones de dólares a 15 años, para un clúster que utilizará Anthropic.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    // A leasing verb is the deal: the landlord provides, its "a X" object is the tenant; the end user is no party.
    [
      'Hut 8 arrendará su centro de datos River Bend a Fluidstack por unos 7.000 millones de dólares en 15 años, para un clúster que utilizará Anthropic.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'Hut 8 affitterà il suo data center River Bend a Fluidstack per circa 7 miliardi di dollari in 15 anni, per un cluster che userà Anthropic.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'A Hut 8 vai arrendar seu data center River Bend à Fluidstack por cerca de US$ 7 bilhões em 15 anos, para um cluster que a Anthropic vai usar.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      "Hut 8 louera son centre de données River Bend à Fluidstack pour environ 7 milliards de dollars sur 15 ans, pour un cluster qu'utilisera Anthropic.",
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'Hut 8 vermietet sein Rechenzentrum River Bend für rund 7 Milliarden Dollar über 15 Jahre an Fluidstack, für einen Cluster, den Anthropic nutzen wird.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    // A guarantee or an end use without an amount: no deal.
    [
      'Google will backstop part of Fluidstack’s lease obligations at the Cipher Mining site, the companies said.',
      [],
    ],
    ['CoreWeave utilisera la capacité louée chez Applied Digital pour servir Microsoft.', []],
  ]);
});
