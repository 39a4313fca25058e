// What real pages print around a deal that is NOT a deal, in six languages: share prices and tickers, market
// values, listings and valuations, funding rounds and debt, loans, revenue and guidance, backlog, a contract's yearly
// income, capex plans, building costs, subsidies, jobs, forecasts, analysts' price targets, comparisons with
// another contract. Written after reading about seventy real pages on Nscale, Hut 8, Applied Digital, Nebius,
// IREN, Anthropic-Azure/Nvidia, Cerebras, TeraWulf, Cipher, Lambda, CoreWeave and Oracle; the sentences are
// invented. Each kind holds negatives that must stay silent in three languages or more, and a positive beside them
// that must still be found ("buyer provider valueUsd" as a prefix of each mention, in order).
import { describe, expect, it } from 'vitest';
import { eachCorpusPage, eachFamily } from './mention-cases';

type Lang = 'en' | 'fr' | 'de' | 'es' | 'it' | 'pt';
type Family = readonly [lang: Lang, text: string, want: readonly string[]];

const MARKET: Family[] = [
  ['en', 'Shares of Nebius rose 12% to $118 in early trading, while CoreWeave gained 4% to $131.', []],
  [
    'de',
    'Die Aktie von Nebius stieg um 12 Prozent auf 118 Dollar, CoreWeave legte 4 Prozent auf 131 Dollar zu.',
    [],
  ],
  ['it', 'Il titolo di IREN è balzato del 20% a 74 dollari, mentre Microsoft ha chiuso a 512 dollari.', []],
  ['pt', 'As ações da Cipher subiram 18% para US$ 14, e as da Amazon fecharam a US$ 230.', []],
  [
    'es',
    'Las acciones de TeraWulf se dispararon un 30% hasta los 12 dólares; Google cerró en 250 dólares.',
    [],
  ],
  ['fr', 'Le titre Oracle a bondi de 9 % à 310 dollars, tandis qu’OpenAI reste non coté.', []],
  [
    'en',
    'Microsoft signed a $9.7 billion, five-year cloud contract with IREN. Shares of IREN jumped 24% to $74.88 and Dell gained 4% to $140.',
    ['microsoft iren 9700000000'],
  ],
  [
    'de',
    'Microsoft hat mit IREN einen Cloud-Vertrag über 9,7 Milliarden Dollar für fünf Jahre unterzeichnet. Die IREN-Aktie sprang um 24 Prozent auf 74,88 Dollar, Dell gewann 4 Prozent auf 140 Dollar.',
    ['microsoft iren 9700000000'],
  ],
  [
    'it',
    'Microsoft ha firmato con IREN un contratto cloud da 9,7 miliardi di dollari per cinque anni. Il titolo IREN è salito del 24% a 74,88 dollari e Dell ha guadagnato il 4% a 140 dollari.',
    ['microsoft iren 9700000000'],
  ],
  [
    'en',
    'The move added about $800 million to Hut 8’s market value, while Fluidstack was last valued at $7 billion.',
    [],
  ],
  [
    'de',
    'Der Kurssprung fügte dem Börsenwert von Hut 8 rund 800 Millionen Dollar hinzu; Fluidstack wurde zuletzt mit 7 Milliarden Dollar bewertet.',
    [],
  ],
  [
    'pt',
    'A alta acrescentou cerca de US$ 800 milhões ao valor de mercado da Hut 8; a Fluidstack foi avaliada em US$ 7 bilhões.',
    [],
  ],
  ['it', 'Nebius, che capitalizza circa 15 miliardi di dollari, affitterà GPU a Microsoft.', []],
  [
    'es',
    'Nebius, con una capitalización bursátil de unos 15.000 millones de dólares, alquilará GPU a Microsoft.',
    [],
  ],
  [
    'en',
    'BTC: $88,255 -0.08% ETH: $2,986 NVDA +1.02% ORCL -5.40% Hut 8 lands $7B AI lease with Fluidstack',
    ['fluidstack hut-8 7000000000'],
  ],
  ['it', 'Nebius, con una capitalizzazione di 15 miliardi di dollari, affitterà GPU a Microsoft.', []],
  ['de', 'Nebius, an der Börse rund 15 Milliarden Dollar wert, vermietet GPUs an Microsoft.', []],
  ['en', 'Nebius, a $15 billion company, will rent GPUs to Microsoft.', []],
  ['en', 'The $15bn company will rent GPUs to Microsoft, Nebius said.', []],
  ['pt', 'A Nebius, avaliada em US$ 15 bilhões na bolsa, vai alugar GPUs à Microsoft.', []],
  ['es', 'Nebius, que vale 15.000 millones de dólares en bolsa, alquilará GPU a Microsoft.', []],
  ['fr', 'Nebius, qui pèse 15 milliards de dollars en Bourse, louera des GPU à Microsoft.', []],
  ['fr', 'Nebius, valorisée 15 milliards de dollars en Bourse, louera des GPU à Microsoft.', []],
  [
    'es',
    'Nebius, que cotiza en bolsa desde 2024 firmó con Meta un contrato de capacidad de 3.000 millones de dólares.',
    ['meta nebius 3000000000'],
  ],
  [
    'it',
    'Nebius, quotata in borsa dal 2024 ha firmato con Meta un contratto di capacità da 3 miliardi di dollari.',
    ['meta nebius 3000000000'],
  ],
  [
    'pt',
    'A Nebius, listada na bolsa desde 2024 assinou com a Meta um contrato de capacidade de US$ 3 bilhões.',
    ['meta nebius 3000000000'],
  ],
  [
    'de',
    'Nebius, an der Börse seit 2024 notiert, hat mit Meta einen Vertrag über Rechenkapazität für 3 Milliarden Dollar unterzeichnet.',
    ['meta nebius 3000000000'],
  ],
  ['en', 'Oracle announced a $10 billion share buyback on the day it booked more OpenAI business.', []],
  ['fr', 'Oracle a annoncé un rachat d’actions de 10 milliards de dollars le jour où OpenAI a signé.', []],
  [
    'de',
    'Oracle kündigte ein Aktienrückkaufprogramm über 10 Milliarden Dollar an, am Tag des OpenAI-Vertrags.',
    [],
  ],
  [
    'it',
    'Oracle ha annunciato un riacquisto di azioni da 10 miliardi di dollari nel giorno del contratto con OpenAI.',
    [],
  ],
];

