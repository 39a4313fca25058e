// Value and status kinds of issue 8 (increments, running totals, the contract's own figure, status words), each in
// several languages with negatives. Every sentence is written for these tests. Expected: exactly the lines
// "buyer provider valueUsd status [total=runningTotalUsd]" of the mentions found, in order, or [] for none.
import { describe, expect, it } from 'vitest';
import { eachText as each, mentionLines as run } from './mention-lines';

describe('a running total told with the earlier contract it sums: the increment stays the value', () => {
  each([
    [
      "Meta has agreed to buy about $21 billion of additional AI cloud capacity from CoreWeave through 2032. Combined with the first contract of $14.2 billion signed last year, Meta's total commitment to CoreWeave now stands at $35.2 billion.",
      ['meta coreweave 21000000000 expanded total=35200000000'],
    ],
    [
      "Meta a conclu avec CoreWeave une extension d'environ 21 milliards de dollars. Avec le premier contrat de 14,2 milliards signé l'an dernier, l'engagement total de Meta auprès de CoreWeave atteint environ 35,2 milliards de dollars.",
      ['meta coreweave 21000000000 expanded total=35200000000'],
    ],
    [
      'Meta amplió su contrato con CoreWeave en unos 21.000 millones de dólares. Sumado al primer acuerdo de 14.200 millones firmado el año pasado, el total de compromisos de Meta con CoreWeave asciende a 35.200 millones de dólares.',
      ['meta coreweave 21000000000 expanded total=35200000000'],
    ],
    [
      "Meta ha firmato con CoreWeave un ampliamento del contratto da circa 21 miliardi di dollari. Con il precedente accordo da 14,2 miliardi, l'impegno complessivo di Meta verso CoreWeave sale così a circa 35,2 miliardi di dollari.",
      ['meta coreweave 21000000000 expanded total=35200000000'],
    ],
    [
      'A Meta ampliou o contrato com a CoreWeave em cerca de US$ 21 bilhões. Com o acordo anterior de US$ 14,2 bilhões, o total dos compromissos da Meta com a CoreWeave sobe para US$ 35,2 bilhões.',
      ['meta coreweave 21000000000 expanded total=35200000000'],
    ],
  ]);
  it('de: "summieren sich … auf" states the total; the first contract, told with its own words, stays apart', () => {
    const got = run(
      'Meta kauft bei CoreWeave zusätzliche Rechenkapazität für rund 21 Milliarden Dollar. Zusammen mit dem ersten Vertrag über 14,2 Milliarden Dollar summieren sich Metas Verpflichtungen gegenüber CoreWeave damit auf 35,2 Milliarden Dollar.',
    );
    expect(got.map((g) => g.split(' ').slice(2).join(' '))).toEqual([
      '21000000000 expanded total=35200000000',
      '14200000000 signed',
    ]);
  });
});

describe('a sum led by "together", "insgesamt", "complessivamente" with no company named is no running total', () => {
  each([
    [
      'Microsoft hat Verträge über GPU-Kapazität mit Nscale unterschrieben. Insgesamt summieren sich die Zusagen auf 20 Milliarden Dollar.',
      [],
    ],
    [
      "Microsoft ha firmato contratti di capacità GPU con Nscale. Complessivamente, l'impegno totale arriva a 20 miliardi di dollari.",
      [],
    ],
    [
      'A Microsoft assinou contratos de capacidade de GPU com a Nscale. Somados, o total dos compromissos sobe para US$ 20 bilhões.',
      [],
    ],
  ]);
});

describe('an extension with an amount of its own is an expansion; an extension of the term is not an amount', () => {
  each([
    [
      "Meta a signé avec CoreWeave une extension d'environ 21 milliards de dollars, jusqu'en 2032, pour de l'inférence.",
      ['meta coreweave 21000000000 expanded'],
    ],
    [
      'Meta signed an extension worth about $21 billion with CoreWeave for inference capacity through 2032.',
      ['meta coreweave 21000000000 expanded'],
    ],
    // A new contract told with no expansion word stays signed.
    [
      "Meta a signé avec CoreWeave un contrat d'environ 21 milliards de dollars pour de la capacité d'inférence.",
      ['meta coreweave 21000000000 signed'],
    ],
  ]);
});

