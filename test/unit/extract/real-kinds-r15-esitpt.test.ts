// Kinds of error seen on real Spanish, Italian and Portuguese pages (round 15: Latin-American and Iberian business
// press, Brazilian market news, Italian tech sites), each told again in invented sentences in several languages:
// near misses that must stay silent and positives that must still be found. Each row's wanted strings are prefixes
// of the printed mentions ("buyer provider valueUsd status kind"), in order.
import { eachKind } from './mention-cases';

eachKind(
  {
    /**
     * A subheading or recap that names no company and only repeats the figure the lead told with its pair ("Um
     * acordo de US$ 38 bilhões para impulsionar a próxima era da IA") is that pair's, never the pair of a sentence
     * in between that names another company without a figure ("… renegociou sua parceria com a Microsoft").
     */
    'a restated figure keeps the pair it was first told with': [
      [
        'pt',
        'A OpenAI e a Amazon Web Services anunciaram uma parceria de US$ 38 bilhões para capacidade de nuvem. A mudança vem dias depois de a OpenAI renegociar a sua parceria com a Microsoft, retirando a cláusula de exclusividade do Azure.\nUm acordo de US$ 38 bilhões para a próxima era da IA',
        ['openai amazon 38000000000 signed'],
      ],
      [
        'es',
        'OpenAI y Amazon Web Services anunciaron una alianza de 38.000 millones de dólares para capacidad en la nube. El cambio llega días después de que OpenAI renegociara su alianza con Microsoft, eliminando la cláusula de exclusividad de Azure.\nUn acuerdo de 38.000 millones de dólares para la próxima era de la IA',
        ['openai amazon 38000000000 signed'],
      ],
      [
        'it',
        "OpenAI e Amazon Web Services hanno annunciato un'alleanza da 38 miliardi di dollari per capacità cloud. La svolta arriva pochi giorni dopo che OpenAI ha rinegoziato la partnership con Microsoft, togliendo la clausola di esclusiva su Azure.\nUn accordo da 38 miliardi di dollari per la prossima era dell'IA",
        ['openai amazon 38000000000 signed'],
      ],
      [
        'en',
        'OpenAI and Amazon Web Services announced a $38 billion partnership for cloud capacity. The move comes days after OpenAI renegotiated its partnership with Microsoft, dropping the Azure exclusivity clause.\nA $38 billion deal for the next era of AI',
        ['openai amazon 38000000000 signed'],
      ],
      [
        'it',
        'Hut 8 affitta il campus di River Bend a Fluidstack: 7 miliardi di dollari in 15 anni.\nHut 8 ha firmato un contratto di locazione di 15 anni con Fluidstack per un data center da 245 MW. Il valore del contratto è di circa 7 miliardi di dollari.',
        ['fluidstack hut-8 7000000000 signed'],
      ],
      [
        'es',
        'Nvidia invertirá 38.000 millones de dólares en OpenAI, según la empresa. OpenAI renegoció la semana pasada su alianza con Microsoft.\nUna inversión de 38.000 millones de dólares para la próxima era de la IA',
        [],
      ],
    ],
    /**
     * Money a joint venture or a company "has raised" ("ha recaudado unos 50.000 millones de sus socios") is
     * funding, never the value of a contract told in the sentence before; the contract stays, without that figure.
     */
    'money raised, told in the perfect, is no contract value': [
      [
        'es',
        'Stargate, la empresa conjunta de OpenAI, SoftBank y Oracle, ha recaudado unos 50.000 millones de dólares de sus socios para centros de datos de IA.',
        [],
      ],
      [
        'es',
        'La empresa conjunta han recaudado hasta ahora 50.000 millones de dólares de sus socios, entre ellos Oracle y OpenAI, para centros de datos.',
        [],
      ],
      [
        'pt',
        'A Stargate, empresa conjunta da OpenAI, SoftBank e Oracle, já arrecadou cerca de US$ 50 bilhões dos seus sócios para centros de dados de IA.',
        [],
      ],
      [
        'it',
        'Stargate, la joint venture di OpenAI, SoftBank e Oracle, ha raccolto circa 50 miliardi di dollari dai soci per data center di IA.',
        [],
      ],
      [
        'es',
        'OpenAI firmó con Oracle un contrato de 300.000 millones de dólares por capacidad de cómputo en la nube.',
        ['openai oracle 300000000000 signed'],
      ],
    ],
  },
  true,
);
