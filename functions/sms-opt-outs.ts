import { alertsPlatform, instrument, smsOptOutList } from './aws-runtime';
import { composeSmsOptOutSync } from './compositions';

export const handler = instrument(composeSmsOptOutSync(alertsPlatform(), { optOuts: smsOptOutList() }));