const LISTING: Family[] = [
  [
    'en',
    'Nvidia owned about 7.7 million shares of Applied Digital, worth $43.4 million, and 24.2 million shares of CoreWeave, worth $896.7 million.',
    [],
  ],
  [
    'de',
    'Nvidia hält rund 7,7 Millionen Aktien von Applied Digital im Wert von 43,4 Millionen Dollar und 24,2 Millionen CoreWeave-Aktien im Wert von 896,7 Millionen Dollar.',
    [],
  ],
  [
    'it',
    'Nvidia detiene circa 24,2 milioni di azioni CoreWeave, per un valore di 896,7 milioni di dollari.',
    [],
  ],
  [
    'en',
    'Google will receive warrants for about 41 million TeraWulf shares, an 8% stake, in exchange for a $1.8 billion backstop of Fluidstack’s lease.',
    [],
  ],
  [
    'en',
    'CoreWeave raised $1.5 billion in its IPO at a $23 billion valuation; OpenAI is its largest customer.',
    [],
  ],
  [
    'pt',
    'A CoreWeave levantou US$ 1,5 bilhão no IPO, com valor de mercado de US$ 14 bilhões; a Microsoft é sua maior cliente.',
    [],
  ],
  [
    'it',
    'Cerebras punta a raccogliere 3,5 miliardi di dollari in Borsa con una valutazione di 26,6 miliardi; OpenAI è il suo cliente principale.',
    [],
  ],
  [
    'de',
    'Cerebras will beim Börsengang bis zu 3,5 Milliarden Dollar einsammeln, bei einer Bewertung von 26,6 Milliarden; OpenAI ist größter Kunde.',
    [],
  ],
  [
    'fr',
    'Cerebras veut lever jusqu’à 3,5 milliards de dollars lors de son introduction en Bourse; OpenAI est son premier client.',
    [],
  ],
  [
    'es',
    'Cerebras quiere captar hasta 3.500 millones de dólares en su salida a bolsa; OpenAI es su mayor cliente.',
    [],
  ],
  [
    'pt',
    'A Cerebras quer captar até US$ 3,5 bilhões na oferta inicial de ações; a OpenAI é sua maior cliente.',
    [],
  ],
  ['en', 'Cerebras aims to raise up to $4.8 billion in its IPO, with OpenAI as its anchor customer.', []],
  [
    'de',
    'Google erhält Optionsscheine auf rund 41 Millionen TeraWulf-Aktien und sichert Fluidstacks Mietzahlungen mit 1,8 Milliarden Dollar ab.',
    [],
  ],
  [
    'it',
    'Google riceverà warrant su circa 41 milioni di azioni TeraWulf e garantirà 1,8 miliardi di dollari degli obblighi di Fluidstack.',
    [],
  ],
  ['en', 'OpenAI received $350 million of CoreWeave stock as part of the arrangement.', []],
  ['pt', 'A OpenAI recebeu US$ 350 milhões em ações da CoreWeave como parte do acordo.', []],
  ['it', 'OpenAI ha ricevuto azioni CoreWeave per 350 milioni di dollari nell’ambito dell’accordo.', []],
  ['de', 'OpenAI erhielt im Rahmen der Vereinbarung CoreWeave-Aktien im Wert von 350 Millionen Dollar.', []],
  [
    'de',
    'Cerebras, die vor dem Börsengang steht hat mit OpenAI einen Vertrag über Rechenleistung für 10 Milliarden Dollar geschlossen.',
    ['openai cerebras 10000000000'],
  ],
  [
    'es',
    'Cerebras, de cara a su salida a bolsa firmó con OpenAI un contrato de capacidad de cómputo de 10.000 millones de dólares.',
    ['openai cerebras 10000000000'],
  ],
  [
    'it',
    'Cerebras, in vista della quotazione in borsa ha firmato con OpenAI un contratto di capacità di calcolo da 10 miliardi di dollari.',
    ['openai cerebras 10000000000'],
  ],
  [
    'en',
    'OpenAI signed a $10 billion compute contract with Cerebras, which is preparing a listing at a $26.6 billion valuation.',
    ['openai cerebras 10000000000'],
  ],
  [
    'de',
    'OpenAI hat mit Cerebras einen Rechenleistungsvertrag über 10 Milliarden Dollar geschlossen. Cerebras will beim Börsengang bis zu 3,5 Milliarden Dollar einsammeln.',
    ['openai cerebras 10000000000'],
  ],
];

