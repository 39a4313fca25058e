import { readFileSync } from 'node:fs';
import { extractMentions } from './functions/core/extract/index.ts';
const text = readFileSync(process.argv[2]!, 'utf8');
for (const m of extractMentions({ text })) console.log(m.buyer.id ?? m.buyer, '<-', m.provider.id ?? m.provider, m.valueUsd, m.status, m.confidence, '|', JSON.stringify(m.evidence.slice(0, 80)));
