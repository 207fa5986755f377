/** English, the second language: every public string, as one object (see ../id/index.ts). Same keys as ../id (checked by the type). */
import type { Catalogue } from '../id';
import common from './common';
import complaint from './complaint';
import landing from './landing';
import lapor from './lapor';
import laporReceipt from './lapor-receipt';
import lacak from './lacak';
import verifikasi from './verifikasi';

const en: Catalogue = {
  ...common,
  ...landing,
  ...complaint,
  lapor: { ...lapor.lapor, ...laporReceipt.lapor },
  ...lacak,
  ...verifikasi,
};

export default en;