const DEBT: Family[] = [
  [
    'en',
    'Nebius said it would raise $3 billion, including $2 billion of convertible notes, days after its deal with Microsoft.',
    [],
  ],
  ['en', 'Lambda raised $1.5 billion in a round led by TWG Global, weeks after its Microsoft agreement.', []],
  [
    'de',
    'Nscale schloss eine Series-B-Runde über 1,1 Milliarden Dollar ab, an der sich Nvidia und Dell beteiligten.',
    [],
  ],
  [
    'fr',
    'Nebius, qui vient de conclure un contrat avec Microsoft, a annoncé son intention de lever 3 milliards de dollars, dont 2 milliards d’obligations convertibles.',
    [],
  ],
  [
    'it',
    'TeraWulf ha collocato obbligazioni convertibili per 1 miliardo di dollari per finanziare il campus che ospiterà Fluidstack.',
    [],
  ],
  [
    'pt',
    'A IREN levantou US$ 1 bilhão em notas conversíveis para financiar a expansão que atenderá a Microsoft.',
    [],
  ],
  [
    'es',
    'Lambda cerró una ronda de financiación de 1.500 millones de dólares tras su acuerdo con Microsoft.',
    [],
  ],
  [
    'en',
    'Hut 8 expects JPMorgan and Goldman Sachs to underwrite up to 85% of the $7 billion project’s cost for Fluidstack.',
    [],
  ],
  [
    'en',
    'CoreWeave has borrowed more than $12 billion using its GPUs and its contracts with Microsoft and OpenAI as collateral.',
    [],
  ],
  [
    'de',
    'CoreWeave hat sich mehr als 12 Milliarden Dollar geliehen und dafür seine GPUs und Verträge mit Microsoft als Sicherheit hinterlegt.',
    [],
  ],
  [
    'fr',
    'Oracle prévoit d’ajouter 38 milliards de dollars de dette pour financer son infrastructure pour OpenAI.',
    [],
  ],
  [
    'es',
    'Oracle emitirá 38.000 millones de dólares en bonos para financiar los centros de datos de OpenAI.',
    [],
  ],
  [
    'it',
    'Oracle ha in programma di raccogliere fino a 50 miliardi di dollari tra debito e azioni per servire OpenAI, xAI e Meta.',
    [],
  ],
  [
    'pt',
    'A Oracle pretende captar até US$ 50 bilhões em dívida e ações para atender OpenAI, xAI e Meta.',
    [],
  ],
  [
    'it',
    'CoreWeave ha preso in prestito oltre 12 miliardi di dollari usando come garanzia le GPU e i contratti con Microsoft.',
    [],
  ],
  [
    'pt',
    'A CoreWeave tomou emprestados mais de US$ 12 bilhões usando como garantia suas GPUs e os contratos com a Microsoft.',
    [],
  ],
  [
    'es',
    'CoreWeave ha pedido prestados más de 12.000 millones de dólares con sus GPU y sus contratos con Microsoft como garantía.',
    [],
  ],
  [
    'fr',
    'CoreWeave a emprunté plus de 12 milliards de dollars en gageant ses GPU et ses contrats avec Microsoft.',
    [],
  ],
  [
    'en',
    'Nebius will finance the Vineland build with debt secured against the Microsoft contract, raising $4.2 billion from lenders.',
    [],
  ],
  [
    'de',
    'Nebius finanziert den Bau für Microsoft mit einem Kredit über 4,2 Milliarden Dollar, besichert durch den Vertrag.',
    [],
  ],
  [
    'en',
    'In 2023 CoreWeave raised $2.3 billion in debt from Blackstone and Magnetar, backed by its Nvidia chips.',
    [],
  ],
  [
    'de',
    'Bereits 2023 hatte CoreWeave bei Blackstone und Magnetar 2,3 Milliarden Dollar Schulden aufgenommen.',
    [],
  ],
  ['it', 'Nel 2024 Nebius aveva raccolto 700 milioni di dollari da Nvidia e Accel.', []],
  ['pt', 'Em 2024 a Nebius captou US$ 700 milhões junto à Nvidia e à Accel.', []],
  [
    'en',
    'OpenAI lent Cerebras $1 billion in working capital and received warrants for 33.5 million shares.',
    [],
  ],
  [
    'es',
    'OpenAI prestó a Cerebras 1.000 millones de dólares de capital circulante a cambio de warrants.',
    [],
  ],
  [
    'de',
    'OpenAI hat Cerebras ein Darlehen über 1 Milliarde Dollar gewährt und dafür Optionen auf 33,5 Millionen Aktien erhalten.',
    [],
  ],
  ['it', 'OpenAI ha prestato a Cerebras 1 miliardo di dollari di capitale circolante.', []],
  ['fr', 'OpenAI a prêté 1 milliard de dollars à Cerebras et reçu des bons de souscription.', []],
  ['de', 'Nvidia investiert bis zu 11 Milliarden Pfund in Nscale und CoreWeave.', []],
  ['en', 'Nvidia will put up to £11 billion into Nscale and CoreWeave in the UK.', []],
  ['de', 'Microsoft mietet bei Nscale in Portugal – Start-up sammelt parallel 1,1 Milliarden Dollar ein', []],
  ['de', 'Nscale sammelte im September 1,1 Milliarden Dollar bei Investoren ein, darunter Nvidia.', []],
  ['en', 'Microsoft rents from Nscale in Portugal as the start-up raises $1.1 billion', []],
  ['fr', 'Microsoft loue chez Nscale au Portugal, la jeune pousse lève 1,1 milliard de dollars', []],
  ['es', 'Microsoft alquila a Nscale en Portugal; la startup capta 1.100 millones de dólares', []],
  [
    'de',
    'Microsoft mietet bei Nscale GPU-Kapazität für 1,9 Milliarden Dollar – Start-up sammelt parallel 1,1 Milliarden Dollar ein',
    ['microsoft nscale 1900000000'],
  ],
  [
    'en',
    'Nebius signed a $17.4 billion GPU capacity contract with Microsoft. Nebius said it would raise $3 billion, including $2 billion of convertible notes.',
    ['microsoft nebius 17400000000'],
  ],
  [
    'pt',
    'A Nebius assinou com a Microsoft um contrato de capacidade de GPU de US$ 17,4 bilhões. A empresa vai captar US$ 3 bilhões, dos quais US$ 2 bilhões em notas conversíveis.',
    ['microsoft nebius 17400000000'],
  ],
  [
    'pt',
    'A CoreWeave tomou emprestados mais de US$ 12 bilhões; a Meta assinou com ela um contrato de capacidade de US$ 14 bilhões.',
    ['meta coreweave 14000000000'],
  ],
];

