// Non-deal amounts, aggregates, investments and options of issue 8 (precision): an amount beside a named pair that
// is not that pair's contract. Each kind in at least three languages, with negatives that must stay silent and
// positives that must keep their value. Every sentence is written for these tests.
// Expected: "buyer provider valueUsd status" as a prefix of each mention found (in order), or [] for none.
import { describe, expect, it } from 'vitest';
import { each, run } from './mention-cases';

describe("money put into a company (a stake bought, a German separable verb, a relative clause) is no contract's value", () => {
  each([
    [
      'Anthropic kauft für 30 Milliarden Dollar Rechenleistung bei Microsoft Azure. Dafür steigen Microsoft mit bis zu fünf Milliarden Dollar und Nvidia mit bis zu zehn Milliarden Dollar bei dem Start-up ein.',
      ['anthropic microsoft 30000000000 signed'],
    ],
    [
      'Nvidia steigt mit zwei Milliarden Dollar bei Nebius ein, das Rechenkapazität an Microsoft vermietet.',
      [],
    ],
    [
      'A Anthropic vai comprar US$ 30 bilhões em capacidade de nuvem da Microsoft. O Google, que já aplicou US$ 3 bilhões na Anthropic, segue como fornecedor de TPUs.',
      ['anthropic microsoft 30000000000 signed'],
    ],
    [
      'Anthropic comprará 30.000 millones de dólares de capacidad de nube a Microsoft. Amazon, que ya inyectó 8.000 millones en Anthropic, sigue siendo su socio de entrenamiento en la nube.',
      ['anthropic microsoft 30000000000 signed'],
    ],
    [
      'Anthropic acquisterà da Microsoft capacità cloud per 30 miliardi di dollari. Amazon, che ha già iniettato 8 miliardi in Anthropic, resta il suo partner cloud principale.',
      ['anthropic microsoft 30000000000 signed'],
    ],
  ]);
});

describe('a stake valued at an amount is what the stake is worth, not a contract', () => {
  each([
    [
      'Microsoft detiene circa il 27 % di OpenAI, una quota valutata circa 135 miliardi di dollari, e fornisce calcolo su Azure.',
      [],
    ],
    [
      "Microsoft détient environ 27 % d'OpenAI, une participation valorisée à quelque 135 milliards de dollars, et lui fournit du calcul sur Azure.",
      [],
    ],
    [
      'Microsoft holds about 27% of OpenAI, a stake valued at roughly $135 billion, and supplies it with Azure compute.',
      [],
    ],
    [
      'Microsoft hält rund 27 Prozent an OpenAI, eine Beteiligung im Wert von etwa 135 Milliarden Dollar, und liefert Rechenleistung über Azure.',
      [],
    ],
  ]);
});

describe("remaining performance obligations (backlog) in six languages are no one contract's value", () => {
  each([
    [
      'Oracle cerró el trimestre con obligaciones de desempeño pendientes por 523.000 millones de dólares gracias a sus contratos de nube con OpenAI.',
      [],
    ],
    [
      'A Oracle informou que suas obrigações de desempenho remanescentes chegaram a US$ 455 bilhões com o contrato de nuvem da OpenAI.',
      [],
    ],
    [
      "Les obligations de prestation restantes d'Oracle atteignent 455 milliards de dollars grâce au contrat de cloud signé avec OpenAI.",
      [],
    ],
    [
      'Gli obblighi di prestazione residui di Oracle salgono a 455 miliardi di dollari grazie al contratto cloud con OpenAI.',
      [],
    ],
  ]);
});

describe("an option's ceiling (renewals, additional services, a conditional verb) is neither the value nor a second deal", () => {
  each([
    [
      'Hut 8 ha firmato con Fluidstack un contratto di locazione da 245 MW. Il periodo base vale circa 7 miliardi di dollari; con tutte le opzioni di rinnovo si arriverebbe a 17,7 miliardi.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'Hut 8 firmó con Fluidstack un contrato de arrendamiento de 245 MW. El plazo inicial vale unos 7.000 millones de dólares; con todas las renovaciones llegaría a 17.700 millones.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'A Hut 8 assinou com a Fluidstack um contrato de arrendamento de 245 MW. O prazo inicial vale cerca de US$ 7 bilhões; com todas as renovações chegaria a US$ 17,7 bilhões.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'Hut 8 a signé avec Fluidstack un bail de 245 MW. La période initiale vaut environ 7 milliards de dollars ; avec tous les renouvellements, le contrat atteindrait 17,7 milliards.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'Nebius will supply Microsoft with dedicated GPU capacity under a contract worth $17.4 billion through 2031 (up to $19.4 billion if Microsoft buys additional services).',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'Microsoft hat mit Nebius einen Vertrag über Rechenkapazität geschlossen. Der Grundwert liegt bei 17,4 Milliarden Dollar; bucht Microsoft zusätzliche Leistungen, steigt er auf bis zu 19,4 Milliarden Dollar.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'Nebius suministrará capacidad de GPU a Microsoft por 17.400 millones de dólares hasta 2031, y hasta 19.400 millones si Microsoft contrata servicios adicionales.',
      ['microsoft nebius 17400000000 signed'],
    ],
  ]);
});

