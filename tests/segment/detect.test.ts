/**
 * language: 'auto': English, German, French, Spanish, Italian, Portuguese, Dutch or Russian told from function words;
 * English whenever it is not clear.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectLanguage, resolveLanguage } from '../../src/segment/detect';
import { compare, relate, segment, toHTML, toMarkdown, toText } from '../../src/index';
import { datasetsDir, mrpc, sick, stsb } from '../../scripts/_datasets';

describe('detectLanguage', () => {
  it.each([
    ['de', 'Der Kanzler sagte am Montag, dass er nicht zurücktreten werde.'],
    ['de', 'Die Regierung hat den Plan gebilligt. Die Opposition ist dagegen.'],
    ['fr', "Le ministre n'a pas démissionné lundi, a indiqué son porte-parole."],
    ['fr', "L'incendie a fait trois morts dans la nuit et les pompiers sont sur place."],
    ['es', 'El presidente no dimitió el martes, según fuentes del gobierno, y sus ministros tampoco.'],
    ['it', 'Il ministro non si è dimesso lunedì, secondo il suo portavoce, e il governo resta in carica.'],
    ['it', "L'incendio ha causato tre morti nella notte e i vigili del fuoco sono sul posto."],
    ['pt', 'O ministro não renunciou na segunda-feira, segundo o seu porta-voz, e o governo continua.'],
    ['pt', 'O incêndio causou três mortes durante a noite e os bombeiros estão no local.'],
    ['nl', 'De minister is maandag niet afgetreden, zei zijn woordvoerder, en het kabinet blijft aan.'],
    ['nl', 'De brand heeft drie doden geëist en de brandweer is ter plaatse.'],
    ['ru', 'Министр не ушёл в отставку в понедельник, как сообщил его представитель.'],
    ['ru', 'Пожар унёс жизни трёх человек, и пожарные уже на месте.'],
    // One short line each: the articles and weekdays of Spanish and Dutch, Russian by its script.
    ['es', 'El ministro dimitió el lunes. || El ministro no dimitió.'],
    ['es', 'La policía detuvo a tres personas. || La policía detuvo a cinco.'],
    ['nl', 'De minister is maandag afgetreden. || De minister is niet afgetreden.'],
    ['ru', 'Трамп уволил Уолца.'],
    ['en', 'Netanyahu did not have intensive contact with Waltz on Iran, his office said.'],
    ['en', 'Путин met Zelensky in Kyiv on Monday.'],
    ['en', 'The Los Angeles Times reported it on Tuesday, three days after the vote.'],
    // Names and places from the other languages in English text.
    ['en', 'Banca di Roma and Della Valle met Van der Berg in Porto Alegre on Tuesday, the bank said.'],
    // Too short to tell, or names from the other languages in English text.
    ['en', 'Waltz left.'],
    ['en', 'Bei dem Unfall starben drei Menschen.'],
    ['en', 'Los Angeles airport worker charged with making threats || Los Angeles airport worker charged'],
    ['en', 'Al-Qaida says it captures 70 soldiers in al-Bayda'],
    ['en', 'Le Pen and Der Spiegel: the French politician spoke to the German magazine.'],
    ['en', 'Ha, ha, ha, ha, ha, ha!'],
    ['en', ''],
  ])('%s: %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('resolves only auto', () => {
    expect(resolveLanguage('auto', 'Der Kanzler sagte, dass er nicht zurücktreten werde.', '')).toBe('de');
    expect(resolveLanguage('AUTO', 'Der Kanzler sagte, dass er nicht zurücktreten werde.', '')).toBe('de');
    expect(resolveLanguage('en', 'Der Kanzler sagte, dass er nicht zurücktreten werde.', '')).toBe('en');
    expect(resolveLanguage('pt-BR', 'The minister left.', '')).toBe('pt-BR');
  });

  it('is what segment() reads when asked for auto', () => {
    // "vgl." is a German abbreviation and "3." before "Mai" an ordinal: read as German, neither ends a sentence.
    const text = 'Der Bericht nennt andere Fälle, vgl. Anhang B, und er kam am 3. Mai nach Berlin.';
    expect(segment(text, { language: 'en' }).length).toBeGreaterThan(1);
    expect(segment(text, { language: 'auto' })).toHaveLength(1);
    expect(segment(text, { language: 'de' })).toEqual(segment(text, { language: 'auto' }));
  });

  it('is what compare() and relate() read by default', () => {
    const [a, b] = ['Die Regierung hat den Plan gebilligt.', 'Die Regierung hat den Plan nicht gebilligt.'];
    expect(compare(a, b).links.map((l) => l.relation)).toEqual(['contradiction']);
    expect(compare(a, b, { language: 'en' }).links.map((l) => l.relation)).toEqual(['agreement']);
    expect(relate(a, b).relation).toBe('contradiction');
    // One line of Russian each: read as Russian, the names match by their stems and the denial is found.
    const russian = compare('Трамп уволил Уолца.', 'Уолц не был уволен.');
    expect(russian.language).toBe('ru');
    expect(russian.links.map((l) => l.relation)).toEqual(['contradiction']);
  });

  it('is named in the report, and marks the accounts’ text in the HTML page', () => {
    const [a, b] = ['Die Regierung hat den Plan gebilligt.', 'Die Regierung hat den Plan nicht gebilligt.'];
    const german = compare(a, b);
    expect(german.language).toBe('de');
    expect(toHTML(german)).toContain('<p class="s-text" lang="de">');
    expect(toHTML(german, { lang: 'de' })).not.toContain('<p class="s-text" lang=');
    const english = compare('The council approved the plan.', 'The council did not approve the plan.');
    expect(english.language).toBe('en');
    expect(toHTML(english)).not.toContain('<p class="s-text" lang=');
    expect(toMarkdown(german)).toContain('\nBoth accounts read as German (de).\n');
    expect(toText(german)).toContain('Both accounts read as German (de).');
    expect(toMarkdown(english)).not.toContain('Both accounts read as');
    expect(toText(english)).not.toContain('Both accounts read as');
    expect(compare(a, b, { language: 'de-AT' }).language).toBe('de-AT');
  });
});

const dir = datasetsDir();
const hasShared =
  dir !== null && existsSync(fileURLToPath(new URL('../../../shared/datasets', import.meta.url)));
describe.skipIf(!hasShared)(
  hasShared
    ? 'detectLanguage on the English development sets (../shared/datasets)'
    : 'detectLanguage on the English development sets: skipped: ../shared/datasets absent (fresh clone)',
  () => {
    it('reads every pair of STS-B, SICK and MRPC as English', () => {
      const pairs = [...stsb(dir!, 'train'), ...stsb(dir!, 'dev'), ...sick(dir!, 'train'), ...mrpc(dir!)];
      expect(pairs.length).toBeGreaterThan(10_000);
      const other = pairs.filter((p) => detectLanguage(`${p.a}\n${p.b}`) !== 'en');
      expect(other.map((p) => `${p.a} || ${p.b}`)).toEqual([]);
    });
  },
);
