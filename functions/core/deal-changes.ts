import { statusRank } from './deal-merge';
import type { Deal, DealChange } from './types';

/**
 * The changes between two versions of a deal that may alert someone. Keys name the change itself, not the
 * record that carried it, so a redelivered stream record or a second source saying the same thing maps to
 * the same key.
 */
export function dealChanges(previous: Deal | null, current: Deal): DealChange[] {
  // A hidden deal (wrong, or merged away) alerts nobody; a migrated deal's first write is not news.
  if (current.hidden) return [];
  if (!previous && current.migratedFrom) return [];
  // Each contract is its own deal with its own id: a second contract of a pair is a new deal here.
  if (!previous || previous.hidden)
    return [{ kind: 'new_deal', deal: current, previous: null, key: `${current.id}#new` }];
  const changes: DealChange[] = [];
  if (current.valueUsd !== null && current.valueUsd > (previous.valueUsd ?? 0)) {
    changes.push({
      kind: 'value_up',
      deal: current,
      previous,
      key: `${current.id}#value#${current.valueUsd}`,
    });
  }
  const climbed = current.status !== 'terminated' && statusRank(current.status) > statusRank(previous.status);
  const confirmed = current.confirmedByFiling && !previous.confirmedByFiling;
  if (climbed || confirmed) {
    const suffix = current.confirmedByFiling ? '+filing' : '';
    changes.push({
      kind: 'status_up',
      deal: current,
      previous,
      key: `${current.id}#status#${current.status}${suffix}`,
    });
  }
  // A deal that was below an alert threshold may cross it when a clearer source comes in.
  const confidence = current.confidence ?? 1;
  if (confidence > (previous.confidence ?? 1)) {
    changes.push({
      kind: 'confidence_up',
      deal: current,
      previous,
      key: `${current.id}#confidence#${Math.round(confidence * 100)}`,
    });
  }
  return changes;
}