describe('an earlier contract told of "the two companies" is a contract of the pair named just before, signed', () => {
  each([
    [
      'Nebius signed a five-year agreement with Meta worth up to $27 billion for AI compute capacity. The two companies had already signed a $3 billion contract in November.',
      ['meta nebius 27000000000 signed', 'meta nebius 3000000000 signed'],
    ],
    [
      "Nebius a signé avec Meta un accord de cinq ans pouvant atteindre 27 milliards de dollars de capacité de calcul. Les deux groupes avaient déjà conclu en novembre un premier contrat d'environ 3 milliards de dollars.",
      ['meta nebius 27000000000 signed', 'meta nebius 3000000000 signed'],
    ],
    [
      'Nebius firmó con Meta un acuerdo a cinco años de hasta 27.000 millones de dólares de capacidad de cómputo. Las dos empresas ya habían firmado en noviembre un contrato de unos 3.000 millones de dólares.',
      ['meta nebius 27000000000 signed', 'meta nebius 3000000000 signed'],
    ],
    [
      'Nebius hat mit Meta einen Fünfjahresvertrag über bis zu 27 Milliarden Dollar für Rechenkapazität geschlossen. Die beiden Unternehmen hatten bereits im November einen Vertrag über 3 Milliarden Dollar unterzeichnet.',
      ['meta nebius 27000000000 signed', 'meta nebius 3000000000 signed'],
    ],
    [
      'Nebius ha firmato con Meta un accordo quinquennale fino a 27 miliardi di dollari per capacità di calcolo. Le due società avevano già siglato a novembre un contratto da circa 3 miliardi di dollari.',
      ['meta nebius 27000000000 signed', 'meta nebius 3000000000 signed'],
    ],
    [
      'A Nebius assinou com a Meta um acordo de cinco anos de até US$ 27 bilhões em capacidade de computação. As duas empresas já tinham assinado em novembro um contrato de cerca de US$ 3 bilhões.',
      ['meta nebius 27000000000 signed', 'meta nebius 3000000000 signed'],
    ],
    // "the two companies" without an earlier contract's words: a part of the one contract, no second mention.
    [
      'Nebius signed a five-year agreement with Meta worth up to $27 billion for AI compute capacity. The two companies expect the first $3 billion tranche to go live next year.',
      ['meta nebius 27000000000 signed'],
    ],
  ]);
});

describe('a negated conditional in a relative clause describes the goods, not who reports the deal', () => {
  each([
    [
      "Meta s'engage à acheter à Nebius jusqu'à 15 milliards de dollars de capacité que Nebius n'aurait pas vendue à d'autres clients.",
      ['meta nebius 15000000000 signed'],
    ],
    [
      'Meta si impegna ad acquistare da Nebius fino a 15 miliardi di dollari di capacità cloud che Nebius non avrebbe venduto ad altri clienti.',
      ['meta nebius 15000000000 signed'],
    ],
    [
      'Meta se compromete a comprar a Nebius hasta 15.000 millones de dólares de capacidad de cómputo que Nebius no habría vendido a otros clientes.',
      ['meta nebius 15000000000 signed'],
    ],
    [
      'A Meta compromete-se a comprar à Nebius até US$ 15 bilhões de capacidade de computação que a Nebius não teria vendido a outros clientes.',
      ['meta nebius 15000000000 signed'],
    ],
    // The press conditional of the main clause still reports.
    [
      'Meta aurait signé avec Nebius un contrat de 15 milliards de dollars de capacité de calcul.',
      ['meta nebius 15000000000 reported'],
    ],
    [
      'Meta avrebbe firmato con Nebius un contratto da 15 miliardi di dollari per capacità cloud.',
      ['meta nebius 15000000000 reported'],
    ],
    [
      'Meta habría firmado con Nebius un contrato de 15.000 millones de dólares de capacidad de cómputo.',
      ['meta nebius 15000000000 reported'],
    ],
  ]);
});

