import { describe, expect, it } from 'vitest';
import { compare, segment, summarize, toMarkdown, type Link } from '../../src/index';
import { valid } from '../helpers';
import { topicCover, topicOf, TOPIC_COVER } from '../../src/compare';
import { readAccount } from '../../src/features/index';

function link(relation: Link['relation'], b: number, refutes = false): Link {
  return {
    a: [0],
    b: [b],
    relation,
    similarity: 0.5,
    confidence: 0.5,
    cues: refutes
      ? [{ kind: 'refutation', rule: 'refutation.explicit', b: [0, 5], detail: "refutes: 'false'" }]
      : [],
    diff: [],
  };
}

const SHARED_NAME: Link['cues'][number] = {
  kind: 'entity',
  rule: 'entity.shared',
  a: [0, 5],
  b: [0, 5],
  detail: "shared: 'Waltz'",
};

/** A link on a few common words (similarity 0.3), with a shared name or none. */
function weak(l: Link, named = false): Link {
  return { ...l, similarity: 0.3, cues: named ? [SHARED_NAME] : [] };
}

describe('summarize: b’s stance towards a', () => {
  it.each([
    { name: 'no links', links: [], stance: 'unrelated' },
    {
      name: 'a refuted contradiction among agreements',
      links: [link('agreement', 0), link('agreement', 1), link('contradiction', 2, true)],
      stance: 'disputes',
    },
    {
      name: 'contradictions outnumbering agreements',
      links: [link('contradiction', 0), link('contradiction', 1), link('agreement', 2)],
      stance: 'disputes',
    },
    {
      name: 'agreements covering most of b',
      links: [link('agreement', 0), link('partial', 1)],
      stance: 'agrees',
    },
    { name: 'one partial in a long b', links: [link('partial', 0)], stance: 'discusses' },
    {
      name: 'contradictions outnumbering agreements, all passed on as guesses or reports',
      links: [link('contradiction', 0), link('contradiction', 1), link('agreement', 2)],
      passedOn: 2,
      stance: 'discusses',
    },
    {
      name: 'contradictions outnumbering agreements, one passed on',
      links: [
        link('contradiction', 0),
        link('contradiction', 1),
        link('contradiction', 2),
        link('agreement', 3),
      ],
      passedOn: 1,
      stance: 'disputes',
    },
    {
      name: 'a refuted contradiction, passed on',
      links: [link('contradiction', 0, true)],
      passedOn: 1,
      stance: 'disputes',
    },
    {
      name: 'as many contradictions as confirmations, no refutation',
      links: [link('contradiction', 0), link('partial', 1)],
      stance: 'discusses',
    },
    {
      name: 'a contradiction beside a weak partial (a supporter below partial-match similarity)',
      links: [link('contradiction', 0), { ...link('partial', 1), similarity: 0.2 }],
      stance: 'disputes',
    },
    {
      name: 'one partial that covers a one-sentence a',
      links: [link('partial', 0)],
      nA: 1,
      stance: 'agrees',
    },
    {
      name: 'one partial on a few common words that covers a one-sentence a',
      links: [weak(link('partial', 0))],
      nA: 1,
      stance: 'discusses',
    },
    {
      name: 'the same, the accounts naming no one in common',
      links: [weak(link('partial', 0))],
      nA: 1,
      sharedNames: false,
      stance: 'unrelated',
    },
    {
      name: 'one partial on a few words and a name in common that covers a one-sentence a',
      links: [weak(link('partial', 0), true)],
      nA: 1,
      sharedNames: true,
      stance: 'agrees',
    },
    {
      name: 'the same, passed on as reported',
      links: [link('partial', 0)],
      nA: 1,
      hedgedB: true,
      stance: 'discusses',
    },
  ] as const)('$name: $stance', (c) => {
    const { links, stance } = c;
    const nA = 'nA' in c ? c.nA : 3;
    const s = summarize([...links], [], nA, 3, {
      hedgedB: 'hedgedB' in c && c.hedgedB,
      ...('passedOn' in c ? { contradictionsPassedOn: c.passedOn } : {}),
      ...('sharedNames' in c ? { sharedNames: c.sharedNames } : {}),
    });
    expect(s.stance).toBe(stance);
    expect(s.confidence).toBeGreaterThan(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
  });

  it('finds agreement between two tellings of one event', () => {
    const r = valid(
      compare(
        'The council approved the budget on Monday. The mayor praised the vote.',
        'On Monday the council approved the budget. The mayor praised the vote.',
      ),
    );
    expect(r.summary.stance).toBe('agrees');
  });

  // A headline against its story: one sentence of the story confirms the headline, the rest adds to it.
  const story =
    'The council approved the city budget on Monday after a long debate. The vote was seven to two. ' +
    'The budget raises spending on parks. The mayor had asked for more money for roads. ' +
    'Opponents said the plan was too costly.';
  it('finds a story that states its headline in agreement with it', () => {
    expect(valid(compare('Council approves the city budget', story)).summary.stance).toBe('agrees');
  });

  it('finds a story that passes its headline on as reported discussing it', () => {
    const reported = story.replace('The council approved', 'The council reportedly approved');
    expect(valid(compare('Council approves the city budget', reported)).summary.stance).toBe('discusses');
  });

  it.each([
    'The mayor did not respond to requests for comment.',
    'A council spokesman declined to say whether the budget had passed.',
  ])('finds a story that says a party would not speak to it discussing its headline: %s', (aside) => {
    const said = story.replace('The council approved', 'A local paper said the council approved');
    expect(valid(compare('Council approves the city budget', `${said} ${aside}`)).summary.stance).toBe(
      'discusses',
    );
  });

  it('reads "alleged" before the charge it qualifies as no hedge on an arrest the story reports as fact', () => {
    const arrest = 'Carmaker chief Erik Brand arrested in tax fraud probe';
    const fact =
      'Police arrested Erik Brand, the chief executive of the carmaker, on Tuesday in a probe of an alleged tax fraud. ' +
      'Prosecutors say it cost the state 40 million euros.';
    expect(valid(compare(arrest, fact)).summary.stance).toBe('agrees');
    const passedOn = fact.replace(
      'Police arrested Erik Brand',
      'A newspaper alleged that police arrested Erik Brand',
    );
    expect(valid(compare(arrest, passedOn)).summary.stance).toBe('discusses');
  });

  it('finds a story that attributes the headline with "claimed" discussing it, and with "said" agreeing', () => {
    const claimed = story.replace('The council approved', 'A local paper claimed the council approved');
    const said = story.replace('The council approved', 'A local paper said the council approved');
    expect(valid(compare('Council approves the city budget', claimed)).summary.stance).toBe('discusses');
    expect(valid(compare('Council approves the city budget', said)).summary.stance).toBe('agrees');
  });

  it('finds a story that gives its headline as a mere possibility discussing it', () => {
    const possible = story.replace('The council approved', 'The council may have approved');
    expect(valid(compare('Council approves the city budget', possible)).summary.stance).toBe('discusses');
    // The headline hedged the same way: b says what a says.
    expect(valid(compare('Council may have approved the city budget', possible)).summary.stance).toBe(
      'agrees',
    );
    // "could" tells as often what someone was able to do: no hedge of the claim.
    const able = story.replace('after a long debate', 'after a debate that could be heard outside');
    expect(valid(compare('Council approves the city budget', able)).summary.stance).toBe('agrees');
  });

  it('finds a story that says it has not established its headline discussing it', () => {
    const headline = 'Woman has a third breast implanted';
    const told =
      'A Florida woman says she had a third breast implanted last year. She says she paid $20,000 for it. ' +
      'It is not clear whether her story is true.';
    expect(valid(compare(headline, told)).summary.stance).toBe('discusses');
    // Without the doubt it tells the claim as its own.
    expect(valid(compare(headline, told.replace(/ It is not clear.*$/, ''))).summary.stance).toBe('agrees');
    const unconfirmed =
      'A man was killed by a shark off a beach on Saturday. Police have not confirmed the cause of death.';
    expect(valid(compare('Man killed by shark off beach', unconfirmed)).summary.stance).toBe('discusses');
    for (const doubt of [
      'Investigators said it was too early to draw any conclusions.',
      'Doctors said a cause had not yet been established.',
      'The coroner said no conclusions had been reached.',
    ]) {
      const r = compare(
        'Man killed by shark off beach',
        `A man was killed by a shark off a beach on Saturday. ${doubt}`,
      );
      expect(valid(r).summary.stance, doubt).toBe('discusses');
    }
  });

  it('finds a story that exposes its headline as a fraud disputing it', () => {
    const exposed =
      'The woman who said she had a third breast implanted has been exposed as a fraud. A police report showed it was a prosthetic.';
    expect(valid(compare('Woman has a third breast implanted', exposed)).summary.stance).toBe('disputes');
  });

  it('finds a story that dismisses the report of its headline disputing it, and one that dismisses someone not', () => {
    const headline = 'Militants captured in Texas';
    const dismissed =
      'Officials on Wednesday dismissed reports that militants had been captured in Texas. The rumour spread online.';
    expect(valid(compare(headline, dismissed)).summary.stance).toBe('disputes');
    const fired =
      'Militants were captured in Texas on Tuesday. The governor dismissed his security chief the next day.';
    expect(valid(compare(headline, fired)).summary.stance).toBe('agrees');
  });

  it('finds a story that passes on a headline hedged in other words discussing it', () => {
    // The headline's "insiders claim" is no hedge of the story's: "Speculation that ..." passes the claim on.
    const headline = 'Singer Ana Rell is pregnant with her first child, insiders claim';
    const speculation =
      'Speculation that Ana Rell is pregnant with her first child grew on Monday after she cancelled two concerts. ' +
      'Her spokesman did not comment.';
    expect(valid(compare(headline, speculation)).summary.stance).toBe('discusses');
    const video =
      'A video claiming that Ana Rell is pregnant with her first child has been watched two million times. ' +
      'Her spokesman did not comment.';
    expect(valid(compare(headline, video)).summary.stance).toBe('discusses');
    // Speculation that is ended: the story tells the claim as its own.
    const ended =
      'Ana Rell is pregnant with her first child, her spokesman confirmed on Monday, ending weeks of speculation. ' +
      'The baby is due in May.';
    expect(valid(compare(headline, ended)).summary.stance).toBe('agrees');
  });

  it('finds a story that reports a claim as hedged as a does still agreeing with it', () => {
    const reported = story.replace('The council approved', 'The council reportedly approved');
    // a hedges the claim too: b reports it as a does, and vouches for it no less.
    expect(valid(compare(reported, reported)).summary.stance).toBe('agrees');
    expect(valid(compare('Council reportedly approves the city budget', reported)).summary.stance).toBe(
      'agrees',
    );
  });

  it('finds a story that restates the headline to call it false disputing it', () => {
    const headline = 'Council approves the city budget';
    const rebutted = story.replace(
      'The council approved the city budget on Monday after a long debate.',
      'Reports that the council approved the city budget on Monday are false.',
    );
    const hoax = story.replace(
      'The council approved the city budget on Monday after a long debate.',
      'A post saying the council approved the city budget on Monday is a hoax.',
    );
    expect(valid(compare(headline, rebutted)).summary.stance).toBe('disputes');
    expect(valid(compare(headline, hoax)).summary.stance).toBe('disputes');
    // The rebuttal in a: the story states what a calls false.
    expect(valid(compare(rebutted, headline)).summary.stance).toBe('disputes');
  });

  it('finds a story that calls the headline false in the next sentence disputing it', () => {
    const headline = 'Council approves the city budget';
    const rebutted = story.replace('The vote was seven to two.', 'The report is not true.');
    expect(valid(compare(headline, rebutted)).summary.stance).toBe('disputes');
    // A single refutation word that describes something else ("a false figure") is no rebuttal of the claim.
    const figure = story.replace('The vote was seven to two.', 'Opponents quoted a false figure.');
    expect(valid(compare(headline, figure)).summary.stance).toBe('agrees');
    // Nor is a sentence that refutes a claim of its own.
    const rumour = story.replace(
      'The vote was seven to two.',
      'Rumors that the mayor resigned are not true.',
    );
    expect(valid(compare(headline, rumour)).summary.stance).toBe('agrees');
  });

  it('does not count a refutation both accounts make, or one that asserts its own clause', () => {
    const rebutted = 'Reports that the council approved the city budget on Monday are false.';
    expect(valid(compare(rebutted, rebutted)).summary.stance).toBe('agrees');
    // A refutation word that describes a thing in the claim restates it, and does not rebut it.
    expect(
      valid(
        compare(
          'The company filed tax returns for the year, prosecutors said.',
          'The company filed false tax returns for the year, prosecutors said.',
        ),
      ).summary.stance,
    ).not.toBe('disputes');
    // "Contrary to" rebuts something else and states its clause: the story confirms the headline.
    const contrary = story.replace('The council approved', 'Contrary to rumours, the council approved');
    expect(valid(compare('Council approves the city budget', contrary)).summary.stance).toBe('agrees');
  });

  it('finds a story that calls the headline nonsense disputing it', () => {
    const nonsense =
      'Reports that Robert Plant ripped up a Led Zeppelin reunion contract were "complete nonsense", his spokesman ' +
      'said. The band last played together in 2007.';
    expect(
      valid(compare('Robert Plant ripped up Led Zeppelin reunion contract', nonsense)).summary.stance,
    ).toBe('disputes');
  });

  it('finds a story that only guesses or passes on a contradiction discussing it, and one that states it disputing', () => {
    const headline = 'Christian Bale will play Steve Jobs in the biopic';
    const stance = (body: string) => valid(compare(headline, body)).summary.stance;
    expect(stance('Christian Bale may not play Steve Jobs in the biopic after all, the magazine said.')).toBe(
      'discusses',
    );
    expect(stance('Christian Bale reportedly will not play Steve Jobs in the biopic.')).toBe('discusses');
    expect(stance('Christian Bale will not play Steve Jobs in the biopic, his agent said.')).toBe('disputes');
    // A claim verb after the denial introduces the report it answers.
    expect(
      stance(
        'Christian Bale will not play Steve Jobs in the biopic, his agent said, after a website claimed he would.',
      ),
    ).toBe('disputes');
  });

  it('finds a story that repeats the headline with a modal hedge still agreeing', () => {
    const modal = `${story} The budget could pass a second reading next week.`;
    expect(valid(compare('Council approves the city budget', modal)).summary.stance).toBe('agrees');
  });
});

describe('summary.stance: a statement that rejects the report itself', () => {
  const report =
    'Mayor Linda Park accepted more than $50,000 in gifts from a property developer, the Harbor Times reported on ' +
    'Monday. The developer, Victor Hale, won approval for a riverside project in June.';
  const statement = (opening: string) =>
    `${opening} Mayor Park has never accepted gifts from Victor Hale. The riverside project was approved by the ` +
    'planning commission.';

  it.each([
    'The Mayor’s Office categorically rejects the claims published today by the Harbor Times.',
    'The Mayor’s Office denied the report.',
    'The Mayor’s Office called the allegations baseless.',
  ])('disputes: %s', (opening) => {
    expect(valid(compare(report, statement(opening))).summary.stance).toBe('disputes');
  });

  it('reads a report said to be denied as a rebuttal, not a person denied something', () => {
    const claim = 'Man dies after eating a spoonful of cinnamon';
    expect(
      valid(
        compare(
          claim,
          'Claims that a man died after eating a spoonful of cinnamon have been debunked. The coroner found a heart condition.',
        ),
      ).summary.stance,
    ).toBe('disputes');
    // The claims of another report, and a passive denial with no report, are no rebuttal of a.
    expect(
      valid(
        compare(
          claim,
          'A man died after eating a spoonful of cinnamon. Claims that the shop sold it illegally were denied by its owner.',
        ),
      ).summary.stance,
    ).toBe('agrees');
    expect(
      valid(
        compare(
          claim,
          'A man died after eating a spoonful of cinnamon. His family was denied access to the report.',
        ),
      ).summary.stance,
    ).toBe('agrees');
  });

  it('does not read the denial of another report as a rebuttal', () => {
    // One contradiction and one partial match: alone they do not take sides. The denial is of reports that a does
    // not make (a second developer, a yacht), so it does not either.
    const other = 'The Mayor’s Office denied reports that a second developer had paid for a yacht trip.';
    expect(valid(compare(report, statement(other))).summary.stance).toBe('discusses');
  });
});

describe('summary.stance: as many contradictions as confirmations', () => {
  const closing = 'Grayfield supermarkets to close all 140 stores by Christmas';
  const denied =
    'Grayfield supermarkets will not close its 140 stores by Christmas, the company said on Monday.';

  it.each([
    'Staff at Grayfield stores were told on Friday that some stores would close next year.',
    'Grayfield closed stores before Christmas last year.',
  ])('disputes where the contradiction is the closer match: %s', (aside) => {
    const r = valid(compare(closing, `${denied} ${aside}`));
    expect(r.summary.contradictions).toBe(1);
    expect(r.summary.stance).toBe('disputes');
  });

  it('discusses where the confirmation is the closer match', () => {
    const both =
      'Grayfield supermarkets will not close its stores, the company said. ' +
      'Grayfield supermarkets will close 140 stores in the north by Christmas, staff were told.';
    expect(valid(compare(closing, both)).summary.stance).toBe('discusses');
  });
});

describe('summary.stance: headlines against their stories', () => {
  it.each([
    {
      name: 'a story that rounds the headline’s figure less than it',
      headline: 'Google fined 2.4 billion euros by EU regulators',
      body:
        'The European Commission fined Google 2.42 billion euros on Tuesday for favouring its own shopping ' +
        'service. Google said it would consider an appeal.',
      stance: 'agrees',
    },
    {
      name: 'a story that tells of a story',
      headline: 'Woman gives birth to quadruplets on flight to London',
      body:
        'Social media users have been sharing a story that a woman gave birth to quadruplets on a flight to ' +
        'London. The airline has not commented, and it is unclear where the story started.',
      stance: 'discusses',
    },
    {
      name: 'another story that shares a few common words and no name',
      headline: 'Young people are spending more time online than ever.',
      body: 'The library is running a course for young people who want to learn to code. Places are limited. The course is free.',
      stance: 'unrelated',
    },
    {
      name: 'a story that passes on conjecture',
      headline: 'Kim Jong Un undergoes ankle surgery',
      body:
        'North Korean leader Kim Jong Un has not been seen in public for a month. Some analysts have suggested ' +
        'he may have had surgery on his ankle, but there has been no official confirmation.',
      stance: 'discusses',
    },
    {
      name: 'a story that gives the claim as what a report says',
      headline: 'Woman has third breast implanted to become less attractive to men',
      body:
        'According to a report in a local newspaper, a woman from Tampa had a third breast implanted so that men ' +
        'would find her less attractive. The woman posted photos online.',
      stance: 'discusses',
    },
    {
      name: 'the same story told as the paper’s own',
      headline: 'Woman has third breast implanted to become less attractive to men',
      body:
        'A woman from Tampa had a third breast implanted so that men would find her less attractive, according ' +
        'to her doctor. The woman posted photos online.',
      stance: 'agrees',
    },
    {
      name: 'a story of a video that purports to show the claim',
      headline: 'Militants behead American photojournalist in Iraq',
      body:
        'Militants released a video on Tuesday that purports to show the beheading of an American ' +
        'photojournalist in Iraq. The White House said it was aware of the video.',
      stance: 'discusses',
    },
    {
      name: 'a story that restates the claim and says it could not be verified at once',
      headline: 'Militants behead American photojournalist in Iraq',
      body:
        'Militants have beheaded an American photojournalist in Iraq, a group that monitors jihadist websites ' +
        'said. The video could not be immediately verified.',
      stance: 'discusses',
    },
    {
      name: 'a story of the same event that restates no claim of the headline',
      headline: 'Apple to launch gold iPhone',
      body:
        'Apple will hold a media event on September 10, the company said on Tuesday. Analysts expect Apple to ' +
        'show new iPhones with faster chips and better cameras.',
      stance: 'discusses',
    },
    {
      name: 'another story of the same company, which shares only its name',
      headline: 'Apple to launch gold iPhone',
      body:
        'Apple must pay 13 billion euros in back taxes to Ireland, the European Commission ruled on Tuesday. The ' +
        'company said it would appeal.',
      stance: 'unrelated',
    },
  ])('$name: $stance', ({ headline, body, stance }) => {
    expect(valid(compare(headline, body)).summary.stance).toBe(stance);
  });
});

describe('topicCover', () => {
  const read = (text: string) => readAccount(segment(text)).features;

  it('weighs the share of the first account’s subject the second mentions anywhere', () => {
    const headline = read('Apple to launch gold iPhone');
    const cover = topicCover(headline, read('Apple will hold an event. It will show new iPhones.'));
    expect(cover).toBeGreaterThan(0.2);
    expect(cover).toBeLessThan(1);
    expect(topicCover(headline, read('Apple launched a gold iPhone.'))).toBeCloseTo(1, 6);
    expect(topicCover(read(''), read('Apple launched a gold iPhone.'))).toBe(0);
  });

  it('counts a name once in a headline that capitalizes every word, by how the other account writes it', () => {
    // Read alone, the headline's "Jong" and "Un" are words of the lexicon; the body writes them as one name.
    const body = read(
      'North Korea fired two missiles into the sea on Thursday. The launch came as Kim Jong Un inspected units ' +
        'near the coast.',
    );
    expect(topicCover(read('Kim Jong Un Undergoes Ankle Surgery'), body)).toBe(0);
    expect(topicCover(read('Kim Jong Un undergoes ankle surgery'), body)).toBe(0);
    // A second thing in common still counts.
    expect(topicCover(read('Kim Jong Un Inspects Missile Units'), body)).toBeGreaterThan(0.2);
  });

  it('is given in the summary and in the Markdown report', () => {
    const report = valid(
      compare(
        'Apple to launch gold iPhone',
        'Apple will hold a media event on September 10, the company said on Tuesday. Analysts expect Apple to ' +
          'show new iPhones with faster chips and better cameras.',
      ),
    );
    expect(report.summary.stance).toBe('discusses');
    expect(report.summary.topic).toBeGreaterThanOrEqual(TOPIC_COVER);
    expect(toMarkdown(report)).toContain(`${String(Math.round(100 * report.summary.topic!))}% |`);
  });

  it('turns an account with no link into one that discusses, given a name in common', () => {
    const stance = (context: Parameters<typeof summarize>[4]) => summarize([], [], 1, 3, context).stance;
    expect(stance({ sharedNames: true, topic: TOPIC_COVER })).toBe('discusses');
    expect(stance({ sharedNames: true, topic: TOPIC_COVER - 0.01 })).toBe('unrelated');
    expect(stance({ sharedNames: false, topic: 0.9 })).toBe('unrelated');
    expect(stance({})).toBe('unrelated');
    // Only weak partial links and no name in common: unrelated however much of a's subject b mentions.
    expect(
      summarize([{ ...link('partial', 0), similarity: 0.3 }], [], 1, 3, { sharedNames: false, topic: 0.9 })
        .stance,
    ).toBe('unrelated');
  });

  it('counts the separate names of a that b mentions, a name of several words once', () => {
    const headline = read('Hurricane Delphine death toll climbs past 200 on Isla Verdana');
    expect(topicOf(headline, read('Hurricane Delphine killed 214 people on Isla Verdana.')).names).toBe(2);
    expect(topicOf(headline, read('Isla Verdana held a film festival.')).names).toBe(1);
  });

  it('leaves names out of the share: what b says of a’s event decides', () => {
    const headline = read('Police arrest Ravi Okoro over theft of beehives in Dunmere');
    // The same two names, and a farm show instead of a theft: nothing of the event.
    const other = read('Ravi Okoro won a rosette at the Dunmere show. Crowds came despite the rain.');
    expect(topicCover(headline, other)).toBe(0);
    const same = read('Ravi Okoro of Dunmere was arrested after beehives went missing from three farms.');
    expect(topicCover(headline, same)).toBeGreaterThan(TOPIC_COVER);
  });

  it('reads weak links with a name in common as another story unless b mentions enough of a’s subject', () => {
    const weakLink = { ...link('partial', 0), similarity: 0.3 };
    const stance = (topic: number) => summarize([weakLink], [], 1, 3, { sharedNames: true, topic }).stance;
    expect(stance(TOPIC_COVER - 0.01)).toBe('unrelated');
    expect(stance(TOPIC_COVER)).not.toBe('unrelated');
    // Two of a's names mentioned: a's story, however little of the rest b repeats.
    expect(summarize([weakLink], [], 1, 3, { sharedNames: true, topic: 0, topicNames: 2 }).stance).not.toBe(
      'unrelated',
    );
    expect(summarize([weakLink], [], 1, 3, { sharedNames: true, topic: 0, topicNames: 1 }).stance).toBe(
      'unrelated',
    );
    // A link at the STS "2 of 5" is no weak link: the topic does not decide.
    expect(summarize([link('partial', 0)], [], 1, 3, { sharedNames: true, topic: 0 }).stance).not.toBe(
      'unrelated',
    );
    // Nor for a contradiction.
    expect(
      summarize([{ ...link('contradiction', 0), similarity: 0.3 }], [], 1, 3, { sharedNames: true, topic: 0 })
        .stance,
    ).toBe('disputes');
    const r = valid(
      compare(
        'Police arrest Ravi Okoro over theft of beehives in Dunmere',
        'The Dunmere show drew record crowds on Saturday. Ravi Okoro, who has kept bees for forty years, won the ' +
          'prize for the best honey. Organisers said the rain had not kept people away.',
      ),
    );
    expect(r.summary.stance).toBe('unrelated');
  });

  it('is left out for other languages, whose words it cannot weigh', () => {
    const report = valid(
      compare('Die Regierung plant neue Steuern.', 'Die Regierung hat ein Museum eröffnet.', {
        language: 'de',
      }),
    );
    expect(report.summary.topic).toBeUndefined();
    expect(
      valid(compare('The government plans new taxes.', 'The government opened a museum.')).summary.topic,
    ).toBeDefined();
  });

  it('needs two separate things of a, a name of several words counting once', () => {
    expect(
      topicCover(read('Kim Jong Un undergoes ankle surgery'), read('Kim Jong Un visited a factory.')),
    ).toBe(0);
    expect(
      topicCover(read('Kim Jong Un undergoes ankle surgery'), read('Kim Jong Un hurt his ankle.')),
    ).toBeGreaterThan(0);
  });
});

describe('summary.stance: rebuttals in the words news stories use', () => {
  const headline = 'Singer Mara Linde to quit music after her final tour';
  it.each([
    'Mara Linde has shot down rumours that she will quit music after her final tour.',
    'Mara Linde has poured cold water on claims that she will quit music after her final tour.',
    'Mara Linde hit back at reports that the singer will quit music after her final tour.',
    'Mara Linde laughed off reports that she will quit music.',
  ])('disputes: %s', (opening) => {
    const body = `${opening} The rumours began after a fan site posted a blurry photo of a farewell poster. Linde is touring Europe until May.`;
    expect(valid(compare(headline, body)).summary.stance).toBe('disputes');
  });

  it.each([
    'Reports that Mara Linde will quit music after her final tour have been firmly dismissed by her manager.',
    'Rumours that Mara Linde will quit music after her final tour were put to rest on Monday.',
    'Mara Linde put to rest rumours that she will quit music after her final tour.',
  ])('disputes, the report its subject: %s', (opening) => {
    const body = `${opening} Linde is touring Europe until May and has a new album planned.`;
    expect(valid(compare(headline, body)).summary.stance).toBe('disputes');
  });

  it('reads a report referred back to and dismissed as a rebuttal, once b has told of the claim', () => {
    const told = 'Reports on Sunday said Mara Linde will quit music after her final tour.';
    expect(valid(compare(headline, `${told} Linde dismissed the reports.`)).summary.stance).toBe('disputes');
    // Without the restated claim, "the reports" refer to nothing of a.
    expect(
      valid(compare(headline, 'Linde dismissed the reports. She has a new album out.')).summary.stance,
    ).not.toBe('disputes');
  });

  it('reads "contradicting claims that" as a rebuttal of the claims', () => {
    const r = compare(
      headline,
      'Mara Linde confirmed a new world tour on Monday, contradicting claims that she will quit music after her final ' +
        'tour. The tour opens in Lisbon in June.',
    );
    expect(valid(r).summary.stance).toBe('disputes');
  });

  it('reads a thing b has told of said not to exist as a rebuttal', () => {
    const claim = 'Astronomers find a second moon orbiting the dwarf planet Kalder';
    const told =
      'Astronomers said in May that they had found a second moon orbiting the dwarf planet Kalder.';
    const r = compare(
      claim,
      `${told} The moon reported in May around the dwarf planet does not exist, a new study says.`,
    );
    expect(valid(r).summary.stance).toBe('disputes');
    // A thing of the story's own that does not exist is not a's.
    const other = `${told} The team's telescope time for next year does not exist yet, its leader said.`;
    expect(valid(compare(claim, other)).summary.stance).not.toBe('disputes');
  });

  it('does not read a report of a dismissal as a dismissal of the report', () => {
    // "was dismissed" is the claim's own verb here: its clause has no verb before it.
    const r = compare(
      'Coach Dario Venn dismissed by Harlow City',
      'Reports that Dario Venn was dismissed spread on Monday morning. Harlow City confirmed in the afternoon that ' +
        'the coach had been dismissed after a run of seven defeats.',
    );
    expect(valid(r).summary.stance).not.toBe('disputes');
  });

  it('reads "no evidence that" a claim of a as a rebuttal, unless the lack is provisional', () => {
    const headline = 'Chemical leak poisoned fish in the River Alder, anglers say';
    const told =
      'Anglers reported hundreds of dead fish in the River Alder on Sunday and blamed a chemical leak.';
    const rebut = `${told} The Environment Agency said tests found no evidence that any chemical had leaked into the river.`;
    expect(valid(compare(headline, rebut)).summary.stance).toBe('disputes');
    // "so far", "not ruling anything out": not established, which is no rebuttal.
    const provisional = `${told} The agency said it had so far found no evidence that any chemical had leaked, but was not ruling anything out.`;
    expect(valid(compare(headline, provisional)).summary.stance).not.toBe('disputes');
    // No evidence of something a does not tell of.
    const other = `${told} Police said there was no evidence of foul play.`;
    expect(valid(compare(headline, other)).summary.stance).not.toBe('disputes');
  });

  it('reads a document dismissed as fake as a rebuttal, once b has told of its claim', () => {
    const r = compare(
      'Leaked memo: council to close all five libraries',
      'A memo circulating online says the council will close all five of its libraries next year. The council ' +
        'dismissed as fake the memo, which it said used an old logo.',
    );
    expect(valid(r).summary.stance).toBe('disputes');
  });

  it.each(['as widely reported', 'as local divers had claimed'])(
    'reads a denial "%s" as a correction of the report',
    (asReported) => {
      const r = compare(
        'Divers find Roman shipwreck off Corran Point',
        `Divers found a shipwreck off Corran Point on Sunday. The wreck is not a Roman ship, ${asReported}, but a ` +
          'fishing boat that sank in 1952, the coastguard said.',
      );
      expect(valid(r).summary.stance).toBe('disputes');
    },
  );

  it('reads the dismissed claim to the end of its clause, not into the verdict after "as"', () => {
    const r = compare(
      'Rebel leader Omar Saleh killed in air strike',
      'Several outlets said on Thursday that Omar Saleh had been killed in an air strike on his convoy. A spokesman ' +
        'for the group dismissed the reports of his death as cheap propaganda from a frightened enemy.',
    );
    expect(valid(r).summary.stance).toBe('disputes');
  });

  it('does not read a denial that is itself negated as a rebuttal', () => {
    const r = compare(
      'Chirp will charge its users a monthly fee from January',
      'Chirp may charge its users a monthly fee from January, according to a leaked memo. Chirp has not confirmed ' +
        'or denied the report, and a spokesman said only that the company "does not comment on rumours or speculation."',
    );
    expect(valid(r).summary.stance).toBe('discusses');
  });

  it('reads an event said never to have happened as a rebuttal, once b has told of it', () => {
    const claim = 'Man steals a city bus and drives it into a lake';
    const hoax =
      'A story claiming a man stole a city bus and drove it into a lake has been shared thousands of times. ' +
      'It first appeared on a satire website. Some versions carried a photo of a bus in shallow water. ' +
      'But police say the incident never happened.';
    expect(valid(compare(claim, hoax)).summary.stance).toBe('disputes');
    // A story about something else in which some other event never took place tells nothing of a.
    const other =
      'The council approved a new budget for the city parks on Monday. A planned vote on parking fees never took place.';
    expect(valid(compare(claim, other)).summary.stance).not.toBe('disputes');
  });

  it('reads a picture branded as doctored or debunked as a rebuttal of the claim it carries', () => {
    const claim = 'Crocodile spotted swimming in flooded street after storm';
    expect(
      valid(
        compare(
          claim,
          'A photo that appears to show a crocodile swimming in a flooded street after the storm is being shared again. ' +
            'The image has been debunked many times before.',
        ),
      ).summary.stance,
    ).toBe('disputes');
  });

  it('finds a story whose police have yet to confirm the claim discussing it', () => {
    const r = compare(
      'Man steals a city bus and drives it into a lake',
      'Witnesses say a man stole a city bus and drove it into a lake on Sunday, although police have yet to confirm the details.',
    );
    expect(valid(r).summary.stance).toBe('discusses');
  });
});

describe('summary.stance: rebuttals by reference and the accused’s plea', () => {
  const claim = 'Lynx escapes from Highland wildlife park';
  const told =
    'Posts claiming that a lynx had escaped from the Highland wildlife park spread quickly on Sunday. ' +
    'Some said the animal had been seen in gardens near the park.';

  it.each([
    'But the park said there has been no escape, and both of its lynxes are in their enclosure.',
    'Police said the reports were wrong.',
    'The park said the posts were invented. The photos circulating online are misleading.',
    'The park’s statement was blunt: the story is incorrect, and no search of the area is being carried out.',
  ])('disputes: %s', (rebuttal) => {
    expect(valid(compare(claim, `${told} ${rebuttal}`)).summary.stance).toBe('disputes');
  });

  it.each([
    'Wildlife officers say the warning is misinformation.',
    'The park said that number is simply wrong.',
    'A keeper said this looks like a hoax designed to get attention.',
    'A spokesman said the reports had "no basis in reality" and that the park was open as usual.',
    'The park said that the reports were "not accurate".',
  ])('disputes, calling what b told of false by reference: %s', (rebuttal) => {
    expect(valid(compare(claim, `${told} ${rebuttal}`)).summary.stance).toBe('disputes');
  });

  it.each([
    'But the story turned out to be untrue: the lynx seen in the gardens was a large tabby cat.',
    'The viral tale has proved false, the park said.',
    'The park said it had counted its animals, describing it as "a cruel hoax".',
    'The park called the story "a complete fabrication".',
    'The paper that first published the claims has withdrawn the story.',
  ])('disputes, a story turned out false, branded so or withdrawn: %s', (rebuttal) => {
    expect(valid(compare(claim, `${told} ${rebuttal}`)).summary.stance).toBe('disputes');
  });

  it('does not read a falsehood that is only supposed, or a report’s own claim, as a rebuttal', () => {
    for (const aside of [
      'A rebuttal would have come quickly if the story were entirely untrue.',
      'Rumours that the keeper resigned are not true.',
      'It is wrong to blame the keepers, the mayor said.',
      'The search team is made up of volunteers from three villages.',
      'One thing is certain: that keeper Ewan Ross was wrong to leave the gate open.',
    ]) {
      expect(valid(compare(claim, `${told} ${aside}`)).summary.stance, aside).not.toBe('disputes');
    }
  });

  it('disputes where what told of a’s claim "was fabricated", not where the claim’s own verb is', () => {
    const faked =
      'A post that spread on Sunday, purporting to show a lynx that had escaped from the Highland wildlife park, ' +
      'was fabricated, the park said. Its two lynxes were counted on Monday.';
    expect(valid(compare(claim, faked)).summary.stance).toBe('disputes');
    const dean = 'Dean Miriam Calloway falsified cancer research data';
    const found =
      'An investigation has concluded that Miriam Calloway, the dean, fabricated data in cancer research studies, ' +
      'the university said on Thursday.';
    expect(valid(compare(dean, found)).summary.stance).not.toBe('disputes');
  });

  it('does not read "there was no" as a rebuttal when what is denied is not a’s', () => {
    const r = compare(claim, `${told} There was no sign of panic in the village.`);
    expect(valid(r).summary.stance).not.toBe('disputes');
  });

  it.each([
    ['The park declined to comment further.', 'discusses'],
    ['The park would not say whether any animal was missing.', 'discusses'],
    ['It could not be independently verified whether any animal was missing.', 'discusses'],
    ['The park opened as usual on Monday.', 'disputes'],
  ])(
    'reads a party’s rejection as one side of a question b leaves open, and as b’s verdict where b leaves none: %s',
    (after, stance) => {
      const rejected = `${told} A spokesman for the park dismissed the reports as "nonsense". ${after}`;
      expect(valid(compare(claim, rejected)).summary.stance).toBe(stance);
    },
  );

  it('reads a rejection that opens the story as b’s verdict, an open question after it notwithstanding', () => {
    const opening =
      'The Highland wildlife park dismissed reports that a lynx had escaped as "nonsense" on Sunday. ' +
      'Some posts said the animal had been seen in gardens near the park. The park declined to comment further.';
    expect(valid(compare(claim, opening)).summary.stance).toBe('disputes');
  });

  it('reads the accused denying the allegations as a plea, unless b also contradicts a', () => {
    const arrest = 'Carmaker chief Erik Brand arrested in tax fraud probe';
    const confirmed =
      'Prosecutors arrested Erik Brand, the chief executive of the carmaker, on Tuesday as part of a tax fraud probe. ' +
      'His lawyer said Brand rejected the allegations and would defend himself.';
    expect(valid(compare(arrest, confirmed)).summary.stance).toBe('agrees');
  });
  describe('a lead that answers a report of a’s claim with a party’s own news', () => {
    const zoo = 'Grenmoor Zoo to close at the end of the season';
    const rest = ' The trustees said visitor numbers had risen by a tenth this year.';

    it('disputes a: the news, then its source, then the report it answers', () => {
      const answered =
        'Grenmoor Zoo will stay open next year, its trustees said on Monday, days after posts on social media ' +
        'claimed the zoo was to close at the end of the season.';
      expect(valid(compare(zoo, answered + rest)).summary.stance).toBe('disputes');
    });

    it.each([
      [
        'news that restates the claim',
        'Grenmoor Zoo will close at the end of the season, its trustees said on Monday, after weeks of speculation ' +
          'that the zoo was to close.',
      ],
      [
        'the reporter’s own news, with no source after it',
        'Visitors queued at Grenmoor Zoo on Sunday after posts on social media claimed the zoo was to close at ' +
          'the end of the season.',
      ],
      [
        'speculation over a question',
        'Grenmoor Zoo named Ana Pell its new director, its trustees said on Monday, ending weeks of speculation ' +
          'over who would run the zoo until the end of the season.',
      ],
    ])('does not dispute a where the lead has %s', (_, lead) => {
      expect(valid(compare(zoo, lead + rest)).summary.stance).not.toBe('disputes');
    });
  });
  describe('a lead that says what the thing a’s claim is told of proved to be', () => {
    const wreck = 'Divers find the lost steamer Albion Star off Carrow Point';

    it('disputes a where the thing proved to be something else', () => {
      const proved =
        'A wreck off Carrow Point that divers hailed as the long-lost steamer Albion Star is in fact a steel ' +
        'fishing trawler that sank in the 1950s, the Maritime Trust said. Divers had filmed the wreck last week.';
      expect(valid(compare(wreck, proved)).summary.stance).toBe('disputes');
    });

    it('disputes a where what the thing was passed off as comes before what it is', () => {
      const passed =
        'A wreck off Carrow Point that divers described as the long-lost steamer Albion Star is a steel fishing ' +
        'trawler that sank in the 1950s, the Maritime Trust said. Divers had filmed the wreck last week.';
      expect(valid(compare(wreck, passed)).summary.stance).toBe('disputes');
    });

    it('does not read what was done with the thing passed off as what it is', () => {
      const shared =
        'A video described as showing divers at the long-lost steamer Albion Star off Carrow Point was shared ' +
        '40,000 times on Sunday, and the Maritime Trust said it would examine it.';
      expect(valid(compare(wreck, shared)).summary.stance).not.toBe('disputes');
    });

    it('does not dispute a where what proved so is another thing', () => {
      const others =
        'Divers have found the wreck of the lost steamer Albion Star off Carrow Point, the Maritime Trust said, ' +
        'after several earlier sightings, all of which turned out to be fishing trawlers. The steamer sank in 1890.';
      expect(valid(compare(wreck, others)).summary.stance).not.toBe('disputes');
    });

    it('does not dispute a claim that something is false, which the lead bears out', () => {
      const forged = 'The Vossberg Museum’s portrait of a merchant is a forgery, experts say';
      const proved =
        'The portrait of a merchant that the Vossberg Museum bought in 1961 was in fact painted in the 1930s by ' +
        'a convicted copyist, the museum said. Its curators had long had doubts.';
      expect(valid(compare(forged, proved)).summary.stance).not.toBe('disputes');
    });
  });

  describe('a publisher taking its report back', () => {
    const wedding = 'Singer Mara Vance secretly married footballer Tom Ashcombe in Lisbon';
    const told =
      'Celebrity site Glint reported on Monday that Mara Vance secretly married Tom Ashcombe in Lisbon last week. ' +
      'Vance spent last week on tour in Canada.';

    it('disputes a where the publisher took the report back', () => {
      const after = 'Glint has since removed its article and published a correction.';
      expect(valid(compare(wedding, `${told} ${after}`)).summary.stance).toBe('disputes');
    });

    it('does not dispute a where the publisher has not', () => {
      const after = 'Glint had not published a correction by Tuesday evening.';
      expect(valid(compare(wedding, `${told} ${after}`)).summary.stance).not.toBe('disputes');
    });
  });
  describe('a contradiction in a story that leaves the question open', () => {
    const recall = 'Grenfield Foods recalls its peanut butter over salmonella';
    const denial = 'Grenfield Foods has not recalled its peanut butter, the company insisted on Monday.';
    const open = 'Food safety regulators declined to say whether any salmonella had been found.';

    it('reads a party’s denial as b’s verdict where nothing is left open', () => {
      expect(valid(compare(recall, denial)).summary.stance).toBe('disputes');
    });

    it('reads it as one side of the story where b says the question is open', () => {
      const r = compare(recall, `${denial} ${open}`);
      expect(valid(r).summary.stance).toBe('discusses');
      expect(r.summary.contradictions).toBeGreaterThan(0);
    });

    it('still disputes a where b refutes the report outright', () => {
      const refuted =
        'Reports that Grenfield Foods recalled its peanut butter are false, the company said on Monday. ' +
        open;
      expect(valid(compare(recall, refuted)).summary.stance).toBe('disputes');
    });
  });
});
