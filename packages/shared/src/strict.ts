/**
 * Objects that refuse unknown keys (a client cannot slip in `step`, `version` or `officerId` where
 * they do not belong), with the refusal in Indonesian like every other message.
 */
import { z } from 'zod';
import { msg } from './messages';

export const strictObject = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.strictObject(shape, { error: (iss) => (iss.code === 'unrecognized_keys' ? msg('unknownField') : undefined) });