describe("an expansion word governing another company is that pair's expansion: this contract stays signed", () => {
  each([
    [
      "The deal comes weeks after Anthropic expanded its use of Google's TPUs, and months after it committed $30 billion to Microsoft's Azure cloud.",
      ['anthropic microsoft 30000000000 signed'],
    ],
    [
      'Der Vertrag folgt, nachdem Anthropic die Nutzung der TPU von Google erweitert und sich Azure-Kapazität von Microsoft für 30 Milliarden Dollar gesichert hatte.',
      ['anthropic microsoft 30000000000 signed'],
    ],
    [
      'OpenAI a étendu son contrat avec CoreWeave en mai, et a signé cette semaine avec AWS un contrat de 38 milliards de dollars de capacité cloud.',
      ['openai amazon 38000000000 signed'],
    ],
    [
      'OpenAI amplió su contrato con CoreWeave en mayo, y esta semana firmó con AWS un contrato de 38.000 millones de dólares de capacidad en la nube.',
      ['openai amazon 38000000000 signed'],
    ],
    [
      'OpenAI ha ampliato il contratto con CoreWeave a maggio, e questa settimana ha firmato con AWS un contratto da 38 miliardi di dollari di capacità cloud.',
      ['openai amazon 38000000000 signed'],
    ],
    [
      'A OpenAI ampliou o contrato com a CoreWeave em maio, e esta semana assinou com a AWS um contrato de US$ 38 bilhões em capacidade de nuvem.',
      ['openai amazon 38000000000 signed'],
    ],
    // The expansion word governing one of the pair keeps the expansion, before or after it.
    [
      'OpenAI has signed up for about $250 billion of additional Azure services from Microsoft, and $38 billion of cloud capacity with AWS.',
      ['openai microsoft 250000000000 expanded', 'openai amazon 38000000000 signed'],
    ],
    [
      'Microsoft hat seinen Vertrag mit Nebius um 2 Milliarden Dollar Rechenkapazität erweitert.',
      ['microsoft nebius 2000000000 expanded'],
    ],
    [
      'OpenAI expanded its contract with AWS in May by $38 billion of cloud capacity.',
      ['openai amazon 38000000000 expanded'],
    ],
  ]);
});

