/** Registers the `lapor` strings (Indonesian now, English on demand); imported by the components that show them. */
import { definePart } from '@/lib/i18n';
import lapor from '../id/lapor';

definePart('translation', lapor, () => import('../en/lapor'));
