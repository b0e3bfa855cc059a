/**
 * Abbreviations shared by every language, used alone for languages without data of their own: international
 * titles and the number sign. Kept tiny on purpose, since a wrong entry here would join sentences in every
 * language.
 */
import type { LanguageData } from '../languages';
import { words } from './_words';

export const common: LanguageData = {
  abbreviations: {
    prefix: words('dr prof'),
    number: words('no nr n° nº'),
  },
};