const RESULTS: Family[] = [
  [
    'en',
    'Applied Digital reported $53 million in revenue in its latest quarter, and CoreWeave expects $5 billion of revenue this year.',
    [],
  ],
  [
    'de',
    'CoreWeave erwartet für dieses Jahr einen Umsatz von 5 Milliarden Dollar; Applied Digital meldete zuletzt 53 Millionen Dollar Quartalsumsatz.',
    [],
  ],
  [
    'pt',
    'A CoreWeave teve receita de US$ 1,9 bilhão em 2024, e a Microsoft respondeu por 62% desse valor.',
    [],
  ],
  ['it', 'Oracle punta a 166 miliardi di dollari di ricavi cloud entro il 2030, anche grazie a OpenAI.', []],
  [
    'es',
    'IREN aspira a generar 500 millones de dólares de ingresos anualizados con Microsoft y otros clientes a principios de 2026.',
    [],
  ],
  [
    'fr',
    'Nebius vise un chiffre d’affaires annualisé de 1 milliard de dollars fin 2025 grâce à Microsoft et Meta.',
    [],
  ],
  [
    'en',
    'Hut 8 signed a 15-year, $7 billion lease with Fluidstack. It expects about $454 million of average annual net operating income, or $6.9 billion over the base term.',
    ['fluidstack hut-8 7000000000'],
  ],
  [
    'es',
    'Microsoft firmó con IREN un contrato de nube de 9.700 millones de dólares a cinco años. El acuerdo generará ingresos anuales de unos 1.940 millones de dólares, según IREN.',
    ['microsoft iren 9700000000'],
  ],
  [
    'de',
    'Applied Digital hat mit CoreWeave zwei Mietverträge über 15 Jahre im Wert von 7 Milliarden Dollar geschlossen, im Schnitt rund 467 Millionen Dollar pro Jahr.',
    ['coreweave applied-digital 7000000000'],
  ],
  ['en', 'Microsoft accounted for 62% of CoreWeave’s $1.9 billion of revenue in 2024.', []],
  [
    'it',
    'Nel 2024 Microsoft ha rappresentato il 62% dei ricavi di CoreWeave, pari a 1,9 miliardi di dollari.',
    [],
  ],
  [
    'de',
    'Microsoft stand 2024 für 62 Prozent des Umsatzes von CoreWeave in Höhe von 1,9 Milliarden Dollar.',
    [],
  ],
  [
    'fr',
    'Microsoft a représenté 62 % du chiffre d’affaires de CoreWeave, soit 1,9 milliard de dollars en 2024.',
    [],
  ],
  [
    'es',
    'Microsoft supuso el 62% de los ingresos de CoreWeave, que alcanzaron 1.900 millones de dólares en 2024.',
    [],
  ],
  ['pt', 'A Microsoft respondeu por 62% da receita de US$ 1,9 bilhão da CoreWeave em 2024.', []],
  [
    'fr',
    'Les obligations de performance restantes d’Oracle ont atteint 455 milliards de dollars, dont au moins 300 milliards liés à OpenAI.',
    [],
  ],
  [
    'it',
    'Il portafoglio ordini di Oracle ha raggiunto 455 miliardi di dollari, di cui almeno 300 legati a OpenAI.',
    [],
  ],
  [
    'de',
    'Oracles Auftragsbestand stieg auf 455 Milliarden Dollar, davon mindestens 300 Milliarden von OpenAI.',
    [],
  ],
  [
    'en',
    'Galaxy expects the leases with CoreWeave to bring in about $1 billion of revenue a year, or more than $15 billion over their terms.',
    ['coreweave galaxy-digital 15000000000'],
  ],
  [
    'de',
    'Galaxy erwartet aus den Mietverträgen mit CoreWeave rund 1 Milliarde Dollar Mieteinnahmen pro Jahr.',
    // The leases are told ("Mietverträgen mit CoreWeave"), their yearly income is no value: as in es, it, pt.
    ['coreweave galaxy-digital null'],
  ],
  [
    'es',
    'Galaxy espera que los contratos con CoreWeave aporten unos 1.000 millones de dólares de ingresos al año.',
    ['coreweave galaxy-digital null'],
  ],
  [
    'it',
    'Galaxy prevede che i contratti con CoreWeave portino circa 1 miliardo di dollari di ricavi all’anno.',
    ['coreweave galaxy-digital null'],
  ],
  [
    'pt',
    'A Galaxy espera que os contratos com a CoreWeave rendam cerca de US$ 1 bilhão de receita por ano.',
    ['coreweave galaxy-digital null'],
  ],
  [
    'fr',
    'Galaxy attend de ses baux avec CoreWeave environ 1 milliard de dollars de recettes par an.',
    ['coreweave galaxy-digital null'],
  ],
];

