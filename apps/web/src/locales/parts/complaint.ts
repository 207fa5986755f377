/** Registers the `complaint` strings (Indonesian now, English on demand); imported by the components that show them. */
import { definePart } from '@/lib/i18n';
import complaint from '../id/complaint';

definePart('translation', complaint, () => import('../en/complaint'));