describe("a deposit paid to hold chips or a place is no contract's value", () => {
  each([
    [
      'Meta is in talks to lease the site from Crusoe. Nvidia has paid Crusoe a $150 million deposit so that its chips go into the new data center buildings.',
      // The talks to lease the site are a deal in talks (real-kinds-r24); the deposit lends it no value.
      ['meta crusoe null in_talks'],
    ],
    [
      'Meta négocie la location du site avec Crusoe. Nvidia a versé à Crusoe un acompte de 150 millions de dollars pour que ses puces équipent les nouveaux bâtiments du centre de données.',
      // Read as the English row since the forty-ninth session ("négocie … la location de").
      ['meta crusoe null in_talks'],
    ],
    [
      'Meta verhandelt mit Crusoe über die Anmietung des Geländes. Nvidia hat Crusoe eine Anzahlung von 150 Millionen Dollar geleistet, damit seine Chips in die neuen Rechenzentrumsgebäude kommen.',
      [],
    ],
  ]);
});

describe("project financing for a site leased to a tenant: the lease is kept without the loan's amount", () => {
  each([
    [
      'Galaxy Digital cerró una financiación de proyecto de 1.400 millones de dólares para su campus de centros de datos Helios, arrendado por completo a CoreWeave.',
      ['coreweave galaxy-digital null signed'],
    ],
    [
      'Galaxy Digital ha chiuso un finanziamento di progetto da 1,4 miliardi di dollari per il campus di data center Helios, affittato interamente a CoreWeave.',
      ['coreweave galaxy-digital null signed'],
    ],
    [
      'Galaxy Digital closed $1.4 billion of project financing for its Helios data center campus, leased in full to CoreWeave.',
      ['coreweave galaxy-digital null signed'],
    ],
  ]);
});

describe("the largest share of a buyer's commitments, told as a total, is no one contract's value", () => {
  each([
    [
      'A Microsoft já se comprometeu com mais de US$ 60 bilhões em contratos com provedores de nuvem. A maior fatia vai para a Nscale: cerca de US$ 23 bilhões no total, por chips GB300 em centros de dados.',
      [],
    ],
    [
      'Microsoft has committed more than $60 billion to cloud providers. The largest slice goes to Nscale: about $23 billion in total, for GB300 chips in several data centers.',
      [],
    ],
    [
      'Microsoft a engagé plus de 60 milliards de dollars auprès de fournisseurs de cloud. La plus grosse part revient à Nscale : environ 23 milliards de dollars au total, pour des puces GB300 dans plusieurs centres de données.',
      [],
    ],
    [
      'Microsoft hat Cloud-Anbietern mehr als 60 Milliarden Dollar zugesagt. Der größte Anteil geht an Nscale: rund 23 Milliarden Dollar insgesamt, für GB300-Chips in mehreren Rechenzentren.',
      [],
    ],
    [
      'Nebius signed a contract with Microsoft for GPU capacity worth $17.4 billion in total.',
      ['microsoft nebius 17400000000 signed'],
    ],
  ]);
});

describe("a landlord's projection on a condition of full use is no contract's value; without the condition it is", () => {
  each([
    [
      'CoreWeave signed a second lease for 260 MW at Helios with Galaxy Digital. Galaxy puts revenue from the leases at about $15 billion over the term if the campus runs full.',
      ['coreweave galaxy-digital null expanded'],
    ],
    [
      'CoreWeave a signé avec Galaxy Digital un deuxième bail de 260 MW sur le campus Helios. Galaxy en attend environ 15 milliards de dollars sur la durée si le campus tourne à plein.',
      ['coreweave galaxy-digital null expanded'],
    ],
    [
      'CoreWeave hat mit Galaxy Digital einen zweiten Mietvertrag über 260 Megawatt in Helios unterschrieben. Galaxy rechnet über die Laufzeit mit rund 15 Milliarden Dollar, wenn der Campus voll ausgelastet ist.',
      ['coreweave galaxy-digital null signed'],
    ],
    [
      'CoreWeave firmó con Galaxy Digital un segundo arrendamiento de 260 MW en Helios por unos 15.000 millones de dólares si el campus opera a plena capacidad.',
      ['coreweave galaxy-digital null signed'],
    ],
    [
      'CoreWeave signed a lease with Galaxy Digital for the full 800 MW at Helios, worth about $15 billion over 15 years.',
      ['coreweave galaxy-digital 15000000000 signed'],
    ],
  ]);
});

