// The "who" of a mention (issue 8, error kinds 1, 2, 5, 7 and 8): each step on its own (roles, pair, referent,
// parties), then whole sentences in several languages, with negatives that must stay silent. Every sentence is
// written for these tests. Expected: "buyer provider valueUsd status [kind]" as a prefix of each mention found.
import { describe, expect, it } from 'vitest';
import { companyById, findCompanyMentions } from '../../../functions/core/companies';
import { canDeal, choosePair } from '../../../functions/core/extract/pair';
import { partiesIn } from '../../../functions/core/extract/parties';
import { assignRoles } from '../../../functions/core/extract/roles';
import { previousSentence, sentenceAt } from '../../../functions/core/extract/sentences';
import { referentOf } from '../../../functions/core/extract/subject';
import { each } from './mention-cases';

const company = (id: string) => companyById(id)!;

describe('roles step: what the clause says, else the usual roles', () => {
  const roles = (text: string): string => {
    const span = { start: 0, end: text.length };
    const [a, b] = partiesIn(text, span, null);
    const r = assignRoles(text, span, a!, b!);
    return `${r.buyer.company.id} <- ${r.provider.company.id}`;
  };
  it.each([
    // A lease verb reads both ways: what follows it decides.
    [
      'CoreWeave leases about 590 MW at Core Scientific sites under hosting contracts.',
      'coreweave <- core-scientific',
    ],
    ['Applied Digital signs third CoreWeave lease in North Dakota', 'coreweave <- applied-digital'],
    ['Hut 8 lands a $7 billion lease with Fluidstack', 'fluidstack <- hut-8'],
    // Money handed to a company names the seller.
    ['Microsoft made a $23 billion commitment to Nscale for GPU capacity.', 'microsoft <- nscale'],
    ['Il più grande impegno di Microsoft, 23 miliardi, va a Nscale.', 'microsoft <- nscale'],
    // "per", "para", "für" open a topic as often as a customer.
    [
      'Per IREN è una giornata storica: Microsoft le ha affidato un contratto da 9,7 miliardi.',
      'microsoft <- iren',
    ],
    ['Para Nebius, el contrato con Microsoft vale 17.400 millones.', 'microsoft <- nebius'],
    // Revenue "for" a company, in German too: the one who earns it sells.
    [
      'Damit steigt der Vertragsumsatz für TeraWulf mit Fluidstack auf 6,7 Milliarden Dollar.',
      'fluidstack <- terawulf',
    ],
  ])('%s', (text, want) => expect(roles(text)).toBe(want));
});

describe('pair step: which two companies an amount binds to', () => {
  const pair = (text: string, subject: string | null = null): string => {
    const span = sentenceAt(text, text.indexOf('$') >= 0 ? text.indexOf('$') : text.search(/\d/));
    const parties = partiesIn(text, span, null);
    const pos = text.indexOf('$') >= 0 ? text.indexOf('$') : text.search(/\d/);
    const p = choosePair(text, span, parties, pos, [pos], null, () => (subject ? company(subject) : null));
    return p
      .map((x) => x.company.id)
      .sort()
      .join(' ');
  };
  it('two AI labs are never one deal, nor two hardware vendors', () => {
    expect(canDeal(company('meta'), company('openai'))).toBe(false);
    expect(canDeal(company('amd'), company('broadcom'))).toBe(false);
    expect(canDeal(company('openai'), company('oracle'))).toBe(true);
  });
  it('the end user of a lease is named but is not a party', () => {
    expect(pair("Hut 8 signs a 15-year, $7 billion lease with Fluidstack for Anthropic's cluster.")).toBe(
      'fluidstack hut-8',
    );
    expect(pair("Hut 8 signs a $7 billion lease with Fluidstack for Anthropic's cluster.")).not.toContain(
      'anthropic',
    );
  });
  it('a roundup\'s "amount with X" binds to X and the article\'s subject', () => {
    expect(pair('Other contracts include $19.4 billion with Nebius, then others.', 'microsoft')).toBe(
      'microsoft nebius',
    );
    expect(pair('Other contracts include $19.4 billion with Nebius, then others.', null)).not.toContain(' ');
  });
  it('members of an enumeration are not a pair', () => {
    const got = pair(
      'Chips: the lab has partnerships with Nvidia, AMD and Broadcom worth 1,400 billion dollars.',
    );
    expect(got.split(' ').filter(Boolean).length).toBeLessThan(2);
  });
  it("a hardware vendor's amount binds to its customer, not to the capacity buyer further on", () => {
    expect(
      pair(
        'Dell would provide IREN with GB300 chips and other equipment Microsoft will use for about $5.8 billion.',
      ),
    ).toBe('dell iren');
  });
});

