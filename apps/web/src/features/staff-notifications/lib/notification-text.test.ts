import { describe, expect, it } from 'vitest';
import { badgeText, hasNotifications, isLateKind, kindsForRole, relativeTime } from './notification-text';

describe('badgeText', () => {
  it('shows nothing at zero, the number, then 99+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(-1)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });
});

describe('relativeTime', () => {
  const now = new Date('2026-11-27T09:00:00Z');
  it('says minutes, hours and days ago in both languages', () => {
    expect(relativeTime('2026-11-27T08:55:00Z', now, 'id')).toBe('5 menit yang lalu');
    expect(relativeTime('2026-11-27T08:55:00Z', now, 'en')).toBe('5 minutes ago');
    expect(relativeTime('2026-11-27T06:30:00Z', now, 'en')).toBe('2 hours ago');
    expect(relativeTime('2026-11-26T09:00:00Z', now, 'en')).toBe('yesterday');
    expect(relativeTime('2026-11-24T09:00:00Z', now, 'id')).toBe('3 hari yang lalu');
  });
  it('leaves under a minute and beyond a week to the caller', () => {
    expect(relativeTime('2026-11-27T08:59:30Z', now, 'id')).toBeNull();
    expect(relativeTime('2026-11-10T09:00:00Z', now, 'id')).toBeNull();
    expect(relativeTime('not a date', now, 'id')).toBeNull();
    // A server clock a little ahead of the browser's: not "in 2 minutes".
    expect(relativeTime('2026-11-27T09:02:00Z', now, 'id')).toBeNull();
  });
});

describe('kindsForRole', () => {
  it('gives every case role its own kinds, escalations only to superiors', () => {
    expect(kindsForRole('TATA_USAHA')).toEqual(['INBOX_NEW', 'DUE_SOON', 'OVERDUE']);
    expect(kindsForRole('PETUGAS_TEKNIS')).toEqual(['INBOX_NEW', 'DUE_SOON', 'OVERDUE']);
    for (const r of ['KEPALA_SEKSI', 'KEPALA_BIDANG', 'KEPALA_OPD'] as const) {
      expect(kindsForRole(r)).toEqual(['INBOX_NEW', 'DUE_SOON', 'OVERDUE', 'ESCALATION']);
    }
  });
  it('gives the administrator none', () => {
    expect(kindsForRole('ADMIN')).toEqual([]);
    expect(hasNotifications('ADMIN')).toBe(false);
    expect(hasNotifications('TATA_USAHA')).toBe(true);
  });
  it('knows which kinds say how late', () => {
    expect(isLateKind('OVERDUE')).toBe(true);
    expect(isLateKind('ESCALATION')).toBe(true);
    expect(isLateKind('DUE_SOON')).toBe(false);
  });
});

describe('the bell’s name', () => {
  it('holds the badge’s own text, "99+" included (WCAG 2.5.3, axe label-content-name-mismatch)', async () => {
    const [{ default: id }, { default: en }] = await Promise.all([import('@/locales/id/staf'), import('@/locales/en/staf')]);
    for (const catalogue of [id, en]) {
      for (const count of [1, 7, 99, 100, 150]) {
        const shown = badgeText(count);
        const template = count === 1 ? catalogue.notifications.bell_one : catalogue.notifications.bell_other;
        const name = template.replace('{{shown}}', shown).replace('{{count}}', String(count));
        expect(name).toContain(shown);
      }
    }
  });
});