describe("a company's expected revenue from whoever it sells to is no contract's value; a lease's revenue over its term is", () => {
  each([
    [
      "Firmus a signé avec Nvidia un partenariat qui lui donne accès à 170 000 GPU. Firmus louera cette capacité à des développeurs d'IA et en attend jusqu'à 30 milliards de dollars de revenus en six ans.",
      ['firmus nvidia null signed'],
    ],
    [
      'Firmus signed a partnership with Nvidia for access to 170,000 GPUs. It will rent the capacity to AI developers and expects up to $30 billion in revenue over six years.',
      ['firmus nvidia null signed'],
    ],
    [
      'Firmus hat mit Nvidia eine Partnerschaft über 170.000 GPUs geschlossen. Firmus will die Kapazität an KI-Entwickler vermieten und erwartet bis zu 30 Milliarden Dollar Umsatz in sechs Jahren.',
      ['firmus nvidia null signed'],
    ],
    [
      'Firmus firmó con Nvidia una alianza para acceder a 170.000 GPU. Alquilará la capacidad a desarrolladores de IA y espera hasta 30.000 millones de dólares en ingresos en seis años.',
      ['firmus nvidia null signed'],
    ],
    [
      'Applied Digital signed two leases with CoreWeave for 250 MW. The leases are expected to generate about $7 billion of revenue over their 15-year terms.',
      ['coreweave applied-digital 7000000000 signed'],
    ],
  ]);
});

describe("a whole site bought is the site's price; capacity bought at a campus is a deal", () => {
  each([
    [
      'CoreWeave leases all 800 MW at Helios from Galaxy Digital. Galaxy bought the site from Argo Blockchain in 2022 for $65 million.',
      ['coreweave galaxy-digital null signed'],
    ],
    [
      'CoreWeave loue les 800 MW du campus Helios à Galaxy Digital. Galaxy a racheté le site à Argo Blockchain en 2022 pour 65 millions de dollars.',
      ['coreweave galaxy-digital null signed'],
    ],
    [
      'CoreWeave alquila los 800 MW del campus Helios a Galaxy Digital. Galaxy compró el predio a Argo Blockchain en 2022 por 65 millones de dólares.',
      ['coreweave galaxy-digital null signed'],
    ],
    [
      'Microsoft buys capacity at the Helios campus from CoreWeave for $5 billion.',
      ['microsoft coreweave 5000000000 signed'],
    ],
  ]);
});

describe('giving up a right is no termination; giving up the contract is', () => {
  each([
    [
      'OpenAI si impegna ad acquistare da Microsoft servizi Azure aggiuntivi per 250 miliardi di dollari; in cambio Microsoft rinuncia al diritto di prelazione sulle forniture di calcolo.',
      ['openai microsoft 250000000000 expanded'],
    ],
    [
      "OpenAI s'engage à acheter à Microsoft pour 250 milliards de dollars de services Azure supplémentaires ; en échange, Microsoft renonce à son droit de premier refus sur le calcul.",
      ['openai microsoft 250000000000 expanded'],
    ],
    [
      'Microsoft rinuncia al contratto da 10 miliardi di dollari per la capacità di calcolo di CoreWeave.',
      ['microsoft coreweave 10000000000 terminated'],
    ],
    [
      'Microsoft renonce au contrat de 10 milliards de dollars de capacité de calcul avec CoreWeave.',
      ['microsoft coreweave 10000000000 terminated'],
    ],
  ]);
});

describe("a headline's financing secured for a site let to a tenant names the lease, not its value", () => {
  each([
    [
      'Galaxy secures $1.4 billion for its Helios campus – CoreWeave rents all of it',
      ['coreweave galaxy-digital null signed'],
    ],
    [
      'Galaxy Digital sichert sich 1,4 Milliarden Dollar für den Campus Helios – CoreWeave mietet alles',
      ['coreweave galaxy-digital null signed'],
    ],
    [
      'Galaxy Digital obtient 1,4 milliard de dollars pour son campus Helios, loué en totalité à CoreWeave',
      ['coreweave galaxy-digital null signed'],
    ],
    [
      // A provider that secures a contract sells (won-contract.ts): Meta buys.
      'CoreWeave secures $14 billion contract with Meta for AI capacity',
      ['meta coreweave 14000000000 signed'],
    ],
  ]);
});

describe("an amount the document calls an option's ceiling is no value where a headline repeats it", () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'Microsoft sichert sich bei Nebius Rechenleistung für bis zu 19,4 Milliarden Dollar',
      'Microsoft hat mit Nebius einen Vertrag über Rechenkapazität geschlossen. Der Grundwert liegt bei 17,4 Milliarden Dollar; bucht Microsoft zusätzliche Leistungen, steigt er auf bis zu 19,4 Milliarden Dollar.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'Nebius lands up to $19.4 billion of GPU capacity business with Microsoft',
      'Nebius will supply Microsoft with dedicated GPU capacity under a contract worth $17.4 billion through 2031 (up to $19.4 billion if Microsoft buys additional services).',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'Hut 8 : un bail qui pourrait atteindre 17,7 milliards de dollars avec Fluidstack',
      'Hut 8 a signé avec Fluidstack un bail de 245 MW. La période initiale vaut environ 7 milliards de dollars ; avec tous les renouvellements, le contrat atteindrait 17,7 milliards.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
  ];
  for (const [title, text, want] of cases)
    it(title, () => {
      const got = run(text, title);
      expect(got, JSON.stringify(got)).toHaveLength(want.length);
      for (const [i, w] of want.entries())
        expect(got[i]!.startsWith(w), `${got[i]} should start with ${w}`).toBe(true);
    });
});
