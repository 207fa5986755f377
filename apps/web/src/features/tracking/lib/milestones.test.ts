import { describe, expect, it } from 'vitest';
import { MILESTONES } from '@sigap/shared';
import { PUBLIC_PATH, upcomingMilestones } from './milestones';

const at = '2026-11-30T02:00:00.000Z';
const entry = (milestone: (typeof MILESTONES)[number]) => ({ milestone, at, label: '', labelEn: '' });

describe('upcomingMilestones', () => {
  it('lists what is still ahead of a case in progress', () => {
    expect(upcomingMilestones({ status: 'DALAM_PROSES', timeline: [entry('SUBMITTED')] })).toEqual(PUBLIC_PATH.slice(1));
    expect(upcomingMilestones({ status: 'DALAM_PROSES', timeline: [entry('SUBMITTED'), entry('REGISTERED'), entry('DISPOSITIONED')] })).toEqual([
      'UNDER_INSPECTION',
      'LETTER_SIGNED',
      'SENT',
    ]);
    expect(upcomingMilestones({ status: 'DALAM_PROSES', timeline: [] })).toEqual(PUBLIC_PATH);
  });

  it('lists nothing once the case is closed', () => {
    expect(upcomingMilestones({ status: 'DITOLAK', timeline: [entry('SUBMITTED'), entry('CLOSED_AT_INTAKE')] })).toEqual([]);
    expect(upcomingMilestones({ status: 'SELESAI', timeline: PUBLIC_PATH.map(entry) })).toEqual([]);
  });

  it('covers every public milestone but the intake closure', () => {
    expect([...PUBLIC_PATH, 'CLOSED_AT_INTAKE'].sort()).toEqual([...MILESTONES].sort());
  });
});
