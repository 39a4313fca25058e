/**
 * The error of class `type` that `fn` throws, for a test to look into; any other error goes on up, and no error
 * at all fails the test.
 */
export function thrown<E extends Error>(type: abstract new (...args: never[]) => E, fn: () => unknown): E {
  try {
    fn();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}`);
}
