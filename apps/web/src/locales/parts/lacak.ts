/** Registers the `lacak` strings (Indonesian now, English on demand); imported by the components that show them. */
import { definePart } from '@/lib/i18n';
import lacak from '../id/lacak';

definePart('translation', lacak, () => import('../en/lacak'));