describe('referent step: whom "the group", "il", "der Anbieter" stand for', () => {
  const referent = (text: string, at: string, subject: string | null = null): string | undefined => {
    const span = sentenceAt(text, text.indexOf(at));
    return referentOf(
      text,
      span,
      () => (subject ? company(subject) : null),
      (s) => previousSentence(text, s),
    )?.id;
  };
  it.each([
    [
      'CoreWeave hat mit Meta einen Vertrag geschlossen. Erst vergangene Woche hatte der Anbieter seinen Vertrag mit OpenAI erweitert.',
      'Erst',
      'coreweave',
    ],
    [
      'Meta, de son côté, diversifie ses fournisseurs. Le groupe a signé avec Google Cloud. Et selon Bloomberg, il négocierait avec Oracle.',
      'Et selon',
      'meta',
    ],
    [
      'Nebius hat mit Meta eine Vereinbarung geschlossen. Bereits im September hatte das Unternehmen eine Vereinbarung mit Microsoft bekanntgegeben.',
      'Bereits',
      'nebius',
    ],
    ['OpenAI a signé avec Oracle. El proveedor firmó luego con xAI.', 'El proveedor', 'oracle'],
  ])('%s', (text, at, want) => expect(referent(text, at)).toBe(want));
  it('a sentence without an anaphor has no referent', () => {
    expect(
      referent('Meta signed with CoreWeave. Oracle signed with OpenAI.', 'Oracle', 'meta'),
    ).toBeUndefined();
  });
  it('a noun in apposition to a name is no anaphor', () => {
    expect(
      referent('Nebius signed with Meta. Der KI-Cloudanbieter Fluidstack zog eine Option.', 'Der KI', null),
    ).toBeUndefined();
  });
});

describe('parties step: names as the text writes them', () => {
  const ids = (text: string): string[] => findCompanyMentions(text).map((m) => m.company.id);
  it('a German genitive names the company', () => {
    expect(ids('Rechenkapazität auf Microsofts Cloud-Plattform')).toEqual(['microsoft']);
  });
  it('Iren is IREN, the Italian utility is not', () => {
    expect(ids('Die australische Firma Iren vermietet Rechenleistung')).toEqual(['iren']);
    expect(ids('Il Gruppo Iren ha firmato un accordo per la fornitura di energia')).toEqual([]);
  });
  it('a chip brand after "GPU de/di/von" is a product', () => {
    const text = 'El acuerdo con Microsoft incluye decenas de miles de GPU de Nvidia.';
    const nvidia = partiesIn(text, { start: 0, end: text.length }, null).find(
      (p) => p.company.id === 'nvidia',
    );
    expect(nvidia?.weak).toBe(true);
  });
});

describe('kind 1: roles from what the companies are and the clause, not word order (en, fr, de, es, it, pt)', () => {
  each([
    ['Hut 8 lands $7 billion AI lease with Fluidstack', ['fluidstack hut-8 7000000000 signed']],
    [
      'Applied Digital signs third CoreWeave lease worth $5 billion in North Dakota',
      ['coreweave applied-digital'],
    ],
    [
      'Nebius annuncia che affitterà GPU Nvidia a Microsoft con un contratto pluriennale da 17,4 miliardi di dollari.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'A Nscale fornecerá à Microsoft cerca de 200 mil GPUs, num contrato de 14 mil milhões de dólares.',
      ['microsoft nscale 14000000000'],
    ],
    [
      'Der KI-Entwickler Anthropic hat sich verpflichtet, Rechenkapazität auf Microsofts Cloud-Plattform Azure im Wert von 30 Milliarden US-Dollar zu kaufen.',
      ['anthropic microsoft 30000000000 signed'],
    ],
    [
      'Microsoft firma un acuerdo con Nscale por unos 14.000 millones de dólares para capacidad de GPU en Texas.',
      ['microsoft nscale 14000000000'],
    ],
    // Negative: two AI labs named together are not a deal.
    [
      'OpenAI ronda 22.400 millones en contratos de computación, y Meta comprometió hasta 14.200 millones; ninguno con el otro.',
      [],
    ],
  ]);
});

