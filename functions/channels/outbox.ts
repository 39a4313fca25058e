import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AlertChannel } from '../core/ports/channels';
import type { Alert } from '../core/types';

/**
 * The local stand-in for SNS: each alert is appended to a JSONL file (one object a line, for scripts) and
 * printed for the person at the terminal.
 */
export function createOutboxChannel(opts: { file: string; print: (text: string) => void }): AlertChannel {
  let ready: Promise<unknown> | null = null;
  return {
    async publish(alert: Alert) {
      ready ??= mkdir(dirname(opts.file), { recursive: true });
      await ready;
      const { deal, ...rest } = alert;
      const line = {
        at: new Date().toISOString(),
        ...rest,
        dealValueUsd: deal.valueUsd,
        dealStatus: deal.status,
        dealConfirmedByFiling: deal.confirmedByFiling,
      };
      await appendFile(opts.file, `${JSON.stringify(line)}\n`);
      opts.print(`\n[ALERT to ${alert.channel}:${alert.endpoint}] ${alert.subject}\n${indent(alert.text)}\n`);
    },
    async register() {
      return null;
    },
    async unregister() {},
  };
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}
