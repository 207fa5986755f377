/**
 * Indonesian, the first language: every public string (namespace `translation`), as one object.
 * The pages do not import this file: each loads only its parts (common.ts with the entry, then
 * complaint, landing, lapor, lapor-receipt, lacak, verifikasi with the page that shows them; see
 * src/locales/parts.ts). It gives the keys their type, the staff workspace (which may show any of
 * them) and the tests. The English catalogue must have exactly these keys (its type is `typeof id`).
 * Step and role names are keyed by the SOP's codes (docs/sop.md).
 */
import common from './common';
import complaint from './complaint';
import landing from './landing';
import lapor from './lapor';
import laporReceipt from './lapor-receipt';
import lacak from './lacak';
import verifikasi from './verifikasi';

const id = {
  ...common,
  ...landing,
  ...complaint,
  lapor: { ...lapor.lapor, ...laporReceipt.lapor },
  ...lacak,
  ...verifikasi,
};

export default id;
export type Catalogue = typeof id;
