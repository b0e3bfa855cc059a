import { describe, expect, it } from 'vitest';
import { CorroborateError } from '../../src/errors';
import { SegmentOptionsSchema } from '../../src/schemas';
import { segment, segmentResolved } from '../../src/segment/index';
import { texts } from './_helpers';

describe('abbreviations option', () => {
  it.each([
    {
      name: 'without the option an unknown abbreviation ends a sentence',
      abbreviations: [],
      expected: ['The Ctte.', 'Chair spoke first.'],
    },
    {
      name: 'with it the sentence goes on',
      abbreviations: ['Ctte'],
      expected: ['The Ctte. Chair spoke first.'],
    },
    {
      name: 'a final period in the option is ignored',
      abbreviations: ['Ctte.'],
      expected: ['The Ctte. Chair spoke first.'],
    },
    { name: 'case is ignored', abbreviations: ['CTTE'], expected: ['The Ctte. Chair spoke first.'] },
  ])('$name', ({ abbreviations, expected }) => {
    expect(texts('The Ctte. Chair spoke first.', { abbreviations })).toEqual(expected);
  });

  it('a user abbreviation still ends a sentence before a sentence starter', () => {
    expect(texts('It went to the Ctte. It passed.', { abbreviations: ['Ctte'] })).toEqual([
      'It went to the Ctte.',
      'It passed.',
    ]);
  });
});

describe('other languages', () => {
  it.each([
    {
      language: 'de',
      input: 'Dr. Müller kam um 5 Uhr. Er ging.',
      expected: ['Dr. Müller kam um 5 Uhr.', 'Er ging.'],
    },
    {
      language: 'de',
      input: 'Er kam am 3. Oktober, z.B. mit Hrn. Weber. Dann ging er.',
      expected: ['Er kam am 3. Oktober, z.B. mit Hrn. Weber.', 'Dann ging er.'],
    },
    {
      language: 'de-AT',
      input: 'Das kostet ca. 5 Euro. Peter M. Schmidt zahlt.',
      expected: ['Das kostet ca. 5 Euro.', 'Peter M. Schmidt zahlt.'],
    },
    {
      language: 'fr',
      input: 'Mme Durand est arrivée. M. Dupont aussi, etc. Le soir, il est parti.',
      expected: ['Mme Durand est arrivée.', 'M. Dupont aussi, etc.', 'Le soir, il est parti.'],
    },
    {
      language: 'es',
      input: '¿Dónde está el Sr. García? ¡No lo sé! La Dra. López llegó.',
      expected: ['¿Dónde está el Sr. García?', '¡No lo sé!', 'La Dra. López llegó.'],
    },
    {
      language: 'it',
      input: "Il sig. Rossi ha visto il dott. Bianchi. L'art. 5 è chiaro, ecc. Poi sono partiti.",
      expected: ['Il sig. Rossi ha visto il dott. Bianchi.', "L'art. 5 è chiaro, ecc.", 'Poi sono partiti.'],
    },
    {
      language: 'pt',
      input: 'O sr. Silva encontrou a dra. Costa. A reunião durou duas horas.',
      expected: ['O sr. Silva encontrou a dra. Costa.', 'A reunião durou duas horas.'],
    },
    {
      language: 'nl',
      input: 'Dhr. Jansen sprak met dr. de Vries in de V.S. Daarna niet meer.',
      expected: ['Dhr. Jansen sprak met dr. de Vries in de V.S.', 'Daarna niet meer.'],
    },
    {
      language: 'ru',
      input: 'В 2020 г. проф. Иванов выступил на ул. Ленина, т.е. в центре. Он заявил об этом в четверг.',
      expected: [
        'В 2020 г. проф. Иванов выступил на ул. Ленина, т.е. в центре.',
        'Он заявил об этом в четверг.',
      ],
    },
    // Swedish has no data: the conservative rules split before a capital, a digit or an opening quote, and never
    // after a single capital.
    {
      language: 'sv',
      input: 'Jan kom klockan 5. Han gick. J. Svensson stannade.',
      expected: ['Jan kom klockan 5.', 'Han gick.', 'J. Svensson stannade.'],
    },
    {
      language: 'sv',
      input: 'Vad? Ja! Det är 3.5 procent. "Bra." 12 personer kom.',
      expected: ['Vad?', 'Ja!', 'Det är 3.5 procent.', '"Bra."', '12 personer kom.'],
    },
    {
      language: 'sv',
      input: 'Det hände i U.S. Sedan inte mer.',
      expected: ['Det hände i U.S. Sedan inte mer.'],
    },
    {
      language: 'ja',
      input: '今日は晴れです。明日は雨でしょう！本当？',
      expected: ['今日は晴れです。', '明日は雨でしょう！', '本当？'],
    },
  ])('$language: $input', ({ language, input, expected }) => {
    expect(texts(input, { language })).toEqual(expected);
  });

  it('English rules do not leak into other languages', () => {
    // "U.S. How" splits in English (a sentence starter follows), not in a language without starters.
    expect(texts('I live in the U.S. How about you?')).toHaveLength(2);
    expect(texts('I live in the U.S. How about you?', { language: 'sv' })).toHaveLength(1);
  });
});

describe('validation', () => {
  it.each([
    { name: 'a number', text: 42, message: 'text must be a string, got 42' },
    { name: 'null', text: null, message: 'text must be a string, got null' },
    { name: 'undefined', text: undefined, message: 'text must be a string, got undefined' },
    { name: 'an object', text: { text: 'x' }, message: 'text must be a string, got a object' },
  ])('rejects $name as text with E_INVALID_INPUT', ({ text, message }) => {
    expect(() => segment(text as never)).toThrow(CorroborateError);
    expect(() => segment(text as never)).toThrow(
      expect.objectContaining({ code: 'E_INVALID_INPUT', message }),
    );
  });

  it.each([
    { name: 'an unknown option', options: { lang: 'en' }, pattern: /unknown option\(s\): lang/ },
    {
      name: 'a language that is not a string',
      options: { language: 5 },
      pattern: /language must be string, got 5/,
    },
    { name: 'a one-letter language', options: { language: 'e' }, pattern: /language/ },
    {
      name: 'abbreviations that are not an array',
      options: { abbreviations: 'Dr' },
      pattern: /abbreviations must be array/,
    },
    { name: 'an empty abbreviation', options: { abbreviations: [''] }, pattern: /abbreviations\.0/ },
  ])('rejects $name with E_INVALID_OPTIONS', ({ options, pattern }) => {
    let error: unknown;
    try {
      segment('Hi.', options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CorroborateError);
    expect((error as CorroborateError).code).toBe('E_INVALID_OPTIONS');
    expect((error as CorroborateError).message).toMatch(pattern);
    expect((error as CorroborateError).cause).toBeDefined();
  });

  it('segmentResolved gives what segment gives, without validating', () => {
    const input = 'Mr. Smith left. He came back.';
    expect(segmentResolved(input, SegmentOptionsSchema.parse({}))).toEqual(segment(input));
  });
});
