import { instrument, platform, smsOptOutList } from './aws-runtime';
import { composeSmsOptOutSync } from './compositions';

export const handler = instrument(composeSmsOptOutSync(platform, { optOuts: smsOptOutList() }));
