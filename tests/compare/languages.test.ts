/**
 * German, French, Spanish, Italian, Portuguese, Dutch and Russian accounts read with their own cue lists
 * (src/lexicon/cues-*.ts): a denial, another day or month, another count is a contradiction, as in English; function
 * words are not shared content.
 */
import { describe, expect, it } from 'vitest';
import { compare, relate } from '../../src/index';
import { readAccount } from '../../src/features/index';
import { cuesFor } from '../../src/lexicon/cues';
import { segment } from '../../src/index';
import { valid } from '../helpers';

/** The one link between two one-sentence accounts: its relation and the kinds of its conflict cues. */
function link(a: string, b: string, language: string): [string, string[]] {
  const r = valid(compare(a, b, { language }));
  expect(r.links).toHaveLength(1);
  const l = r.links[0]!;
  const kinds = l.cues.map((c) => c.kind).filter((k) => ['negation', 'date', 'number'].includes(k));
  return [l.relation, [...new Set(kinds)]];
}

describe('compare() in languages other than English', () => {
  it.each([
    {
      name: 'German nicht',
      language: 'de',
      a: 'Die Regierung hat den Plan gebilligt.',
      b: 'Die Regierung hat den Plan nicht gebilligt.',
      expected: ['contradiction', ['negation']],
    },
    {
      name: 'German weekdays',
      language: 'de',
      a: 'Der Kanzler trat am Montag zurück.',
      b: 'Der Kanzler trat am Dienstag zurück.',
      expected: ['contradiction', ['date']],
    },
    {
      name: 'German months after an ordinal day',
      language: 'de',
      a: 'Die Wahl findet am 3. März statt.',
      b: 'Die Wahl findet am 3. April statt.',
      expected: ['contradiction', ['date']],
    },
    {
      name: 'German number words',
      language: 'de',
      a: 'Bei dem Unfall starben drei Menschen.',
      b: 'Bei dem Unfall starben fünf Menschen.',
      expected: ['contradiction', ['number']],
    },
    {
      name: "French ne ... pas, with n' fused to the verb",
      language: 'fr',
      a: "Le ministre n'a pas démissionné lundi.",
      b: 'Le ministre a démissionné lundi.',
      expected: ['contradiction', ['negation']],
    },
    {
      name: 'French ne ... que, which means only',
      language: 'fr',
      a: "Le ministre n'a rencontré que deux conseillers.",
      b: 'Le ministre a rencontré deux conseillers.',
      expected: ['agreement', []],
    },
    {
      name: 'French months',
      language: 'fr',
      a: "L'incendie a fait trois morts le 3 mars.",
      b: "L'incendie a fait trois morts le 3 avril.",
      expected: ['contradiction', ['date']],
    },
    {
      name: 'Spanish no',
      language: 'es',
      a: 'El presidente no dimitió el martes.',
      b: 'El presidente dimitió el martes.',
      expected: ['contradiction', ['negation']],
    },
    {
      name: 'Spanish no ... nunca, one denial',
      language: 'es',
      a: 'El presidente no dijo nunca eso en la reunión.',
      b: 'El presidente dijo eso en la reunión.',
      expected: ['contradiction', ['negation']],
    },
    {
      name: 'Spanish nadie alone',
      language: 'es',
      a: 'Nadie resultó herido en el accidente.',
      b: 'Dos personas resultaron heridas en el accidente.',
      expected: ['contradiction', ['negation']],
    },
    {
      name: 'Spanish months after de',
      language: 'es',
      a: 'El accidente ocurrió el 3 de marzo.',
      b: 'El accidente ocurrió el 3 de mayo.',
      expected: ['contradiction', ['date']],
    },
    {
      name: 'Italian non',
      language: 'it',
      a: 'Il governo ha approvato il piano martedì.',
      b: 'Il governo non ha approvato il piano martedì.',
      expected: ['contradiction', ['negation']],
    },
    {
      name: 'Italian nessuno alone',
      language: 'it',
      a: "Nessuno è rimasto ferito nell'incidente.",
      b: "Due persone sono rimaste ferite nell'incidente.",
      expected: ['contradiction', ['negation']],
    },
    {
      name: 'Italian number words written as one (ventiquattro, quarantotto)',
      language: 'it',
      a: 'Lo sciopero durerà ventiquattro ore.',
      b: 'Lo sciopero durerà quarantotto ore.',
      expected: ['contradiction', ['number']],
    },
    {
      name: 'Italian mai after a noun, which means ever',
      language: 'it',
      a: 'È il più grande incendio mai visto nella regione.',
      b: 'È il più grande incendio visto nella regione.',
      expected: ['agreement', []],
    },
    {
      name: 'Portuguese não',
      language: 'pt',
      a: 'O governo aprovou o plano na terça-feira.',
      b: 'O governo não aprovou o plano na terça-feira.',
      expected: ['contradiction', ['negation']],
    },
    {
      name: 'Portuguese months after de',
      language: 'pt',
      a: 'O acidente ocorreu em 3 de março.',
      b: 'O acidente ocorreu em 3 de maio.',
      expected: ['contradiction', ['date']],
    },
    {
      name: 'Portuguese weekdays',
      language: 'pt',
      a: 'O ministro demitiu-se na segunda-feira.',
      b: 'O ministro demitiu-se na sexta-feira.',
      expected: ['contradiction', ['date']],
    },
    {
      name: 'Dutch niet',
      language: 'nl',
      a: 'De regering heeft het plan dinsdag goedgekeurd.',
      b: 'De regering heeft het plan dinsdag niet goedgekeurd.',
      expected: ['contradiction', ['negation']],
    },
    {
      name: 'Dutch number words written as one (tweehonderd, vierentwintig)',
      language: 'nl',
      a: 'Er zijn tweehonderd huizen ontruimd.',
      b: 'Er zijn vierentwintig huizen ontruimd.',
      expected: ['contradiction', ['number']],
    },
    {
      name: 'Russian не',
      language: 'ru',
      a: 'Правительство одобрило план во вторник.',
      b: 'Правительство не одобрило план во вторник.',
      expected: ['contradiction', ['negation']],
    },
    {
      name: 'Russian никто не, one denial',
      language: 'ru',
      a: 'Никто не пострадал в аварии.',
      b: 'В аварии никто не пострадал.',
      expected: ['agreement', []],
    },
    {
      name: 'Russian months in the genitive',
      language: 'ru',
      a: 'Авария произошла 3 марта.',
      b: 'Авария произошла 3 мая.',
      expected: ['contradiction', ['date']],
    },
    {
      name: 'Russian names in another case (Уолца, Уолц)',
      language: 'ru',
      a: 'Трамп уволил Уолца во вторник.',
      b: 'Уолц не был уволен во вторник.',
      expected: ['contradiction', ['negation']],
    },
  ])('$name', ({ language, a, b, expected }) => {
    expect(link(a, b, language)).toEqual(expected);
  });

  it('reads a language without lists of its own, and English text, with the English lists', () => {
    const a = 'The minister did not resign on Monday.';
    const b = 'The minister resigned on Monday.';
    expect(link(a, b, 'sv')).toEqual(link(a, b, 'en'));
    expect(link(a, b, 'en-GB')).toEqual(['contradiction', ['negation']]);
  });

  it('leaves function words out of the shared content', () => {
    const terms = (text: string, language: string) =>
      readAccount(segment(text, { language }), cuesFor(language)).features[0]!.terms.map((t) => t.key);
    expect(terms('Der Kanzler sagte, dass er in der Stadt sei.', 'de')).toEqual(['kanzl', 'sagt', 'stadt']);
    expect(terms("L'armée est arrivée dans la ville.", 'fr')).toEqual(['armé', 'arriv', 'vill']);
    expect(terms('El ejército llegó a la ciudad.', 'es')).toEqual(['ejercit', 'lleg', 'ciud']);
  });

  it('reads no German noun as a name for its capital', () => {
    const f = readAccount(
      segment('Die Regierung in Berlin lehnte den Vorschlag ab.', { language: 'de' }),
      cuesFor('de'),
    ).features[0]!;
    expect(f.terms.filter((t) => t.entity)).toEqual([]);
    expect(f.terms.map((t) => t.key)).toContain('regier');
  });

  it.each([
    {
      language: 'de',
      a: 'Der Minister ist zurückgetreten.',
      hedged: 'Der Minister ist angeblich zurückgetreten.',
    },
    {
      language: 'fr',
      a: 'Le ministre a démissionné hier soir.',
      hedged: 'Le ministre a prétendument démissionné hier soir.',
    },
    {
      language: 'es',
      a: 'El ministro dimitió ayer por la tarde.',
      hedged: 'El ministro supuestamente dimitió ayer por la tarde.',
    },
  ])('$language: a claim passed on as alleged is discussed, not agreed with', ({ language, a, hedged }) => {
    expect(valid(compare(a, a, { language })).summary.stance).toBe('agrees');
    expect(valid(compare(a, hedged, { language })).summary.stance).toBe('discusses');
  });

  it('reads a hedge of probability as no second-hand claim', () => {
    const a = 'Der Minister ist zurückgetreten.';
    const b = 'Der Minister ist wahrscheinlich zurückgetreten.';
    expect(valid(compare(a, b, { language: 'de' })).summary.stance).toBe('agrees');
  });

  it('passes the language to relate() too', () => {
    const [a, b] = ['Die Regierung hat den Plan gebilligt.', 'Die Regierung hat den Plan nicht gebilligt.'];
    expect(relate(a, b, { language: 'de' }).relation).toBe('contradiction');
  });
});
