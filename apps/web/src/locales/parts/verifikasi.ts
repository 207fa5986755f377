/** Registers the `verifikasi` strings (Indonesian now, English on demand); imported by the components that show them. */
import { definePart } from '@/lib/i18n';
import verifikasi from '../id/verifikasi';

definePart('translation', verifikasi, () => import('../en/verifikasi'));
