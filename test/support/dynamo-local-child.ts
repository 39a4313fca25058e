// A parent process for DynamoDB Local that a test can kill -9: starts it, prints its pid, then waits.
import { startDynamoLocal } from '../../functions/local/dynamo-local';

const dynamo = await startDynamoLocal({ dataDir: process.argv[2] ?? null });
process.stdout.write(`${JSON.stringify({ pid: dynamo.pid, endpoint: dynamo.endpoint })}\n`);
setInterval(() => {}, 60_000);
