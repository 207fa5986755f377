/** Registers the `landing` strings (Indonesian now, English on demand); imported by the components that show them. */
import { definePart } from '@/lib/i18n';
import landing from '../id/landing';

definePart('translation', landing, () => import('../en/landing'));
