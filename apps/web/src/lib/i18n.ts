/**
 * Translations. Indonesian is the first language; English is fetched on first use. The choice is
 * kept in localStorage and mirrored on <html lang>.
 *
 * This is the part of i18next the app uses, in ~1 KB instead of i18next + react-i18next's ~17 KB
 * gzipped (the complaint form's budget, scripts/bundle-size.mjs): `useTranslation(ns)` → `{ t, i18n }`,
 * `t(key, options)` with nested keys, `{{name}}` and `{{count, number}}` interpolation, plurals
 * (`_zero` when the count is 0, then the language's `_one`/`_other`…, then the bare key), fallback
 * to Indonesian, the key itself when nothing is found. lib/i18n.test.ts checks every key of every
 * catalogue against i18next itself with the options i18next was configured with here before
 * (`escapeValue: false`, `returnEmptyString: true`, `fallbackLng: 'id'`).
 *
 * Catalogues come in parts (src/locales/parts/): the entry brings the frame's strings (common), each
 * page's chunk registers its own parts with `definePart`, and their English is loaded when the page
 * is (the router awaits `catalogueReady()`) or when the reader switches language. Feature namespaces
 * (`staf`) are registered by their chunk with `addNamespace`.
 */
import { useSyncExternalStore } from 'react';
import type { Catalogue } from '@/locales/id';
import type { StafCatalogue } from '@/locales/id/staf';
import common from '@/locales/id/common';

export const LANGUAGES = ['id', 'en'] as const;
export type TLanguage = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: TLanguage = 'id';

const STORAGE_KEY = 'sigap.lang';

