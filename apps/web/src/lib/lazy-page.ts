import { lazy, type ComponentType } from 'react';
import { withCatalogue } from './i18n';

/** A page module as react-router's data routes had it: `export function Component()`. */
export type TPageModule = { Component: ComponentType };

/** A page as a lazy component: its chunk, then its strings in the language shown. */
export function lazyPage(load: () => Promise<TPageModule>) {
  return lazy(() => withCatalogue(load()).then((m) => ({ default: m.Component })));
}
