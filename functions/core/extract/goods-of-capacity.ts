// The goods of a capacity contract told as a purchase of their own: "Microsoft achète 100 000 GPU Nvidia GB300
// d'une valeur de 19,4 milliards" above "un accord pour 19,4 milliards avec Nebius". The buyer pays the cloud, not
// the chip maker: the same amount, the same buyer, one hardware seller and one cloud is one contract, the cloud's.
import type { Mention } from '../types';

/** `mentions` without a hardware mention whose buyer and amount are a capacity contract's with another seller. */
export function withoutGoodsOfCapacity(mentions: Mention[]): Mention[] {
  const capacity = mentions.filter((m) => m.kind !== 'hardware' && m.valueUsd !== null);
  if (capacity.length === 0 || capacity.length === mentions.length) return mentions;
  return mentions.filter(
    (m) =>
      m.kind !== 'hardware' ||
      m.valueUsd === null ||
      !capacity.some(
        (c) => c.buyer.id === m.buyer.id && c.valueUsd === m.valueUsd && c.provider.id !== m.provider.id,
      ),
  );
}