const PLANS: Family[] = [
  [
    'en',
    'Microsoft plans to spend $80 billion on data centers this fiscal year, and Meta raised its capex guidance to $72 billion.',
    [],
  ],
  [
    'de',
    'Microsoft will im laufenden Geschäftsjahr 80 Milliarden Dollar in Rechenzentren stecken; Meta hob die Investitionsprognose auf 72 Milliarden Dollar an.',
    [],
  ],
  [
    'it',
    'CoreWeave prevede investimenti tra 20 e 23 miliardi di dollari quest’anno per servire OpenAI e Microsoft.',
    [],
  ],
  [
    'pt',
    'A CoreWeave projeta investimentos entre US$ 20 e US$ 23 bilhões neste ano para atender OpenAI e Microsoft.',
    [],
  ],
  [
    'es',
    'Oracle invertirá 35.000 millones de dólares en centros de datos este año para atender a OpenAI.',
    [],
  ],
  [
    'fr',
    'Oracle prévoit 35 milliards de dollars d’investissements cette année pour servir OpenAI et Meta.',
    [],
  ],
  [
    'en',
    'Industry executives estimate that 1 GW of AI compute for Anthropic could cost $20 billion to $25 billion with Nvidia chips.',
    [],
  ],
  [
    'de',
    'Ein Gigawatt KI-Rechenleistung kostet nach Schätzungen von Branchenkennern 20 bis 25 Milliarden Dollar, Nvidia-Chips eingeschlossen.',
    [],
  ],
  [
    'fr',
    'Un datacenter d’un gigawatt coûte entre 45 et 60 milliards de dollars, selon les calculs d’Oracle et de Crusoe.',
    [],
  ],
  ['it', 'Secondo TeraWulf, costruire per Fluidstack costa tra 8 e 10 milioni di dollari per megawatt.', []],
  [
    'es',
    'TeraWulf calcula un coste de entre 8 y 10 millones de dólares por megavatio para el campus de Fluidstack.',
    [],
  ],
  [
    'en',
    'According to Nvidia, global spending on AI infrastructure could reach $3 trillion to $4 trillion by the end of the decade.',
    [],
  ],
  [
    'es',
    'Según Nvidia, el gasto mundial en infraestructura de IA podría alcanzar entre 3 y 4 billones de dólares a finales de la década.',
    [],
  ],
  [
    'de',
    'Laut Nvidia könnten die weltweiten Ausgaben für KI-Infrastruktur bis Ende des Jahrzehnts 3 bis 4 Billionen Dollar erreichen.',
    [],
  ],
  [
    'pt',
    'Segundo a Nvidia, os gastos com infraestrutura de IA podem chegar a US$ 4 trilhões até o fim da década.',
    [],
  ],
  [
    'it',
    'Il mercato dei neocloud come CoreWeave e Nebius potrebbe valere 400 miliardi di dollari entro il 2030.',
    [],
  ],
  [
    'de',
    'Cipher Mining hat eine Anlage in Barber Lake für 67,5 Millionen Dollar erworben, die für Hosting mit Fluidstack geeignet ist.',
    [],
  ],
  [
    'en',
    'Galaxy Digital bought 160 acres next to Helios for $30 million, where CoreWeave runs its clusters.',
    [],
  ],
  [
    'en',
    'Photo: Nvidia GB300 racks at IREN’s Childress campus, where Microsoft will rent capacity. (Credit: IREN)',
    [],
  ],
  [
    'de',
    'Die Bundesregierung fördert das Rechenzentrum von Nscale und Microsoft in Loughton mit 500 Millionen Euro.',
    [],
  ],
  ['it', 'Il governo britannico sostiene con 500 milioni di sterline il campus di Nscale per Microsoft.', []],
  [
    'pt',
    'O governo português concedeu incentivos de 200 milhões de euros ao campus da Nscale em Sines, que atenderá a Microsoft.',
    [],
  ],
  [
    'en',
    'The Ellendale campus for CoreWeave will create 500 jobs and cost Applied Digital $3 billion to build.',
    [],
  ],
  [
    'es',
    'El campus de Applied Digital para CoreWeave creará 500 empleos y costará 3.000 millones de dólares.',
    [],
  ],
  [
    'de',
    'Der Campus von Applied Digital für CoreWeave soll 500 Arbeitsplätze schaffen und 3 Milliarden Dollar kosten.',
    [],
  ],
  [
    'it',
    'Il campus di Applied Digital per CoreWeave creerà 500 posti di lavoro e costerà 3 miliardi di dollari.',
    [],
  ],
  [
    'fr',
    'L’État accordera 120 millions d’euros d’aides au campus de Nscale à Sines, qui servira Microsoft.',
    [],
  ],
  [
    'de',
    'Die Regierung gewährt dem Nscale-Campus in Sines, der Microsoft bedienen soll, Fördermittel über 120 Millionen Euro.',
    [],
  ],
  [
    'es',
    'Microsoft recibirá ayudas públicas de 120 millones de euros para el campus de Nscale en Sines.',
    [],
  ],
  ['en', 'Microsoft will receive €120 million in government grants for the Nscale campus in Sines.', []],
  [
    'pt',
    'A Microsoft receberá subsídios públicos de 120 milhões de euros para o campus da Nscale em Sines.',
    [],
  ],
  [
    'it',
    'Microsoft riceverà contributi pubblici per 120 milioni di euro per il campus di Nscale a Sines.',
    [],
  ],
  [
    'fr',
    'Microsoft loue à Nscale de la capacité GPU à Sines pour 1,9 milliard de dollars ; l’État accordera 120 millions d’euros d’aides au campus.',
    ['microsoft nscale 1900000000'],
  ],
  [
    'en',
    'Applied Digital signed two 15-year leases with CoreWeave worth $7 billion. The Ellendale campus will create 500 jobs and cost $3 billion to build.',
    ['coreweave applied-digital 7000000000'],
  ],
];

