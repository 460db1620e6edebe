// Sofia, a parent who cooks: family routines, a child's allergy, a job change and an ended habit.
import type { PersonaScript } from '../types.ts';

export const parent: PersonaScript = {
  user: 'parent',
  name: 'Sofia Romano',
  sessions: [
    {
      at: '2025-01-08T20:30:00Z',
      turns: [
        ['family1', 'Hi, I am Sofia. I have two kids, Luca who is 7 and Giulia who is 4.'],
        ['city1', 'We live in Glasgow, in the West End, near Byres Road.'],
        ['job1', 'I work part time as a physiotherapist at a clinic in Partick, Monday to Wednesday.'],
        ['allergy1', 'Luca is allergic to peanuts, a proper allergy, we carry an EpiPen everywhere.'],
        'I want help planning dinners, I am stuck making the same five things.',
        [
          'husband1',
          'My husband Marco is a chef at an Italian restaurant, so ironically he never cooks at home.',
        ],
        'The kids will eat pasta forever if I let them.',
      ],
    },
    {
      at: '2025-01-22T18:15:00Z',
      turns: [
        [
          'meal1',
          'Tried a lentil and sweet potato curry this week, Luca loved it, Giulia picked out every lentil.',
        ],
        ['school1', 'Luca goes to Hillhead Primary, he is in P3.'],
        'Giulia is at nursery three days a week.',
        ['habit1', 'I have been drinking a glass of wine most nights, I want to cut back.'],
        'Mornings are chaos, we are always late for school.',
        ['club1', 'Luca started football on Saturday mornings with the Partick Thistle community club.'],
        'I am the parent who forgets the shin pads every week.',
      ],
    },
    {
      at: '2025-02-16T19:00:00Z',
      turns: [
        ['habit2', 'Doing dry February! Two weeks in, no wine, sleeping much better.'],
        ['meal2', 'Big hit this week: fish tacos with cod and a lime yoghurt sauce.'],
        'Giulia calls them fish sandwiches, which is fine.',
        ['allergy2', 'Giulia had an allergy test too, she is fine with peanuts, just mild hay fever.'],
        'The clinic is really busy, lots of ski injuries after half term.',
        'Marco is doing double shifts because the restaurant is short staffed.',
        ['batch1', 'I batch cook a big pot of ragu on Sundays, it covers two dinners and a lasagne.'],
      ],
    },
    {
      at: '2025-03-18T21:10:00Z',
      turns: [
        [
          'habit3',
          'I have decided to keep not drinking after February, I just feel better. No wine at all now.',
        ],
        'People at parties are very confused by it.',
        ['drink1', 'My new treat is alcohol free ginger beer from a local brewery.'],
        ['meal3', 'Tried a Thai green curry, way too spicy for the kids, adults only next time.'],
        'Luca scored his first goal at football, he has not stopped talking about it.',
        ['holiday1', 'We are going to Sardinia in July to see Marco’s parents in Alghero.'],
        'The kids get spoiled rotten by their nonna there.',
      ],
    },
    {
      at: '2025-04-25T17:40:00Z',
      turns: [
        [
          'job2',
          'Big change: I am going full time! A new job as senior physio at the Queen Elizabeth University Hospital.',
        ],
        'It starts in June, so the kids will need after school club.',
        [
          'care1',
          'Luca will go to the after school club at Hillhead, and Giulia will go to nursery five days.',
        ],
        'Childcare is going to cost a fortune, about 900 pounds a month.',
        'Marco will switch to lunch shifts so he can do pick ups twice a week.',
        ['meal4', 'Quick dinners are the new priority: tonight was gnocchi with pesto and peas.'],
        [
          'pesto1',
          'I make pesto with sunflower seeds instead of pine nuts, just to be extra careful with Luca.',
        ],
      ],
    },
    {
      at: '2025-06-10T19:30:00Z',
      turns: [
        'First week of the new job done, I am exhausted but happy.',
        ['commute1', 'I drive to the hospital, it is about 25 minutes over the Clyde Tunnel.'],
        ['kit1', 'Bought a slow cooker so dinner can cook while I am at work.'],
        ['meal5', 'First slow cooker meal was pulled chicken with BBQ sauce, both kids had seconds.'],
        'Giulia has decided she hates anything green this month.',
        'Luca has a new best friend called Arjun from his class.',
        ['allergy3', 'Arjun’s mum and I agreed no nuts at their sleepovers, which is such a relief.'],
      ],
    },
    {
      at: '2025-07-28T12:00:00Z',
      turns: [
        ['holiday2', 'We are in Alghero now, it is 32 degrees and the kids live in the sea.'],
        ['food1', 'Marco’s mum made culurgiones, Sardinian stuffed pasta with potato and mint, incredible.'],
        'I asked for the recipe and she said it is in her hands, not on paper.',
        'Luca is learning to snorkel, Giulia refuses to put her face in the water.',
        ['habit4', 'Still not drinking, even here, the alcohol free Ichnusa beer is decent.'],
        'Marco is so relaxed here, I barely recognise him.',
        'We will be back in Glasgow on the 4th of August.',
      ],
    },
    {
      at: '2025-09-09T20:45:00Z',
      turns: [
        ['school2', 'Luca started P4 at Hillhead, and Giulia started P1 at the same school!'],
        'Both kids at one school, mornings might finally get easier.',
        [
          'care2',
          'Giulia has left nursery, so childcare is down to just the after school club, about 500 pounds a month.',
        ],
        ['club2', 'Luca dropped football, he wants to do swimming lessons at the Western Baths instead.'],
        [
          'meal6',
          'New family favourite: chickpea and spinach stew with crusty bread, even Giulia ate the green bits.',
        ],
        'I am trying to do one new recipe a week.',
        ['car1', 'Our car, a grey Skoda Octavia estate, failed its MOT because of the brakes.'],
      ],
    },
    {
      at: '2025-10-27T19:10:00Z',
      turns: [
        ['move1', 'We are moving house! Bought a bigger place in Bearsden, moving in December.'],
        'The kids will have their own bedrooms at last.',
        ['school3', 'The kids will stay at Hillhead until summer, then switch to Bearsden Primary.'],
        'Marco wants a pizza oven in the new garden, of course.',
        ['job3', 'I also cut my hours to four days a week, Fridays off for school runs and sanity.'],
        ['meal7', 'Halloween dinner was pumpkin risotto, Luca called it orange porridge.'],
        'Packing with two kids is a nightmare.',
      ],
    },
    {
      at: '2025-12-14T16:00:00Z',
      turns: [
        ['city2', 'We have moved into the Bearsden house. Boxes everywhere, but we are in.'],
        ['commute2', 'My drive to the hospital is longer now, about 35 minutes.'],
        ['christmas1', 'Christmas will be at ours this year, Marco is cooking the feast himself for once.'],
        'My parents are coming from Edinburgh for five days.',
        ['menu1', 'The menu is lasagne on Christmas Eve and roast porchetta on the day.'],
        'Luca asked Santa for a snorkel set, he is still thinking about Sardinia.',
      ],
    },
  ],
  questions: [
    {
      question: 'Where does Sofia live?',
      answer: 'Bearsden (moved from the West End of Glasgow in December 2025)',
      evidence: ['city2', 'move1'],
      kind: 'changed',
    },
    {
      question: 'Where does Sofia work?',
      answer: 'Queen Elizabeth University Hospital, senior physio, four days a week',
      evidence: ['job2', 'job3'],
      kind: 'changed',
    },
    {
      question: 'How many days a week does Sofia work?',
      answer: 'Four days, Fridays off',
      evidence: ['job3'],
      kind: 'changed',
    },
    { question: 'Which child has a peanut allergy?', answer: 'Luca', evidence: ['allergy1'], kind: 'single' },
    {
      question: 'Is Giulia allergic to peanuts?',
      answer: 'No, only mild hay fever',
      evidence: ['allergy2'],
      kind: 'single',
    },
    {
      question: 'Does Sofia drink wine?',
      answer: 'No, she stopped drinking after dry February',
      evidence: ['habit3', 'habit4'],
      kind: 'changed',
    },
    {
      question: 'What sport does Luca do?',
      answer: 'Swimming lessons at the Western Baths (he dropped football)',
      evidence: ['club2'],
      kind: 'changed',
    },
    {
      question: 'Which school does Giulia attend?',
      answer: 'Hillhead Primary, P1',
      evidence: ['school2'],
      kind: 'changed',
    },
    {
      question: 'What does Sofia use in pesto instead of pine nuts?',
      answer: 'Sunflower seeds',
      evidence: ['pesto1'],
      kind: 'single',
    },
    {
      question: 'What does Sofia’s husband do?',
      answer: 'Marco is a chef at an Italian restaurant',
      evidence: ['husband1'],
      kind: 'single',
    },
    {
      question: 'Where do Marco’s parents live?',
      answer: 'Alghero, Sardinia',
      evidence: ['holiday1'],
      kind: 'single',
    },
    {
      question: 'What did Marco’s mum cook in Sardinia?',
      answer: 'Culurgiones, stuffed pasta with potato and mint',
      evidence: ['food1'],
      kind: 'single',
    },
    {
      question: 'How much does childcare cost now?',
      answer: 'About 500 pounds a month, after school club only',
      evidence: ['care2'],
      kind: 'changed',
    },
    {
      question: 'What car does the family have?',
      answer: 'A grey Skoda Octavia estate',
      evidence: ['car1'],
      kind: 'single',
    },
    {
      question: 'What does Sofia batch cook on Sundays?',
      answer: 'A big pot of ragu',
      evidence: ['batch1'],
      kind: 'single',
    },
    {
      question: 'What was the first slow cooker meal?',
      answer: 'Pulled chicken with BBQ sauce',
      evidence: ['meal5'],
      kind: 'single',
    },
    {
      question: 'How long is Sofia’s commute?',
      answer: 'About 35 minutes by car',
      evidence: ['commute2'],
      kind: 'changed',
    },
    {
      question: 'What is on the Christmas menu?',
      answer: 'Lasagne on Christmas Eve and roast porchetta on the day',
      evidence: ['menu1'],
      kind: 'single',
    },
    { question: 'Who is Luca’s best friend?', answer: 'Arjun', evidence: ['allergy3'], kind: 'single' },
    {
      question: 'Which family dinners did the kids like?',
      answer: 'Lentil curry (Luca), fish tacos, pulled chicken, chickpea and spinach stew',
      evidence: ['meal1', 'meal2', 'meal5', 'meal6'],
      kind: 'multi',
    },
    { question: 'What is Giulia’s favourite colour?', answer: 'Unknown', evidence: [], kind: 'none' },
    { question: 'Does Sofia play a musical instrument?', answer: 'Unknown', evidence: [], kind: 'none' },
  ],
};
