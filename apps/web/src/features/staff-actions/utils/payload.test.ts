import { describe, expect, it } from 'vitest';
import { checkPayload, defaultMapPath, needsConfirmation, payloadResolver, toFieldErrors } from './payload';

describe('payload checks with the shared schemas', () => {
  it('finds what the server would refuse, with the same paths', () => {
    const issues = checkPayload('SUBMIT_DRAFT', {
      draft: { terlapor: { name: 'PT A', address: '' }, subject: 'Perihal', body: 'Isi', tembusan: ['Pelapor', ''] },
    });
    expect(issues.map((i) => i.path).sort()).toEqual(['draft.tembusan.1', 'draft.terlapor.address']);
    expect(checkPayload('RETURN_DRAFT_TO_OFFICER', { reason: '  ' })[0]).toEqual({ path: 'reason', message: 'Alasan wajib diisi.' });
    expect(checkPayload('REGISTER', {})).toEqual([]);
  });

  it('maps payload paths onto form fields and nests them for react-hook-form', () => {
    expect(defaultMapPath('draft.tembusan.2')).toBe('draft.tembusan.2.value');
    expect(defaultMapPath('report.meetsTechnicalRequirements')).toBe('report.meets');
    expect(defaultMapPath('deliveries.0.method')).toBe('deliveries.0.method');
    const errors = toFieldErrors(
      [
        { path: 'draft.tembusan.1', message: 'Wajib diisi.' },
        { path: 'reason', message: 'Alasan wajib diisi.' },
      ],
      defaultMapPath,
      'en',
    );
    expect(errors).toEqual({
      draft: { tembusan: { 1: { value: { type: 'validate', message: 'Required.' } } } },
      reason: { type: 'validate', message: 'A reason is required.' },
    });
  });

  it('resolves a form through its payload', async () => {
    const resolver = payloadResolver<{ officerId: string }>('ASSIGN_OFFICER', (v) => ({ officerId: v.officerId }));
    const bad = await resolver({ officerId: '' }, undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(bad.errors).toMatchObject({ officerId: { message: 'Pilihan tidak valid.' } });
    const ok = await resolver({ officerId: '00000000-0000-4000-8000-0000000000d1' }, undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(ok.errors).toEqual({});
  });

  it('asks for confirmation before the irreversible actions', () => {
    expect(['SIGN', 'DISPATCH', 'REJECT_INTAKE', 'RETURN_TO_OPD', 'RETURN_DRAFT_TO_BIDANG'].every(needsConfirmation as (a: string) => boolean)).toBe(true);
    expect(needsConfirmation('REGISTER')).toBe(false);
    expect(needsConfirmation('APPROVE_DRAFT_SEKSI')).toBe(false);
  });
});