interface TResources {
  translation: Catalogue;
  staf: StafCatalogue;
}
export type TNamespace = keyof TResources;

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Base<K extends string> = K extends `${infer B}_${PluralSuffix}` ? B : K;
/** "a.b.c" for every string of a catalogue; a plural's bare key too (`count_one` → `count`). */
type Keys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` | `${P}${Base<K>}` : T[K] extends object ? Keys<T[K], `${P}${K}.`> : never;
}[keyof T & string];

export type TKey<NS extends TNamespace = 'translation'> = Keys<TResources[NS]>;
export type TOptions = { count?: number } & Record<string, unknown>;
export type TFunction<NS extends TNamespace = 'translation'> = (key: TKey<NS>, options?: TOptions) => string;

type TTree = { [key: string]: unknown };
type TTable = Record<string, string>;

// ---------------------------------------------------------------------------------------------
// The store: per language and namespace, flat "a.b.c" → text.
// ---------------------------------------------------------------------------------------------

const store: Record<TLanguage, Record<string, TTable>> = { id: {}, en: {} };

function flatten(tree: TTree, prefix: string, out: TTable): void {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out[prefix + k] = v;
    else if (v && typeof v === 'object') flatten(v as TTree, `${prefix}${k}.`, out);
  }
}

/** Adds (deep-merges) strings to a language's namespace. */
export function addResources(lng: TLanguage, ns: string, tree: TTree): void {
  flatten(tree, '', (store[lng][ns] ??= {}));
}

export function hasResources(lng: TLanguage, ns: string): boolean {
  return store[lng][ns] !== undefined;
}

// ---------------------------------------------------------------------------------------------
// t()
// ---------------------------------------------------------------------------------------------

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function pluralCategory(lng: string, count: number): string {
  let rules = pluralRules.get(lng);
  if (!rules) pluralRules.set(lng, (rules = new Intl.PluralRules(lng)));
  return rules.select(count);
}

function format(value: unknown, name: string, lng: string): unknown {
  if (value === null || value === undefined || name !== 'number') return value;
  let f = numberFormats.get(lng);
  if (!f) numberFormats.set(lng, (f = new Intl.NumberFormat(lng)));
  return f.format(value as number);
}

const PLACEHOLDER = /\{\{(.+?)\}\}/g;

/** `{{name}}` and `{{name, number}}`; a variable not given stays as written (as in i18next). */
function interpolate(text: string, options: TOptions | undefined, lng: string): string {
  if (!text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (match, inner: string) => {
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    let value = options?.[name];
    if (comma >= 0) value = format(value, inner.slice(comma + 1).trim(), lng);
    // i18next: '' for a variable given as undefined — looked up by the whole "name, format" text.
    if (value === undefined) return options && Object.prototype.hasOwnProperty.call(options, inner.trim()) ? '' : match;
    return value === null ? '' : String(value);
  });
}

function translate(lng: TLanguage, ns: string, key: string, options?: TOptions): string {
  const count = options?.count;
  const plural = count !== undefined && typeof count !== 'string';
  for (const code of lng === DEFAULT_LANGUAGE ? [lng] : [lng, DEFAULT_LANGUAGE]) {
    const table = store[code][ns];
    if (!table) continue;
    let candidates = [key];
    if (plural) {
      const suffix = pluralCategory(code, count);
      candidates = [...(count === 0 ? [`${key}_zero`] : []), `${key}_${suffix}`, key, ...(suffix !== 'other' ? [`${key}_other`] : [])];
    }
    for (const k of candidates) {
      const text = table[k];
      if (text !== undefined) return interpolate(text, options, lng);
    }
  }
  return key;
}

const fixed = new Map<string, TFunction<TNamespace>>();

/** A t() bound to a language and a namespace (stable per pair, like i18next's `getFixedT`). */
export function getFixedT<NS extends TNamespace = 'translation'>(lng: TLanguage, ns?: NS): TFunction<NS> {
  const id = `${lng}|${ns ?? 'translation'}`;
  let t = fixed.get(id);
  if (!t) fixed.set(id, (t = (key, options) => translate(lng, ns ?? 'translation', key, options)));
  return t as TFunction<NS>;
}

// ---------------------------------------------------------------------------------------------
// The current language, its listeners, the catalogue parts
// ---------------------------------------------------------------------------------------------

let language: TLanguage = DEFAULT_LANGUAGE;
/** The language being switched to (catalogues loading), or the current one. */
let target: TLanguage = DEFAULT_LANGUAGE;
const listeners = new Set<() => void>();

export function isLanguage(value: unknown): value is TLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function currentLanguage(): TLanguage {
  return language;
}

/** What components read through `useTranslation().i18n`. */
export const i18n = {
  get language(): TLanguage {
    return language;
  },
  get resolvedLanguage(): TLanguage {
    return language;
  },
  t: ((key, options) => translate(language, 'translation', key, options)) as TFunction,
};

interface TPart {
  ns: string;
  en: () => Promise<{ default: TTree }>;
  loaded: Partial<Record<TLanguage, Promise<void>>>;
}
const parts: TPart[] = [];

/**
 * Registers a part of a namespace's catalogue: its Indonesian strings now (they come in the
 * caller's chunk), its English on demand.
 */
export function definePart(ns: string, id: TTree, en: () => Promise<{ default: TTree }>): void {
  addResources('id', ns, id);
  parts.push({ ns, en, loaded: { id: Promise.resolve() } });
}

function loadPart(part: TPart, lng: TLanguage): Promise<void> {
  return (part.loaded[lng] ??= part.en().then(
    ({ default: tree }) => addResources(lng, part.ns, tree),
    (error: unknown) => {
      delete part.loaded[lng]; // try again next time (e.g. back online)
      throw error;
    },
  ));
}

/** Every registered part in the language shown (or being switched to). The router awaits it before showing a page. */
export async function catalogueReady(): Promise<void> {
  let n = -1;
  // A page chunk may register more parts while we wait.
  while (n !== parts.length) {
    n = parts.length;
    const lng = target;
    await Promise.all(parts.map((p) => loadPart(p, lng)));
  }
}

/** A page's module, once the strings it registered are there in the language shown (for the router's `lazy`). */
export async function withCatalogue<T>(module: Promise<T>): Promise<T> {
  const m = await module;
  await catalogueReady();
  return m;
}

function readStoredLanguage(): TLanguage {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked (private mode, strict settings): fall back to the default.
    return DEFAULT_LANGUAGE;
  }
}

definePart('translation', common, () => import('@/locales/en/common'));

export async function initI18n(): Promise<void> {
  const lng = readStoredLanguage();
  if (lng !== DEFAULT_LANGUAGE) await setLanguage(lng, { persist: false });
  document.documentElement.lang = language;
}

export async function setLanguage(lng: TLanguage, { persist = true } = {}): Promise<void> {
  target = lng;
  try {
    await catalogueReady();
  } catch (error) {
    target = language;
    throw error;
  }
  if (target !== lng) return; // another switch came after this one
  if (language !== lng) {
    language = lng;
    document.documentElement.lang = lng;
    for (const l of listeners) l();
  }
  if (!persist) return;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not persisted; the choice still holds for this visit.
  }
}

/** Registers a feature's namespace in every language (called from the feature's lazy chunk). */
export function addNamespace(ns: string, bundles: Record<TLanguage, TTree>): void {
  for (const lng of LANGUAGES) {
    if (!hasResources(lng, ns)) addResources(lng, ns, bundles[lng]);
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `{ t, i18n }` for a namespace; re-renders the component when the language changes. */
export function useTranslation<NS extends TNamespace = 'translation'>(ns?: NS): { t: TFunction<NS>; i18n: typeof i18n } {
  const lng = useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
  return { t: getFixedT(lng, ns), i18n };
}