describe('kind 2: roundups bind each amount to the subject and the company beside it (en, fr, de, es, it)', () => {
  each([
    [
      'Microsoft is still shopping for GPU capacity. The company has signed contracts worth up to $19.4 billion with Nebius, $9.7 billion with Iren and more than $2 billion with Lambda.',
      ['microsoft nebius 19400000000', 'microsoft iren 9700000000', 'microsoft lambda 2000000000'],
    ],
    [
      "Meta, de son côté, multiplie les fournisseurs de calcul. Le groupe a signé en août avec Google Cloud un accord de plus de 10 milliards de dollars. Et d'après Bloomberg, il négocierait avec Oracle un contrat d'environ 20 milliards de dollars.",
      ['meta alphabet 10000000000', 'meta oracle 20000000000 in_talks'],
    ],
    [
      'CoreWeave hat mit Meta einen Vertrag über Rechenleistung im Wert von bis zu 14,2 Milliarden Dollar geschlossen. Erst vergangene Woche hatte der Anbieter seinen Vertrag mit OpenAI um 6,5 Milliarden Dollar auf 22,4 Milliarden Dollar erweitert.',
      ['meta coreweave 14200000000 signed', 'openai coreweave 6500000000 expanded'],
    ],
    [
      'Microsoft firmó con Nscale un acuerdo por 200.000 GPU en Europa. En septiembre, fue Nebius quien se llevó un contrato de computación en la nube de 17.400 millones de dólares.',
      ['microsoft nscale', 'microsoft nebius 17400000000'],
    ],
    [
      'Google, filial de Alphabet, firmó con Meta un acuerdo de computación en la nube de más de 10.000 millones de dólares.',
      ['meta alphabet 10000000000'],
    ],
    // Negative: an enumeration of chip partners with a grand total is not a deal between them.
    [
      "Côté puces, la société a noué des partenariats avec Nvidia, AMD et Broadcom pour des engagements de calcul d'environ 1 400 milliards de dollars.",
      [],
    ],
  ]);
});

describe('kind 5: hardware beside capacity never lends its parties (en, it, pt, de)', () => {
  each([
    [
      "Microsoft has struck a $9.7 billion cloud capacity deal with IREN. Dell would provide IREN with Nvidia's GB300 chips and other equipment Microsoft will use for about $5.8 billion.",
      // "would provide" is a reporting cue (issue 8's status words): the status is not what this kind tests.
      ['microsoft iren 9700000000', 'iren dell 5800000000 reported hardware'],
    ],
    [
      'Microsoft ha firmato un contratto cloud da 9,7 miliardi di dollari con IREN. Per servire il cliente, IREN acquista da Dell GPU e apparecchiature per circa 5,8 miliardi di dollari.',
      ['microsoft iren 9700000000', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'Para cumprir o contrato de computação com a Microsoft, a IREN vai comprar à Dell GPU e equipamento associado por aproximadamente 5,8 mil milhões de dólares.',
      ['iren dell 5800000000 signed hardware'],
    ],
    [
      'Oracle werde für den ersten Stargate-Standort in Abilene rund 400.000 Nvidia-Chips für etwa 40 Milliarden Dollar kaufen, berichtete die Zeitung.',
      ['oracle nvidia 40000000000 reported hardware'],
    ],
    // Negative: financing the hardware out of a prepayment is not a deal of its own.
    ["Cash from Microsoft's prepayment will help finance part of its $5.8 billion Dell deal, IREN said.", []],
  ]);
});

describe('kind 7: multi-party leases, tenant and landlord only (en, fr, es)', () => {
  each([
    [
      "Hut 8 signs a 15-year, $7 billion lease with Fluidstack for Anthropic's cluster, backed by a Google guarantee.",
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'Hut 8 a signé un bail de 15 ans d’environ 7 milliards de dollars avec Fluidstack pour son campus de River Bend. Le site, d’une capacité de 245 MW, accueillera des grappes de calcul utilisées par Anthropic.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'Hut 8 firmó con Fluidstack un contrato de arrendamiento de 15 años por unos 7.000 millones de dólares; el centro de datos será utilizado por Anthropic.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
  ]);
});

describe('kind 8: lists of deals, one per line with the lead buyer (en, fr, de)', () => {
  each([
    [
      "Microsoft's neocloud contracts so far, Microsoft as the buyer:\n• Nebius → $17.4B\n• Nscale → $14B\n• IREN → $9.7B",
      ['microsoft nebius 17400000000', 'microsoft nscale 14000000000', 'microsoft iren 9700000000'],
    ],
    [
      'Les contrats de calcul de Microsoft, client de chacun :\n• Nebius : 17,4 milliards de dollars\n• Nscale : 14 milliards de dollars',
      ['microsoft nebius 17400000000', 'microsoft nscale 14000000000'],
    ],
    [
      'Microsofts Verträge mit Neoclouds im Überblick, Microsoft als Kunde:\n• Nebius: 17,4 Milliarden Dollar\n• IREN: 9,7 Milliarden Dollar',
      ['microsoft nebius 17400000000', 'microsoft iren 9700000000'],
    ],
  ]);
});
