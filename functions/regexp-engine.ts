// V8 runs a new regular expression first in its bytecode interpreter and compiles it to machine code at its next
// run ("tier-up"). The extractor's patterns are large case-insensitive alternations with large bytecode: over a few
// hundred pages V8 writes some 10 MB of it, and once a process has generated over 1 MB of regexp code (with 16 MB
// of executable memory) V8 compiles each further pattern without its optimisations. The patterns compiled after
// that point ran 5-20x slower than the same pattern in a fresh process. Compiled straight to machine code they
// stay under the limit (docs/performance.md, "Extractor speed", sixth pass). Imported first by the entry points
// that extract; the matches are the same either way, only the engine's tier changes. V8 flags changed while the
// process runs are a documented hazard, most of all under tsx, whose module loader runs on a second thread (the demo
// crashed once at start-up, SIGSEGV, in a run of the suite): the npm scripts that extract pass the flag on node's
// command line, and it is set here only where it was not (a Lambda, whose runtime takes no V8 flags).
import { setFlagsFromString } from 'node:v8';

const REGEXP_ENGINE_FLAG = '--no-regexp-tier-up';

if (!process.execArgv.includes(REGEXP_ENGINE_FLAG)) setFlagsFromString(REGEXP_ENGINE_FLAG);
