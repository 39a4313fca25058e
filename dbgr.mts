import { readFileSync } from 'node:fs';
import { extractMentions } from './functions/core/extract/index.ts';
const text = readFileSync(process.argv[2]!, 'utf8');
for (const m of extractMentions({ text, registrant: { name: process.argv[3]! } })) console.log(m.buyer.id, '<-', m.provider.id, m.valueUsd, m.status, m.kind, m.confidence, '|', JSON.stringify(m.evidence.slice(0, 80)));