const LAND: Family[] = [
  [
    'pt',
    'A empresa, que já atende a Fluidstack em outro campus, comprou no ano passado o terreno de Barber Lake por US$ 67,5 milhões.',
    [],
  ],
  ['en', 'Galaxy bought 160 acres next to the CoreWeave campus for about $30 million.', []],
  ['de', 'Cipher hat neben dem Campus für Fluidstack ein Grundstück für 67,5 Millionen Dollar gekauft.', []],
  [
    'es',
    'Cipher compró por 67,5 millones de dólares un terreno junto al campus que alquila a Fluidstack.',
    [],
  ],
  [
    'it',
    'Cipher ha acquistato per 67,5 milioni di dollari un terreno accanto al campus affittato a Fluidstack.',
    [],
  ],
  ['fr', 'Cipher a acheté pour 67,5 millions de dollars un terrain voisin du campus loué à Fluidstack.', []],
  [
    'pt',
    'A Cipher comprou um terreno por US$ 67,5 milhões e assinou com a Amazon um aluguel de US$ 5,5 bilhões para o campus.',
    ['amazon cipher-mining 5500000000'],
  ],
];

const USER: Family[] = [
  [
    'de',
    'Hut 8 vermietet seinen Campus in Louisiana für 7 Milliarden Dollar an Fluidstack. Der Bitcoin-Miner überlässt Fluidstack 245 Megawatt für 15 Jahre, Anthropic soll die Rechner nutzen.',
    ['fluidstack hut-8 7000000000'],
  ],
  [
    'en',
    'Hut 8 leases its Louisiana campus to Fluidstack for $7 billion. The miner rents 245 megawatts to Fluidstack for 15 years, and Anthropic will use the computers.',
    ['fluidstack hut-8 7000000000'],
  ],
  [
    'it',
    'Hut 8 affitta a Fluidstack il campus in Louisiana per 7 miliardi di dollari. Il miner cede 245 megawatt a Fluidstack per 15 anni e Anthropic utilizzerà i computer.',
    ['fluidstack hut-8 7000000000'],
  ],
  [
    'es',
    'Hut 8 alquila a Fluidstack su campus de Luisiana por 7.000 millones de dólares. La minera cede 245 megavatios a Fluidstack durante 15 años y Anthropic usará los servidores.',
    ['fluidstack hut-8 7000000000'],
  ],
  [
    'pt',
    'A Hut 8 aluga à Fluidstack seu campus na Louisiana por US$ 7 bilhões. A mineradora cede 245 megawatts à Fluidstack por 15 anos, e a Anthropic vai usar os servidores.',
    ['fluidstack hut-8 7000000000'],
  ],
  [
    'fr',
    'Hut 8 loue à Fluidstack son campus de Louisiane pour 7 milliards de dollars. Le mineur cède 245 mégawatts à Fluidstack pour 15 ans, et Anthropic utilisera les serveurs.',
    ['fluidstack hut-8 7000000000'],
  ],
  ['de', 'Google steht für die Miete gerade, Anthropic soll die Rechner nutzen.', []],
  ['es', 'Google respalda el alquiler y Anthropic usará los servidores.', []],
  ['it', 'Google garantisce l’affitto di Fluidstack e Anthropic utilizzerà i computer.', []],
  ['fr', 'Google garantit le loyer de Fluidstack ; Anthropic utilisera les serveurs.', []],
  [
    'en',
    'Microsoft will use the $17.4 billion of GPU capacity it rents from Nebius for Copilot.',
    ['microsoft nebius 17400000000'],
  ],
  [
    'en',
    'A $9.7 billion AI cloud deal for IREN: Microsoft will use its GPU capacity in Texas for five years.',
    ['microsoft iren 9700000000'],
  ],
  [
    'it',
    'Un accordo cloud da 9,7 miliardi di dollari per IREN: Microsoft userà la capacità GPU in Texas per cinque anni.',
    ['microsoft iren 9700000000'],
  ],
];

