// Kinds of error seen on real Spanish, Italian and Portuguese pages (round 18: Spanish and Latin American tech and
// business sites, Italian finance pages, Portuguese wire copy), each told again in invented sentences in several
// languages: near misses that must stay silent and positives that must still be found. Each row's wanted strings
// are prefixes of the printed mentions ("buyer provider valueUsd status kind").
import { eachKind } from './mention-cases';

eachKind(
  {
    /**
     * "OpenAI y Oracle firmaron un acuerdo para 4,5 gigavatios de capacidad": Spanish writes power in "gigavatios";
     * the power figure was read only as "gigawatts", "GW" or "megavatios", so a valueless deal told by its power
     * and by two names in the subject was lost. A company's own build told in gigavatios names no deal.
     */
    'a deal told by its power in gigavatios is read': [
      [
        'es',
        'OpenAI y Oracle firmaron un acuerdo para 4,5 gigavatios de capacidad de centros de datos en Estados Unidos.',
        ['openai oracle null signed gpu_cloud'],
      ],
      [
        'es',
        'Microsoft y Nscale cerraron un acuerdo de capacidad de centros de datos de 1,2 gigavatios en Texas.',
        ['microsoft nscale null signed gpu_cloud'],
      ],
      [
        'it',
        'OpenAI e Oracle hanno firmato un accordo per 4,5 gigawatt di capacità di data center negli Stati Uniti.',
        ['openai oracle null signed gpu_cloud'],
      ],
      [
        'pt',
        'A OpenAI assinou um acordo com a Oracle para 4,5 gigawatts de capacidade de data centers nos Estados Unidos.',
        ['openai oracle null signed gpu_cloud'],
      ],
      [
        'en',
        'OpenAI and Oracle signed an agreement to develop 4.5 gigawatts of data center capacity.',
        ['openai oracle null signed gpu_cloud'],
      ],
      [
        'es',
        'Microsoft construirá en Wisconsin un campus de centros de datos de 2 gigavatios para sus propios servicios de nube.',
        [],
      ],
      [
        'it',
        'Il governo punta a 5 gigawatt di nuovi data center entro il 2030 per la capacità di calcolo nazionale.',
        [],
      ],
    ],
    /**
     * "4,5 gigavatios adicionales … dentro del proyecto Stargate", "la capacidad de Stargate supera los 5
     * gigavatios": the programme a deal is told within, or whose capacity it adds up to, is no party, and it takes
     * no expansion away from the pair that signs it.
     */
    'a programme an expansion is told within is no party and keeps the expansion': [
      [
        'es',
        'OpenAI ha cerrado con Oracle un acuerdo para desarrollar 4,5 gigavatios adicionales de capacidad de centros de datos dentro del proyecto Stargate.',
        ['openai oracle null expanded gpu_cloud'],
      ],
      [
        'es',
        'OpenAI ha cerrado con Oracle un acuerdo para desarrollar 4,5 gigavatios adicionales de capacidad de centros de datos. Con esta ampliación, la capacidad de Stargate en desarrollo supera los 5 gigavatios.',
        ['openai oracle null expanded gpu_cloud'],
      ],
      [
        'it',
        "OpenAI ha chiuso con Oracle un accordo per sviluppare 4,5 gigawatt aggiuntivi di capacità di data center nell'ambito del progetto Stargate.",
        ['openai oracle null expanded gpu_cloud'],
      ],
      [
        'en',
        "OpenAI agreed with Oracle to develop 4.5 gigawatts of additional data center capacity. With it, Stargate's total data center capacity tops 5 gigawatts.",
        ['openai oracle null expanded gpu_cloud'],
      ],
      [
        'es',
        'La capacidad de Stargate en desarrollo supera ya los 5 gigavatios de centros de datos, según OpenAI.',
        [],
      ],
      [
        'es',
        'OpenAI ha cerrado con Oracle un acuerdo para 4,5 gigavatios adicionales de capacidad de centros de datos dentro del plan Stargate.',
        ['openai oracle null expanded gpu_cloud'],
      ],
    ],
    /**
     * "Lo más leído", "Most read", "I più letti", "Mais lidas": a most-read list under the article is other stories'
     * headlines; a row naming one company and a power figure ("Microsoft construirá en Wisconsin un campus de 2
     * gigavatios") was paired with the lead's buyer.
     */
    'a most-read list holds other stories': [
      [
        'es',
        'OpenAI firmó con Oracle un acuerdo de nube.\n\nLo más leído:\n•\nMicrosoft construirá en Wisconsin un campus de 2 gigavatios\n•\nEl peso cierra estable',
        ['openai oracle null signed gpu_cloud'],
      ],
      [
        'en',
        'OpenAI signed a cloud agreement with Oracle.\n\nMost read:\n•\nMicrosoft will build a 2 gigawatt campus in Wisconsin\n•\nThe dollar closes flat',
        ['openai oracle null signed gpu_cloud'],
      ],
      [
        'it',
        'OpenAI ha firmato con Oracle un accordo di cloud computing.\n\nI più letti\n•\nMicrosoft costruirà in Wisconsin un campus da 2 gigawatt\n•\nLo spread chiude stabile',
        ['openai oracle null signed gpu_cloud'],
      ],
      [
        'pt',
        'A OpenAI fechou com a Oracle um acordo de computação em nuvem.\n\nMais lidas\n•\nMicrosoft vai construir em Wisconsin um campus de 2 gigawatts\n•\nDólar fecha estável',
        ['openai oracle null signed gpu_cloud'],
      ],
      [
        'es',
        'Lo más leído:\n•\nMicrosoft construirá en Wisconsin un campus de 2 gigavatios\n•\nNebius abre un centro de datos en Finlandia',
        [],
      ],
    ],
    /**
     * "un contrato de nube con ingresos anuales de más de 30.000 millones de dólares": the yearly revenue named before
     * the figure is a rate, as "30.000 millones de dólares anuales" is; it is no contract's value.
     */
    'a yearly revenue named before the figure is a rate': [
      [
        'es',
        'Oracle firmó con OpenAI un contrato de nube con ingresos anuales de más de 30.000 millones de dólares.',
        ['openai oracle null signed gpu_cloud'],
      ],
      [
        'en',
        'Oracle signed a cloud contract with OpenAI with annual revenue of more than $30 billion.',
        ['openai oracle null signed gpu_cloud'],
      ],
      [
        'it',
        'Oracle ha firmato con OpenAI un contratto cloud con ricavi annui di oltre 30 miliardi di dollari.',
        ['openai oracle null signed gpu_cloud'],
      ],
      [
        'pt',
        'A Oracle fechou com a OpenAI um contrato de nuvem com receitas anuais de mais de US$ 30 bilhões.',
        ['openai oracle null signed gpu_cloud'],
      ],
      [
        'es',
        'Oracle firmó con OpenAI un contrato de nube de 30.000 millones de dólares.',
        ['openai oracle 30000000000 signed gpu_cloud'],
      ],
      ['it', 'Oracle prevede ricavi annui di oltre 30 miliardi di dollari dal suo cloud per il calcolo.', []],
    ],
  },
  true,
);
