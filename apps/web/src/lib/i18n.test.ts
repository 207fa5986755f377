/**
 * lib/i18n.ts replaces i18next + react-i18next on the page: for every key of every catalogue, in
 * both languages and both namespaces, with no options, with counts (0, 1, 2, 1 234,5) and with
 * variables given, missing, undefined or null, its t() must say exactly what i18next says with the
 * options the app gave i18next before (i18next stays a dev dependency for this test only).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { type i18n as I18next } from 'i18next';
import id from '@/locales/id';
import en from '@/locales/en';
import idStaf from '@/locales/id/staf';
import enStaf from '@/locales/en/staf';
import { addResources, getFixedT, type TLanguage, type TNamespace, type TOptions } from './i18n';

type TTree = { [k: string]: unknown };
const RESOURCES: Record<TLanguage, Record<TNamespace, TTree>> = {
  id: { translation: id, staf: idStaf },
  en: { translation: en, staf: enStaf },
};
// Only in Indonesian, to see the English fallback; and a plural with `_zero`, as the staff strings have.
const EXTRA_ID = { onlyId: { text: 'Hanya {{what}}', n_one: '{{count}} satu', n_other: '{{count}} banyak', z_zero: 'nol', z_other: '{{count, number}} z' } };

function flatKeys(tree: TTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : flatKeys(v as TTree, `${prefix}${k}.`)));
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{(.+?)\}\}/g)].map((m) => m[1]!.split(',')[0]!.trim());
}

let reference: I18next;

beforeAll(async () => {
  for (const lng of ['id', 'en'] as const) for (const ns of ['translation', 'staf'] as const) addResources(lng, ns, RESOURCES[lng][ns]);
  addResources('id', 'translation', EXTRA_ID);
  reference = i18next.createInstance();
  await reference.init({
    lng: 'id',
    fallbackLng: 'id',
    supportedLngs: ['id', 'en'],
    ns: ['translation', 'staf'],
    resources: {
      id: { translation: { ...id, ...EXTRA_ID }, staf: idStaf },
      en: { translation: en, staf: enStaf },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: true,
  });
});

describe('t() says what i18next says', () => {
  for (const lng of ['id', 'en'] as const) {
    for (const ns of ['translation', 'staf'] as const) {
      it(`every key of ${lng}/${ns}`, () => {
        const ours = getFixedT(lng, ns) as (key: string, options?: TOptions) => string;
        const theirs = reference.getFixedT(lng, ns) as unknown as (key: string, options?: TOptions) => string;
        const tree = ns === 'translation' && lng === 'id' ? { ...RESOURCES.id.translation, ...EXTRA_ID } : RESOURCES[lng][ns];
        const keys = [...new Set(flatKeys(tree).flatMap((k) => [k, k.replace(/_(zero|one|two|few|many|other)$/, '')])), 'onlyId.text', 'onlyId.n', 'onlyId.z', 'no.such.key'];
        let compared = 0;
        for (const key of keys) {
          const sample = [ours(key, {}), ...['zero', 'one', 'other'].map((s) => ours(`${key}_${s}`))].join(' ');
          const names = [...new Set(variables(sample))];
          const full = Object.fromEntries(names.map((n, i) => [n, n === 'count' ? 3 : `«${n}:${i} $& $1 {{x}}»`]));
          const optionSets: (TOptions | undefined)[] = [
            undefined,
            {},
            { count: 0 },
            { count: 1 },
            { count: 2 },
            { count: 1234.5 },
            full,
            { ...full, count: 1 },
            { ...full, count: 0 },
            Object.fromEntries(names.slice(1).map((n) => [n, 'x'])),
            Object.fromEntries(names.map((n) => [n, undefined])),
            Object.fromEntries(names.map((n) => [n, null])),
          ];
          for (const options of optionSets) {
            expect(ours(key, options), `${lng}/${ns} ${key} ${JSON.stringify(options)}`).toBe(theirs(key, options));
            compared++;
          }
        }
        expect(compared).toBeGreaterThan(100);
      });
    }
  }
});