const ANALYSTS: Family[] = [
  [
    'en',
    'H.C. Wainwright raised its price target on Cipher Mining to $17 from $7.50 after the Fluidstack contract.',
    [],
  ],
  [
    'de',
    'JPMorgan hob das Kursziel für Cipher Mining von 12 auf 18 Dollar an; für IREN stieg das Ziel auf 39 Dollar.',
    [],
  ],
  [
    'it',
    'Morgan Stanley ha alzato il prezzo obiettivo su Cipher a 38 dollari e su TeraWulf a 37 dollari.',
    [],
  ],
  ['pt', 'O JPMorgan elevou o preço-alvo da Cipher Mining para US$ 18 e o da IREN para US$ 39.', []],
  [
    'es',
    'Morgan Stanley fijó un precio objetivo de 38 dólares para Cipher y de 37 dólares para TeraWulf.',
    [],
  ],
  ['fr', 'Jefferies relève son objectif de cours sur Nebius à 150 dollars après le contrat Microsoft.', []],
  [
    'en',
    'Cipher Mining signed a 10-year, $3 billion hosting contract with Fluidstack. H.C. Wainwright raised its price target on Cipher to $17.',
    ['fluidstack cipher-mining 3000000000'],
  ],
  [
    'it',
    'Cipher Mining ha firmato con Fluidstack un contratto di hosting decennale da 3 miliardi di dollari. Morgan Stanley ha alzato il prezzo obiettivo su Cipher a 38 dollari.',
    ['fluidstack cipher-mining 3000000000'],
  ],
];

