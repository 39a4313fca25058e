/**
 * A named lease with an owner and an expiry: at most one holder at a time, and a holder that dies loses it at
 * the expiry. Both pollers take one per run, so two overlapping invocations never both poll.
 */
export interface LeaseStore {
  /** Takes the lease until `until`, or extends it when `owner` already holds it; false when another holds it. */
  acquire(name: string, owner: string, until: Date): Promise<boolean>;
  /** Gives the lease back, only if `owner` still holds it. */
  release(name: string, owner: string): Promise<void>;
}
