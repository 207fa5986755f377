import { useTranslation } from '@/lib/i18n';
import '@/locales/parts/complaint';
import { MINI_COMPLAINT_TYPES as COMPLAINT_TYPES } from '@sigap/shared'; // = COMPLAINT_TYPES, without domain.ts's schemas

/** The form's two complaint types (Jenis Pengaduan), looped from the shared enum. */
export function ComplaintTypes() {
  const { t } = useTranslation();
  return (
    <ul className="cards" data-testid="complaint-types">
      {COMPLAINT_TYPES.map((type) => (
        <li key={type} className="card" data-type={type}>
          <h3 className="card__title">{t(`complaintTypes.${type}.title`)}</h3>
          <p className="card__kinds">{t(`complaintTypes.${type}.kinds`)}</p>
          <p>{t(`complaintTypes.${type}.description`)}</p>
        </li>
      ))}
    </ul>
  );
}
