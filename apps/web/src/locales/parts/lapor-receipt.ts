/** Registers the `lapor-receipt` strings (Indonesian now, English on demand); imported by the components that show them. */
import { definePart } from '@/lib/i18n';
import laporReceipt from '../id/lapor-receipt';

definePart('translation', laporReceipt, () => import('../en/lapor-receipt'));
