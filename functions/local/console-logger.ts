import type { Logger } from '../core/ports/log';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

function fieldText(fields: Record<string, unknown> | undefined): string {
  if (!fields) return '';
  return (
    Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      // A string with a line break or other control character is quoted: a value cannot start a log line.
      .map(([k, v]) => `${k}=${typeof v === 'string' && !/\p{Cc}/u.test(v) ? v : JSON.stringify(v)}`)
      .join(' ')
  );
}

/** A readable one-line-per-event logger for the terminal (Lambda logs JSON through Powertools instead). */
export function createConsoleLogger(
  level: Level,
  write: (line: string) => void = (l) => process.stderr.write(l),
): Logger {
  const min = LEVELS.indexOf(level);
  const at = (lvl: Level) => (message: string, fields?: Record<string, unknown>) => {
    if (LEVELS.indexOf(lvl) < min) return;
    const time = new Date().toISOString().slice(11, 19);
    const extra = fieldText(fields);
    write(`${time} ${lvl.padEnd(5)} ${message}${extra ? `  ${extra}` : ''}\n`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
