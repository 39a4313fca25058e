// Kinds of error seen on real Spanish, Italian and Portuguese pages (round 16: Latin-American and Iberian business
// press, Italian tech sites, Brazilian and Portuguese market news, translated wire copy), each told again in
// invented sentences in several languages: near misses that must stay silent and positives that must still be
// found. Each row's wanted strings are prefixes of the printed mentions ("buyer provider valueUsd status kind").
import { eachKind } from './mention-cases';

eachKind(
  {
    /**
     * "que le permitirá ampliar su capacidad de cómputo", "para ampliar sua capacidade": the buyer's purpose in
     * taking a new contract, an infinitive whose object is its own capacity, is no growth of the contract.
     */
    'a purpose to expand its own capacity is no expansion': [
      [
        'es',
        'Microsoft firmó un contrato de 9.700 millones de dólares con IREN que le permitirá ampliar su capacidad de cómputo sin construir centros de datos.',
        ['microsoft iren 9700000000 signed gpu_cloud'],
      ],
      [
        'pt',
        'A Microsoft assinou um contrato de US$ 9,7 bilhões com a IREN para ampliar sua capacidade de computação.',
        ['microsoft iren 9700000000 signed gpu_cloud'],
      ],
      [
        'it',
        'Microsoft ha firmato un contratto da 9,7 miliardi di dollari con IREN che le permetterà di ampliare la propria capacità di calcolo.',
        ['microsoft iren 9700000000 signed gpu_cloud'],
      ],
      [
        'en',
        'Microsoft signed a $9.7 billion contract with IREN that will let it expand its computing capacity.',
        ['microsoft iren 9700000000 signed gpu_cloud'],
      ],
      [
        'es',
        'Microsoft amplió su contrato con IREN en 2.000 millones de dólares adicionales de capacidad de cómputo.',
        ['microsoft iren 2000000000 expanded gpu_cloud'],
      ],
      [
        'it',
        'Microsoft investirà 80 miliardi di dollari in data center per ampliare la propria capacità di calcolo.',
        [],
      ],
    ],
    /**
     * Portuguese "a corrida da Meta", "a posição da Meta": after an article and a noun that names no goods, "da"
     * is "of the", no "from"; the buyer named so again is not the seller of the contract told just before.
     */
    'a Portuguese possessive "da" names no seller': [
      [
        'pt',
        'A Meta assinou um acordo com a CoreWeave. O contrato, que pode chegar a US$ 14,2 bilhões, garante acesso aos sistemas da Nvidia e reforça a corrida da Meta por poder computacional.',
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      [
        'pt',
        'A OpenAI fechou um acordo com a Oracle. O contrato de US$ 300 bilhões melhora a posição da OpenAI na disputa por capacidade de computação em nuvem.',
        ['openai oracle 300000000000 signed gpu_cloud'],
      ],
      [
        'pt',
        'A Microsoft vai comprar capacidade de computação em nuvem da CoreWeave por US$ 10 bilhões.',
        ['microsoft coreweave 10000000000 signed gpu_cloud'],
      ],
      [
        'es',
        'Meta firmó un acuerdo con CoreWeave. El contrato, de 14.200 millones de dólares en capacidad de cómputo, mejora la posición de Meta.',
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      [
        'it',
        'Meta ha firmato un accordo con CoreWeave. Il contratto, da 14,2 miliardi di dollari per capacità di calcolo, migliora la posizione di Meta.',
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      [
        'pt',
        'As ações da Meta subiram 3% e a receita da CoreWeave chegou a US$ 1,2 bilhão no trimestre, com a nuvem de computação em alta.',
        [],
      ],
    ],
    /**
     * "un accordo da 33 miliardi con fornitori di cloud di nuova generazione, noti come NeoCloud, tra cui Nebius,
     * CoreWeave, Nscale e Lambda": one amount over a plural of sellers, described and then given by examples, is
     * their sum, never the value of the first example's deal.
     */
    'an amount over sellers given as examples after their description is their sum': [
      [
        'it',
        'Microsoft ha concluso un accordo del valore di 33 miliardi di dollari con fornitori di cloud computing di nuova generazione, noti come NeoCloud, tra cui Nebius, CoreWeave, Nscale e Lambda.',
        [],
      ],
      [
        'es',
        'Microsoft cerró acuerdos por 33.000 millones de dólares con proveedores de nube, entre ellos Nebius, CoreWeave, Nscale y Lambda.',
        [],
      ],
      [
        'pt',
        'A Microsoft fechou acordos de US$ 33 bilhões com fornecedores de nuvem de nova geração, entre os quais a Nebius, a CoreWeave e a Lambda.',
        [],
      ],
      [
        'en',
        'Microsoft signed deals worth $33 billion with next-generation cloud providers, known as neoclouds, including Nebius, CoreWeave, Nscale and Lambda.',
        [],
      ],
      [
        'es',
        'Microsoft firmó un contrato de 9.700 millones de dólares con IREN, el proveedor de nube que cuenta entre sus clientes a Anthropic.',
        ['microsoft iren 9700000000 signed gpu_cloud'],
      ],
      [
        'it',
        'Microsoft ha firmato con Nebius un contratto da 17,4 miliardi di dollari per capacità GPU, tra cui i nuovi chip di Nvidia.',
        ['microsoft nebius 17400000000 signed gpu_cloud'],
      ],
    ],
    /**
     * A company named only by a descriptor of the Romance press ("la gigante de las búsquedas", "il gruppo di
     * Redmond", "l'azienda guidata da Larry Ellison", "a empresa de Sam Altman") is that company: the company table
     * holds them as aliases.
     */
    'a company named by its descriptor is that company': [
      [
        'es',
        'Anthropic firmó un contrato de 10.000 millones de dólares en capacidad de cómputo con la gigante de las búsquedas.',
        ['anthropic alphabet 10000000000 signed gpu_cloud'],
      ],
      [
        'it',
        'Nebius ha firmato un contratto da 10 miliardi di dollari per fornire capacità di calcolo al gruppo di Redmond.',
        ['microsoft nebius 10000000000 signed gpu_cloud'],
      ],
      [
        'it',
        "OpenAI riceverà dall'azienda guidata da Larry Ellison capacità di calcolo per 30 miliardi di dollari.",
        ['openai oracle 30000000000 signed gpu_cloud'],
      ],
      [
        'pt',
        'A CoreWeave assinou um contrato de US$ 10 bilhões para fornecer capacidade de computação à empresa de Sam Altman.',
        ['openai coreweave 10000000000 signed gpu_cloud'],
      ],
      [
        'es',
        'Nebius firmó un contrato de 10.000 millones de dólares para dar capacidad de cómputo a la empresa de Mark Zuckerberg.',
        ['meta nebius 10000000000 signed gpu_cloud'],
      ],
      [
        'pt',
        'A empresa de Sam Altman fechou o trimestre com receita de US$ 4,3 bilhões, enquanto a gigante das buscas ampliou a sua nuvem.',
        [],
      ],
    ],
  },
  true,
);
