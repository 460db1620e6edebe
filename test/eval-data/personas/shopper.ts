// Maya, an online shopper: sizes, tastes that change, a kitchen refit and a switch to vegan.
import type { PersonaScript } from '../types.ts';

export const shopper: PersonaScript = {
  user: 'shopper',
  name: 'Maya Lindqvist',
  sessions: [
    {
      at: '2025-02-03T20:10:00Z',
      turns: [
        'Hi, I want help keeping track of stuff I buy and want, I always forget sizes.',
        ['size1', 'I wear a UK size 10 in dresses and a size 39 in shoes.'],
        ['style1', 'My style is mostly black and grey, minimal, nothing with logos on it.'],
        ['brand1', 'My favourite brand for basics is COS, their t-shirts last for years.'],
        'Looking for a winter coat right now, my old one has a broken zip.',
        ['coat1', 'I ordered a charcoal wool coat from Arket for 180 pounds.'],
        ['allergy1', 'Important: I am allergic to nickel, so no cheap metal jewellery or belt buckles.'],
      ],
    },
    {
      at: '2025-02-17T21:00:00Z',
      turns: [
        ['coat2', 'The Arket coat arrived and the sleeves were too short, so I returned it.'],
        ['coat3', 'Bought a navy Uniqlo down coat instead, it was 90 pounds and it is so warm.'],
        'Navy is a bit of a departure for me but it looks good.',
        ['gift1', 'My sister Elin has her birthday on March 14th, she loves scented candles.'],
        ['gift2', 'I ordered her a fig candle from Diptyque, it was pricey but she deserves it.'],
        'I need to stop buying candles for myself though, I have about twelve.',
        'Do you think it is weird to budget for gifts in January?',
      ],
    },
    {
      at: '2025-03-20T19:30:00Z',
      turns: [
        ['kitchen1', 'We are redoing the kitchen! Going for sage green cabinets and oak worktops.'],
        ['kettle1', 'I bought a Smeg kettle in cream, it was 150 pounds, my partner thinks I am mad.'],
        ['partner1', 'My partner is Jonas, he is a carpenter so he is doing most of the work himself.'],
        'The old kitchen is from the nineties, orange pine everywhere.',
        'We still need a tap, a sink and some bar stools.',
        ['budget1', 'The whole kitchen budget is 8,000 pounds and we are trying hard to stay under it.'],
        'Jonas wants a boiling water tap, I think that is a luxury we cannot afford.',
      ],
    },
    {
      at: '2025-04-28T12:15:00Z',
      turns: [
        ['vegan1', 'Some news: I have gone vegan as of this month, for ethical reasons mostly.'],
        ['leather1', 'That means no more leather, so I am looking for vegan leather boots.'],
        'Honestly the hardest part is cheese. I miss halloumi so much.',
        ['boots1', 'Ordered Dr Martens vegan 1460 boots in black, size 39.'],
        'Jonas is not vegan but he is happy to eat vegan dinners at home.',
        [
          'store1',
          'Our weekly groceries come from Ocado now, the Sainsbury delivery slots were always gone.',
        ],
        'I have started reading labels obsessively, milk powder is in everything.',
      ],
    },
    {
      at: '2025-06-09T18:45:00Z',
      turns: [
        [
          'size2',
          'Weird thing, I have gone down a size since going vegan, I now wear a UK size 8 in dresses.',
        ],
        'All my summer dresses are hanging off me.',
        [
          'style2',
          'And I am getting into colour! Bought a bright yellow linen dress, me in yellow, imagine.',
        ],
        [
          'brand2',
          'I have gone off COS a bit, the quality has dropped. Loving Toast and & Other Stories now.',
        ],
        'The kitchen is finished, it looks incredible.',
        [
          'budget2',
          'We ended up spending 8,600 pounds on the kitchen, a bit over, mostly because of the stools.',
        ],
        ['stools1', 'The bar stools are rattan ones from Habitat, 220 pounds each.'],
      ],
    },
    {
      at: '2025-08-02T10:20:00Z',
      turns: [
        ['holiday1', 'Packing for a trip to Lisbon at the end of August, need a swimsuit.'],
        ['swim1', 'Got a rust coloured swimsuit from Picnic, a small brand that uses recycled nylon.'],
        'I also want a proper sunhat, my face burns in ten minutes.',
        ['hat1', 'Found a wide brim straw hat at a market in Brighton for 25 pounds.'],
        'Jonas is bringing only hand luggage, I am bringing a huge suitcase, as usual.',
        'Is it bad that I am planning outfits for each day?',
        [
          'perfume1',
          'I have switched perfume too, from Le Labo Santal to a cheaper one, Maison Margiela Lazy Sunday Morning.',
        ],
      ],
    },
    {
      at: '2025-10-05T21:40:00Z',
      turns: [
        [
          'wishlist1',
          'Starting my Christmas wishlist: a Le Creuset casserole dish in sage to match the kitchen.',
        ],
        ['gift3', 'For Jonas I am thinking a Japanese pull saw, he keeps talking about them.'],
        'Elin loved the candle, by the way, she has burnt it down to nothing.',
        ['vegan2', 'Six months vegan now and still going strong, I even found a decent vegan halloumi.'],
        [
          'store2',
          'We have cancelled Ocado and switched to Abel & Cole veg boxes plus a local zero waste shop.',
        ],
        'Our recycling bin is half the size it used to be.',
        ['returns1', 'Also I returned the yellow dress in the end, the linen creased too much.'],
      ],
    },
    {
      at: '2025-11-20T19:05:00Z',
      turns: [
        [
          'coat4',
          'The Uniqlo coat zip broke, so I bought a second hand Barbour style wax jacket, a vegan one from Lucy & Yak.',
        ],
        'Apparently I am destined to break zips.',
        ['budget3', 'My monthly clothes budget from now on is 100 pounds, I overspent this year.'],
        'Jonas has started making furniture to sell, tables mostly.',
        ['black1', 'I skipped Black Friday entirely this year, first time ever.'],
        'Could you keep a note of which brands I have been happy with?',
      ],
    },
  ],
  questions: [
    {
      question: 'What dress size does Maya wear?',
      answer: 'UK size 8 (she was a 10 earlier in the year)',
      evidence: ['size2'],
      kind: 'changed',
    },
    { question: 'What shoe size is Maya?', answer: '39', evidence: ['size1', 'boots1'], kind: 'single' },
    { question: 'What is Maya allergic to?', answer: 'Nickel', evidence: ['allergy1'], kind: 'single' },
    {
      question: 'What winter coat does Maya wear now?',
      answer: 'A vegan wax jacket from Lucy & Yak (the Uniqlo coat zip broke)',
      evidence: ['coat4'],
      kind: 'changed',
    },
    {
      question: 'Why did Maya return the Arket coat?',
      answer: 'The sleeves were too short',
      evidence: ['coat2'],
      kind: 'single',
    },
    {
      question: 'Which clothing brands does Maya like at the moment?',
      answer: 'Toast and & Other Stories (she has gone off COS)',
      evidence: ['brand2'],
      kind: 'changed',
    },
    {
      question: 'Is Maya vegetarian or vegan?',
      answer: 'Vegan since April 2025',
      evidence: ['vegan1', 'vegan2'],
      kind: 'single',
    },
    {
      question: 'Where does Maya buy groceries?',
      answer: 'Abel & Cole veg boxes and a local zero waste shop',
      evidence: ['store2'],
      kind: 'changed',
    },
    {
      question: 'What colour are Maya’s kitchen cabinets?',
      answer: 'Sage green',
      evidence: ['kitchen1'],
      kind: 'single',
    },
    {
      question: 'How much did the kitchen refit cost in the end?',
      answer: '8,600 pounds, over the 8,000 budget',
      evidence: ['budget1', 'budget2'],
      kind: 'multi',
    },
    {
      question: 'What does Maya’s partner do?',
      answer: 'Jonas is a carpenter, now also making tables to sell',
      evidence: ['partner1'],
      kind: 'single',
    },
    {
      question: 'When is Maya’s sister’s birthday and what did she get?',
      answer: 'Elin, 14 March; a Diptyque fig candle',
      evidence: ['gift1', 'gift2'],
      kind: 'multi',
    },
    {
      question: 'Which perfume does Maya wear?',
      answer: 'Maison Margiela Lazy Sunday Morning (switched from Le Labo Santal)',
      evidence: ['perfume1'],
      kind: 'changed',
    },
    {
      question: 'What is on Maya’s Christmas wishlist?',
      answer: 'A sage Le Creuset casserole dish',
      evidence: ['wishlist1'],
      kind: 'single',
    },
    {
      question: 'What gift is Maya considering for Jonas?',
      answer: 'A Japanese pull saw',
      evidence: ['gift3'],
      kind: 'single',
    },
    {
      question: 'Does Maya still have the yellow linen dress?',
      answer: 'No, she returned it because the linen creased too much',
      evidence: ['style2', 'returns1'],
      kind: 'changed',
    },
    {
      question: 'What is Maya’s monthly clothes budget?',
      answer: '100 pounds',
      evidence: ['budget3'],
      kind: 'single',
    },
    {
      question: 'Which kettle did Maya buy?',
      answer: 'A cream Smeg kettle for 150 pounds',
      evidence: ['kettle1'],
      kind: 'single',
    },
    {
      question: 'Where did Maya go on holiday in August?',
      answer: 'Lisbon',
      evidence: ['holiday1'],
      kind: 'single',
    },
    { question: 'What phone does Maya use?', answer: 'Unknown', evidence: [], kind: 'none' },
    { question: 'What is Maya’s ring size?', answer: 'Unknown', evidence: [], kind: 'none' },
    { question: 'Does Maya have children?', answer: 'Unknown: not mentioned', evidence: [], kind: 'none' },
  ],
};