describe('"by X to Y" only as a possibility ("could rise to") is no running total: the contract stays signed', () => {
  each([
    [
      'Hut 8 a signé un bail de 15 ans avec Fluidstack pour 245 MW de capacité. La valeur du contrat sur la durée initiale est de 7 milliards de dollars et pourrait monter à 17,7 milliards si toutes les options sont exercées.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'Hut 8 signed a 15-year lease with Fluidstack for 245 MW of data center capacity worth $7 billion, which could rise to $17.7 billion if every renewal option is exercised.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'Hut 8 hat mit Fluidstack einen Mietvertrag über 15 Jahre für 245 MW Rechenzentrumskapazität im Wert von 7 Milliarden Dollar geschlossen, der bis auf 17,7 Milliarden Dollar steigen könnte.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    // A stated increase "by X to Y" stays a running total.
    [
      "Google raised its backstop of Fluidstack's lease with TeraWulf by $1.4 billion to $3.2 billion.",
      ['fluidstack terawulf 1400000000 expanded total=3200000000'],
    ],
  ]);
});

describe('"additional", "adicionales", "ulteriori", "mais US$" of the pair\'s own services is an expansion', () => {
  each([
    [
      'Como parte de su reestructuración, OpenAI se comprometió a contratar servicios adicionales de Azure con Microsoft por valor de 250.000 millones de dólares.',
      ['openai microsoft 250000000000 expanded'],
    ],
    [
      'Con Microsoft, OpenAI si è impegnata ad acquistare ulteriori servizi Azure per 250 miliardi di dollari.',
      ['openai microsoft 250000000000 expanded'],
    ],
    [
      'Mesmo assim, a OpenAI se comprometeu a comprar da Microsoft mais US$ 250 bilhões em serviços do Azure.',
      ['openai microsoft 250000000000 expanded'],
    ],
    // The word governs Azure (Microsoft): the Oracle contract told in the same sentence stays signed.
    [
      'OpenAI ya tenía contratos con Oracle (300.000 millones de dólares a cinco años) y con Microsoft, con quien se comprometió a comprar servicios de Azure adicionales por 250.000 millones.',
      ['openai oracle 300000000000 signed', 'openai microsoft 250000000000 expanded'],
    ],
    // French "si" (if) still makes the expansion word an option.
    [
      'Meta a signé avec CoreWeave un contrat de 14 milliards de dollars de capacité de calcul ; si Meta le souhaite, des capacités supplémentaires pourront suivre.',
      ['meta coreweave 14000000000 signed'],
    ],
  ]);
});

describe('ended talks leave the pair\'s current contract standing: told with "already", it is a contract of its own', () => {
  each([
    [
      'Oracle and xAI have ended talks on a $10 billion expansion of their cloud contract. Separately, xAI already leases 150 MW of GPU cloud capacity from Oracle under its current contract.',
      ['xai oracle 10000000000 terminated', 'xai oracle null signed'],
    ],
    [
      'Oracle et xAI ont mis fin aux discussions sur une extension de 10 milliards de dollars de leur contrat cloud. Par ailleurs, xAI loue déjà 150 MW de capacité GPU à Oracle dans le cadre de son contrat actuel.',
      ['xai oracle 10000000000 terminated', 'xai oracle null signed'],
    ],
    [
      'Oracle y xAI han puesto fin a las conversaciones sobre una ampliación de 10.000 millones de dólares de su contrato en la nube. Por otra parte, xAI ya alquila 150 MW de capacidad GPU a Oracle con su contrato actual.',
      ['xai oracle 10000000000 terminated', 'xai oracle null signed'],
    ],
    [
      'Oracle und xAI haben die Gespräche über eine Erweiterung ihres Cloud-Vertrags um 10 Milliarden Dollar beendet. Unabhängig davon mietet xAI bereits 150 MW GPU-Kapazität von Oracle im Rahmen des laufenden Vertrags.',
      ['xai oracle 10000000000 terminated', 'xai oracle null signed'],
    ],
    // No contract of the pair told as current: the ended talks alone.
    [
      'Oracle and xAI have ended talks on a $10 billion expansion of their cloud contract. Separately, xAI plans to build 150 MW of GPU capacity of its own in Memphis.',
      ['xai oracle 10000000000 terminated'],
    ],
  ]);
});

describe('a contract told only as "could reach", apart from an earlier contract of the pair: two contracts', () => {
  each([
    [
      'Nscale suministrará unas 200.000 GPU de Nvidia a Microsoft en un contrato que podría alcanzar los 14.000 millones de dólares. El acuerdo se suma al contrato de 6.200 millones de dólares que Microsoft firmó con Nscale en septiembre para Narvik.',
      ['microsoft nscale 14000000000 signed', 'microsoft nscale 6200000000 signed'],
    ],
    [
      "Nscale fournira environ 200 000 GPU Nvidia à Microsoft dans le cadre d'un contrat qui pourrait atteindre 14 milliards de dollars. Microsoft avait déjà signé en septembre avec Nscale un contrat de 6,2 milliards de dollars pour Narvik.",
      ['microsoft nscale 14000000000 signed', 'microsoft nscale 6200000000 signed'],
    ],
    [
      'Nscale fornirà circa 200.000 GPU Nvidia a Microsoft con un contratto che potrebbe arrivare a 14 miliardi di dollari. Microsoft aveva già firmato con Nscale a settembre un contratto da 6,2 miliardi di dollari per Narvik.',
      ['microsoft nscale 14000000000 signed', 'microsoft nscale 6200000000 signed'],
    ],
    [
      'A Nscale vai fornecer cerca de 200.000 GPU da Nvidia à Microsoft num contrato que poderá chegar a US$ 14 bilhões. A Microsoft já tinha assinado com a Nscale em setembro um contrato de US$ 6,2 bilhões para Narvik.',
      ['microsoft nscale 14000000000 signed', 'microsoft nscale 6200000000 signed'],
    ],
    // The option told in the earlier contract's own sentence is that contract's: one mention.
    [
      'In September Microsoft signed a $6.2 billion GPU capacity contract with Nscale for Narvik, which could rise to $14 billion over its term.',
      ['microsoft nscale 6200000000 signed'],
    ],
  ]);
});

describe('a row\'s "+$6.5B (total $22.4B)": the plus sign marks the increment, the total stands beside it', () => {
  each([
    [
      "CoreWeave's contracts with its AI cloud customers this year:\n* Meta: up to $14.2B through 2031\n* OpenAI: +$6.5B (total $22.4B)\n",
      ['meta coreweave 14200000000 signed', 'openai coreweave 6500000000 expanded total=22400000000'],
    ],
    [
      "Les contrats de CoreWeave avec ses clients du cloud IA cette année :\n* Meta : jusqu'à 14,2 Md$ jusqu'en 2031\n* OpenAI : +6,5 Md$ (total 22,4 Md$)\n",
      ['meta coreweave 14200000000 signed', 'openai coreweave 6500000000 expanded total=22400000000'],
    ],
    [
      'Los contratos de CoreWeave con sus clientes de nube de IA este año:\n* Meta: hasta 14.200 millones de dólares hasta 2031\n* OpenAI: +6.500 millones de dólares (total 22.400 millones de dólares)\n',
      ['meta coreweave 14200000000 signed', 'openai coreweave 6500000000 expanded total=22400000000'],
    ],
    // No plus sign, no running-total word before the second figure: the row's first figure, signed.
    [
      "CoreWeave's contracts with its AI cloud customers this year:\n* Meta: up to $14.2B through 2031\n* OpenAI: $6.5B (May), $22.4B in all\n",
      ['meta coreweave 14200000000 signed', 'openai coreweave 6500000000 signed'],
    ],
    [
      'Last week CoreWeave widened its OpenAI contract by as much as $6.5 billion of cloud capacity.',
      ['openai coreweave 6500000000 expanded'],
    ],
  ]);
});

describe('"reforça em", "refuerza en", "rafforza di" an amount is an increment; "salgono a" after "complessivi" a total', () => {
  // The guarantee of Fluidstack's lease is owed to its landlord, TeraWulf (the house's backstop convention). (The
  // Portuguese "a garantia que presta ao arrendamento de capacidade" still reads as a guarantee of access: open.)
  each([
    [
      'Google refuerza en 1.400 millones de dólares la garantía que presta al arrendamiento de capacidad de cómputo de Fluidstack con TeraWulf.',
      ['alphabet terawulf 1400000000 expanded'],
    ],
    [
      'Google rafforza di 1,4 miliardi di dollari la garanzia sul contratto di locazione di capacità di calcolo di Fluidstack con TeraWulf.',
      ['alphabet terawulf 1400000000 expanded'],
    ],
    // "rafforza la sua posizione" strengthens no contract by an amount.
    [
      'Google rafforza la sua posizione nel cloud e firma con TeraWulf un contratto di locazione di capacità di calcolo da 1,4 miliardi di dollari.',
      ['alphabet terawulf 1400000000 signed'],
    ],
    [
      'Applied Digital ha firmato con CoreWeave un nuovo contratto di locazione per ulteriori 150 MW di data center, del valore di circa 4 miliardi di dollari. Con questa intesa i ricavi complessivi attesi dai contratti con CoreWeave salgono a circa 11 miliardi di dollari.',
      ['coreweave applied-digital 4000000000 expanded total=11000000000'],
    ],
  ]);
});
