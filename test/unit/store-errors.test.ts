import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../functions/core/ports/store';
import { classifyStoreError } from '../../functions/store/client';

const named = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('classifyStoreError', () => {
  it('takes a read of an index DynamoDB is still filling for unavailability (503), not a bug (500)', () => {
    const err = classifyStoreError(
      named('ValidationException', 'Cannot read from backfilling global secondary index: byAnnouncedAt'),
    );
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as StoreUnavailableError).reason).toBe('index backfilling');
  });

  it('leaves any other refused request as it is', () => {
    const refused = named('ValidationException', 'The provided key element does not match the schema');
    expect(classifyStoreError(refused)).toBe(refused);
  });

  it('takes throttling and a refused connection for unavailability', () => {
    expect(classifyStoreError(named('ThrottlingException', 'slow down'))).toBeInstanceOf(
      StoreUnavailableError,
    );
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(classifyStoreError(refused)).toBeInstanceOf(StoreUnavailableError);
  });
});
