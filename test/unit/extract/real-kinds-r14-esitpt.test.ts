// Kinds of error seen on real Spanish, Italian and Portuguese pages (round 14: Latin-American and Brazilian business
// press, Italian market news, translated wire copy, tech blogs), each told again in invented sentences in six
// languages: near misses that must stay silent and positives that must still be found. Each row's wanted strings
// are prefixes of the printed mentions ("buyer provider valueUsd status kind"), in order.
import { eachKind } from './mention-cases';

eachKind(
  {
    /**
     * Two shares told side by side with the verb left out ("Nvidia metterà 10 miliardi e Microsoft 5 miliardi"):
     * the two companies give (or buy) their own share of one thing, never buyer and seller of each other. The
     * contract told before stays; an investment's infinitive ("hanno promesso di investire") is an investment.
     */
    'two shares told side by side are no pair': [
      [
        'it',
        'Anthropic si è impegnata a destinare 30 miliardi di dollari ai servizi cloud di Microsoft. Da parte sua Nvidia metterà sul tavolo fino a 10 miliardi di dollari e Microsoft 5 miliardi.',
        ['anthropic microsoft 30000000000 signed'],
      ],
      [
        'it',
        'Nvidia e Microsoft hanno promesso di investire nella startup Anthropic fino a 15 miliardi di dollari in tutto, con Nvidia che si impegna per un massimo di 10 miliardi e Microsoft per 5 miliardi.',
        [],
      ],
      [
        'es',
        'Anthropic se comprometió a gastar 30.000 millones de dólares en la nube de Microsoft. Por su parte, Nvidia pondrá sobre la mesa hasta 10.000 millones de dólares y Microsoft 5.000 millones.',
        ['anthropic microsoft 30000000000 signed'],
      ],
      [
        'pt',
        'A Anthropic comprometeu-se a gastar 30 bilhões de dólares na nuvem da Microsoft. Por sua vez, a Nvidia vai colocar na mesa até 10 bilhões de dólares e a Microsoft 5 bilhões.',
        ['anthropic microsoft 30000000000 signed'],
      ],
      [
        'en',
        "Anthropic committed to spend $30 billion on Microsoft's cloud. For its part Nvidia will put up to $10 billion on the table and Microsoft $5 billion.",
        ['anthropic microsoft 30000000000 signed'],
      ],
      [
        'fr',
        "Anthropic s'est engagée à dépenser 30 milliards de dollars dans le cloud de Microsoft. De son côté, Nvidia mettra jusqu'à 10 milliards de dollars sur la table et Microsoft 5 milliards.",
        ['anthropic microsoft 30000000000 signed'],
      ],
      [
        'es',
        'Nebius firmó contratos con Microsoft por 17.400 millones de dólares y con Meta por 3.000 millones de dólares.',
        ['microsoft nebius 17400000000', 'meta nebius 3000000000'],
      ],
      [
        'en',
        'Nebius signed contracts with Microsoft for $17.4 billion and with Meta for $3 billion.',
        ['microsoft nebius 17400000000', 'meta nebius 3000000000'],
      ],
      [
        'it',
        'Nebius ha firmato contratti con Microsoft per 17,4 miliardi di dollari e con Meta per 3 miliardi di dollari.',
        ['microsoft nebius 17400000000', 'meta nebius 3000000000'],
      ],
    ],
    /**
     * A maker's sale told after someone else's capacity deal with no buyer and no buying verb ("Acuerdo adicional
     * con Dell por 5.800 millones para GPUs"): which of the two dealers buys is unsaid, so the sale is left
     * unpaired; the capacity deal stays, and a sale whose buyer is named stays too.
     */
    'a maker’s sale with its buyer unsaid is left unpaired': [
      [
        'es',
        'Microsoft firmó con IREN un contrato de 9.700 millones de dólares. Acuerdo adicional con Dell por 5.800 millones de dólares para GPUs y equipos.',
        ['microsoft iren 9700000000 signed'],
      ],
      [
        'it',
        'Microsoft ha firmato con IREN un contratto da 9,7 miliardi di dollari. Accordo aggiuntivo con Dell da 5,8 miliardi di dollari per GPU e apparecchiature.',
        ['microsoft iren 9700000000 signed'],
      ],
      [
        'pt',
        'A Microsoft assinou com a IREN um contrato de 9,7 bilhões de dólares. Acordo adicional com a Dell de 5,8 bilhões de dólares para GPUs e equipamentos.',
        ['microsoft iren 9700000000 signed'],
      ],
      [
        'en',
        'Microsoft signed a $9.7 billion contract with IREN. A separate $5.8 billion agreement with Dell covers the GPUs and equipment.',
        ['microsoft iren 9700000000 signed'],
      ],
      [
        'fr',
        'Microsoft a signé avec IREN un contrat de 9,7 milliards de dollars. Un accord complémentaire avec Dell, de 5,8 milliards de dollars, couvre les GPU et le matériel.',
        ['microsoft iren 9700000000 signed'],
      ],
      [
        'es',
        'Microsoft e IREN sellan su alianza de nube de IA en Texas. Acuerdo adicional con Dell por 5.800 millones de dólares para GPUs y equipos.',
        [],
      ],
      [
        'it',
        "Microsoft e IREN sigillano l'alleanza sul cloud per l'IA in Texas. Accordo aggiuntivo con Dell da 5,8 miliardi di dollari per GPU e apparecchiature.",
        [],
      ],
      [
        'es',
        'Microsoft firmó con IREN un contrato de 9.700 millones de dólares. IREN comprará a Dell las GPU y equipos por 5.800 millones de dólares.',
        ['microsoft iren 9700000000 signed', 'iren dell 5800000000 signed hardware'],
      ],
    ],
    /**
     * Compute told as "potencia informática", "potenza computazionale", "poder informático", "puissance
     * informatique": the object a buyer acquires, not a company acquired ("adquirir" stays an acquisition when no
     * compute follows).
     */
    'compute power in other words is a contract’s object': [
      [
        'es',
        'Anthropic se comprometió a adquirir 30.000 millones de dólares en potencia informática de Microsoft Azure.',
        ['anthropic microsoft 30000000000 signed'],
      ],
      [
        'pt',
        'A Anthropic comprometeu-se a adquirir 30 bilhões de dólares em potência computacional da Microsoft.',
        ['anthropic microsoft 30000000000 signed'],
      ],
      [
        'fr',
        "Anthropic s'est engagée à acquérir 30 milliards de dollars de puissance informatique auprès de Microsoft.",
        ['anthropic microsoft 30000000000 signed'],
      ],
      [
        'it',
        'Anthropic si è impegnata ad acquistare 30 miliardi di dollari di potenza computazionale da Microsoft.',
        ['anthropic microsoft 30000000000 signed'],
      ],
      [
        'es',
        'Microsoft acordó adquirir por 2.000 millones de dólares la empresa de software Nuance, socia de Nvidia.',
        [],
      ],
    ],
    /**
     * A company valued lately ("Anthropic, recientemente valorada en 183.000 millones", "récemment valorisée à",
     * "recentemente avaliada em") is worth that much; the amount is no contract's, even beside a deal told in the
     * sentence before.
     */
    'a company valued lately is no contract’s value': [
      [
        'es',
        'OpenAI cerró un acuerdo con Amazon para servicios de nube. Anthropic, recientemente valorada en 183.000 millones de dólares, proyecta un crecimiento exponencial de sus ingresos.',
        // A capacity contract stated without a figure (round 16): it comes out, without the other money's value.
        ['openai amazon null signed'],
      ],
      [
        'pt',
        'A OpenAI fechou um acordo com a Amazon para serviços de cloud. A Anthropic, recentemente avaliada em 183 mil milhões de dólares, projeta um crescimento exponencial da sua receita.',
        [],
      ],
      [
        'it',
        'OpenAI ha chiuso un accordo con Amazon per servizi cloud. Anthropic, recentemente valutata 183 miliardi di dollari, prevede una crescita esponenziale dei ricavi.',
        // A capacity contract stated without a figure (round 16): it comes out, without the other money's value.
        ['openai amazon null signed'],
      ],
      [
        'es',
        'Anthropic, recientemente valorada en 183.000 millones de dólares, proyecta un crecimiento exponencial de sus ingresos.',
        [],
      ],
      [
        'fr',
        "L'accord de cloud d'OpenAI avec Amazon est conclu. Anthropic, récemment valorisée à 183 milliards de dollars, prévoit une croissance exponentielle de ses revenus.",
        [],
      ],
      [
        'en',
        'OpenAI closed a cloud services deal with Amazon. Anthropic, recently valued at $183 billion, expects its revenue to grow fast.',
        [],
      ],
      [
        'pt',
        'A Anthropic fechou com a Microsoft um contrato de nuvem avaliado em 30 bilhões de dólares.',
        ['anthropic microsoft 30000000000 signed'],
      ],
    ],
    /**
     * Money raised through a bank ("prestes a arrecadar 3 bilhões através do Morgan Stanley") is financing, no
     * contract with the company that backs it.
     */
    'money raised is no contract': [
      [
        'pt',
        'A TeraWulf está prestes a arrecadar aproximadamente 3 bilhões de dólares através do Morgan Stanley para desenvolver centros de dados para a Fluidstack, com apoio do Google.',
        [],
      ],
      [
        'es',
        'TeraWulf está a punto de recaudar unos 3.000 millones de dólares a través de Morgan Stanley para desarrollar centros de datos para Fluidstack, con apoyo de Google.',
        [],
      ],
      [
        'en',
        'TeraWulf is about to raise roughly $3 billion through Morgan Stanley to build data centers for Fluidstack, with support from Google.',
        [],
      ],
      [
        'pt',
        'A TeraWulf assinou com a Fluidstack um contrato de locação de 3,7 bilhões de dólares por dez anos.',
        ['fluidstack terawulf 3700000000 signed'],
      ],
    ],
    /**
     * "secondo quanto comunicato martedì dalle tre società": the companies' own word, even with a day between the
     * verb and who said it, is no hearsay; a newspaper named there stays one.
     */
    'the companies’ own word with a day in between is signed': [
      [
        'it',
        'Anthropic ha firmato con Microsoft un impegno per acquistare 30 miliardi di dollari di capacità di calcolo su Azure, secondo quanto comunicato martedì dalle tre società.',
        ['anthropic microsoft 30000000000 signed'],
      ],
      [
        'it',
        'Anthropic ha firmato con Microsoft un impegno per acquistare 30 miliardi di dollari di capacità di calcolo su Azure, secondo quanto riportato martedì dal Financial Times.',
        ['anthropic microsoft 30000000000 reported'],
      ],
      [
        'es',
        'Anthropic firmó con Microsoft un compromiso para comprar 30.000 millones de dólares de capacidad en Azure, según un comunicado de las compañías.',
        ['anthropic microsoft 30000000000 signed'],
      ],
      [
        'pt',
        'A Anthropic assinou com a Microsoft um compromisso de 30 bilhões de dólares em capacidade no Azure, segundo comunicado das empresas.',
        ['anthropic microsoft 30000000000 signed'],
      ],
      [
        'es',
        'Nvidia aportará hasta 10.000 millones de dólares y Microsoft 5.000 millones en la ronda de Anthropic, recientemente valorada en 350.000 millones de dólares.',
        [],
      ],
    ],
  },
  true,
);
