import { useTranslation } from '@/lib/i18n';
import '@/locales/parts/landing';
import { SOP_STEPS, SOP_TABLE, type TRole } from '@sigap/shared';

/** The staff roles in the order a complaint meets them. */
const HANDLERS = ['TATA_USAHA', 'KEPALA_OPD', 'KEPALA_BIDANG', 'KEPALA_SEKSI', 'PETUGAS_TEKNIS'] as const satisfies readonly TRole[];

/** Who handles a complaint, each role with the SOP steps it carries out (read from the shared SOP table). */
export function WhoHandles() {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(i18n.resolvedLanguage ?? 'id', { style: 'long', type: 'conjunction' });
  return (
    <ul className="roles" data-testid="who-handles">
      {HANDLERS.map((role) => {
        const numbers = SOP_STEPS.filter((s) => SOP_TABLE[s].actor === role).map((s) => String(SOP_TABLE[s].number));
        return (
          <li key={role} className="role" data-role={role}>
            <h3 className="role__name">{t(`roles.${role}`)}</h3>
            <p className="role__steps">{t('landing.who.steps', { count: numbers.length, list: list.format(numbers) })}</p>
            <p className="role__what">{t(`landing.who.${role}`)}</p>
          </li>
        );
      })}
    </ul>
  );
}