const COMPARE: Family[] = [
  [
    'en',
    'Anthropic will buy $30 billion of Azure compute from Microsoft, a smaller sum than OpenAI’s $250 billion Azure commitment.',
    // The compared amount names both companies of its deal (Azure is Microsoft's cloud): a deal in passing.
    ['anthropic microsoft 30000000000', 'openai microsoft 250000000000'],
  ],
  [
    'de',
    'Anthropic kauft bei Microsoft Azure-Rechenleistung für 30 Milliarden Dollar – deutlich weniger als die 250 Milliarden Dollar, die OpenAI bei Azure zugesagt hat.',
    ['anthropic microsoft 30000000000', 'openai microsoft 250000000000'],
  ],
  [
    'it',
    'Anthropic acquisterà da Microsoft capacità Azure per 30 miliardi di dollari, meno dei 250 miliardi promessi da OpenAI.',
    ['anthropic microsoft 30000000000'],
  ],
  [
    'pt',
    'A Anthropic vai comprar US$ 30 bilhões em capacidade do Azure da Microsoft, menos que os US$ 250 bilhões prometidos pela OpenAI.',
    ['anthropic microsoft 30000000000'],
  ],
  [
    'es',
    'Anthropic comprará a Microsoft capacidad de Azure por 30.000 millones de dólares, menos que los 250.000 millones comprometidos por OpenAI.',
    ['anthropic microsoft 30000000000'],
  ],
  [
    'pt',
    'A Microsoft vai investir até US$ 5 bilhões na Anthropic e a Nvidia até US$ 10 bilhões; em troca, a Anthropic comprará US$ 30 bilhões em capacidade do Azure.',
    ['anthropic microsoft 30000000000'],
  ],
  [
    'it',
    'Microsoft investirà fino a 5 miliardi di dollari in Anthropic e Nvidia fino a 10 miliardi; in cambio Anthropic acquisterà capacità Azure per 30 miliardi.',
    ['anthropic microsoft 30000000000'],
  ],
  [
    'es',
    'Nvidia invertirá hasta 10.000 millones de dólares en Anthropic y Microsoft hasta 5.000 millones.',
    [],
  ],
  [
    'en',
    'The new contract is worth less than the $300 billion Oracle agreed with OpenAI.',
    ['openai oracle 300000000000'],
  ],
  [
    'it',
    'Il nuovo contratto vale meno dei 300 miliardi di dollari concordati tra Oracle e OpenAI.',
    ['openai oracle 300000000000'],
  ],
  [
    'pt',
    'O novo contrato vale menos que os US$ 300 bilhões acertados entre Oracle e OpenAI.',
    ['openai oracle 300000000000'],
  ],
  [
    'fr',
    'Le nouveau contrat pèse moins que les 300 milliards de dollars convenus entre Oracle et OpenAI.',
    ['openai oracle 300000000000'],
  ],
  [
    'de',
    'Der neue Vertrag ist kleiner als die 300 Milliarden Dollar, die Oracle mit OpenAI vereinbart hat.',
    ['openai oracle 300000000000'],
  ],
  [
    'de',
    'Microsoft mietet bei Nscale GPU-Kapazität für 1,9 Milliarden Dollar. Zum Vergleich: Der Vertrag mit Nebius ist mit 17,4 Milliarden Dollar deutlich größer.',
    ['microsoft nscale 1900000000'],
  ],
  [
    'en',
    'Microsoft rents GPU capacity from Nscale for $1.9 billion. For comparison, the Nebius contract is worth $17.4 billion.',
    ['microsoft nscale 1900000000'],
  ],
  [
    'it',
    'Microsoft affitta da Nscale capacità GPU per 1,9 miliardi di dollari. Per confronto, il contratto con Nebius vale 17,4 miliardi di dollari.',
    ['microsoft nscale 1900000000'],
  ],
  [
    'es',
    'Microsoft alquila a Nscale capacidad de GPU por 1.900 millones de dólares. En comparación, el contrato con Nebius asciende a 17.400 millones de dólares.',
    ['microsoft nscale 1900000000'],
  ],
  [
    'pt',
    'A Microsoft aluga da Nscale capacidade de GPU por US$ 1,9 bilhão. Em comparação, o contrato com a Nebius vale US$ 17,4 bilhões.',
    ['microsoft nscale 1900000000'],
  ],
  [
    'fr',
    'Microsoft loue à Nscale de la capacité GPU pour 1,9 milliard de dollars. Par comparaison, le contrat avec Nebius atteint 17,4 milliards de dollars.',
    ['microsoft nscale 1900000000'],
  ],
  [
    'de',
    'Nscale baut in Sines ein Rechenzentrum für Microsoft. Zum Vergleich: Der Vertrag mit Nebius ist mit 17,4 Milliarden Dollar deutlich größer.',
    [],
  ],
  [
    'it',
    'Nscale costruisce a Sines un data center per Microsoft. Per confronto, il contratto con Nebius vale 17,4 miliardi di dollari.',
    [],
  ],
  [
    'pt',
    'A Nscale constrói em Sines um data center para a Microsoft. Em comparação, o contrato com a Nebius vale US$ 17,4 bilhões.',
    [],
  ],
  [
    'en',
    'Nscale is building a data center in Sines for Microsoft. By comparison, the Nebius contract is worth $17.4 billion.',
    [],
  ],
  [
    'de',
    'OpenAI kauft bei Microsoft Rechenleistung für mehr als 20 Milliarden Dollar.',
    ['openai microsoft 20000000000'],
  ],
  [
    'it',
    'OpenAI acquisterà da Microsoft capacità cloud per più di 20 miliardi di dollari.',
    ['openai microsoft 20000000000'],
  ],
];

const KINDS: [string, Family[]][] = [
  [
    'share prices, market values and tickers: a stock’s price or a company’s worth is no contract’s value',
    MARKET,
  ],
  ['listings, valuations and stock received: what a company is worth or raises on the market', LISTING],
  ['funding rounds, debt and loans: money raised or lent, even to build what a contract needs', DEBT],
  ['revenue, guidance, backlog and a contract’s yearly income: a company’s figures, not a deal', RESULTS],
  [
    'capex plans, building costs, subsidies, jobs and forecasts: spending and estimates, not contracts',
    PLANS,
  ],
  ['land bought for a site: its price is no contract’s value, in the amount’s own clause only', LAND],
  ['the company that will use the capacity, told by its verb, signs nothing', USER],
  ['analysts’ price targets', ANALYSTS],
  [
    'a comparison borrows no pair: its amount is dropped unless it names the other deal’s two companies (then a deal in passing)',
    COMPARE,
  ],
];

for (const [kind, families] of KINDS)
  describe(kind, () => {
    it('holds negatives in three languages or more, and a positive beside them', () => {
      const silent = families.filter(([, , want]) => want.length === 0);
      expect(new Set(silent.map(([lang]) => lang)).size).toBeGreaterThanOrEqual(3);
      expect(families.some(([, , want]) => want.length > 0)).toBe(true);
    });
    eachFamily(families);
  });

// The r9-probe pages (test/corpus), read as `cli extract FILE` reads them: saved pages with their chrome (tickers,
// captions, author bios, paywall text, related and most-read links) and wire copy, each naming several companies and
// amounts of which only some are deals. Every labelled deal comes out with its pair and value, and nothing else.
describe('r9-probe pages through the CLI path, every language', () => eachCorpusPage('r9-probe-', 15, false));
