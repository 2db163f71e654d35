import { describe, expect, it } from 'vitest';
import { submitBlockers } from './submit-readiness';

describe('submitBlockers', () => {
  const ready = { saved: true, dirty: false, hasPhoto: true, hasEvidence: true, deadlinePassed: false };

  it('lets a saved, complete form be submitted before the deadline', () => {
    expect(submitBlockers(ready)).toEqual([]);
  });

  it('asks for the photo and the evidence the API requires', () => {
    expect(submitBlockers({ ...ready, hasPhoto: false, hasEvidence: false })).toEqual(['photo', 'evidence']);
  });

  it('asks to save first, and says when the deadline has passed', () => {
    expect(submitBlockers({ ...ready, saved: false, dirty: true, hasPhoto: false, hasEvidence: false })).toEqual(['unsaved', 'photo', 'evidence']);
    expect(submitBlockers({ ...ready, dirty: true })).toEqual(['changes']);
    expect(submitBlockers({ ...ready, deadlinePassed: true })).toEqual(['deadline']);
  });
});
