import { describe, expect, it } from 'vitest';
import uplot from '../../../functions/api/generated/uplot.json';
import { STATIC_ASSETS } from '../../../functions/api/static-assets';
import { readUplotDist } from '../../../scripts/bundle-uplot';

describe('the bundled chart library', () => {
  it('is the installed uplot build, byte for byte (run npm run assets after changing its version)', () => {
    expect(uplot).toEqual(readUplotDist());
    expect(STATIC_ASSETS['/assets/uplot.js']?.body).toBe(uplot.js);
    expect(STATIC_ASSETS['/assets/uplot.js']?.type).toBe('text/javascript; charset=utf-8');
  });
});
