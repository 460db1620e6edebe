// Lena, a remote-working traveller: trips, preferences, a move from Berlin to Lisbon and a new employer.
import type { PersonaScript } from '../types.ts';

export const traveller: PersonaScript = {
  user: 'traveller',
  name: 'Lena Vogel',
  sessions: [
    {
      at: '2025-01-10T09:00:00Z',
      turns: [
        ['city1', 'Hallo! I am Lena, I live in Berlin, in Neukölln, and I travel a lot for fun.'],
        ['job1', 'I work remotely as a UX designer for a fintech startup called Kontor.'],
        ['seat1', 'On flights I always want an aisle seat, I get up every hour.'],
        ['airline1', 'I collect miles with Lufthansa Miles & More, I am at silver level.'],
        'This year I want to visit at least six new countries.',
        ['diet1', 'I am pescatarian, fish yes, meat no.'],
        'Help me keep a list of places and what I thought of them.',
      ],
    },
    {
      at: '2025-02-14T16:30:00Z',
      turns: [
        ['trip1', 'Just booked Hanoi and Hoi An for March, two weeks.'],
        ['hotel1', 'In Hanoi we are staying at a small guesthouse in the Old Quarter called Little Lotus.'],
        'We being me and my friend Aylin, we have travelled together since university.',
        ['friend1', 'Aylin lives in Hamburg and works as an architect.'],
        'I am nervous about the motorbikes, everyone says crossing the street is an art.',
        [
          'visa1',
          'Vietnam needs an e-visa for Germans staying more than 45 days, so we are fine without one.',
        ],
        'I am packing light, one 40 litre backpack.',
      ],
    },
    {
      at: '2025-03-25T11:45:00Z',
      turns: [
        ['trip1b', 'Back from Vietnam. Hoi An was my favourite, the lanterns at night were magical.'],
        ['food1', 'Best thing I ate was cao lau in Hoi An, thick noodles with greens, no pork for me.'],
        'Hanoi was loud and wonderful and exhausting.',
        ['tailor1', 'I had two linen shirts made by a tailor in Hoi An for 40 dollars.'],
        'Got a bit of a stomach bug on day ten but it passed.',
        'I would go back just for the coffee with condensed milk.',
        ['rating1', 'I would rate the whole trip nine out of ten.'],
      ],
    },
    {
      at: '2025-04-30T20:00:00Z',
      turns: [
        [
          'job2',
          'I handed in my notice at Kontor, I am joining Atlas Maps as a senior product designer in June.',
        ],
        'Atlas Maps is fully remote too, but they have an office in Lisbon.',
        ['move1', 'And I have decided: I am moving to Lisbon in July! Berlin winters are too much for me.'],
        'Aylin thinks I am crazy, my mum thinks I am running away.',
        ['apartment1', 'I found a flat in Alfama with a tiny balcony that looks at the river.'],
        [
          'language1',
          'I have started Portuguese lessons on Tuesdays and Thursdays with a tutor called Rita.',
        ],
        'Portuguese pronunciation is much harder than I expected.',
      ],
    },
    {
      at: '2025-06-18T08:10:00Z',
      turns: [
        ['trip2', 'Quick weekend in Copenhagen before the move, visiting my cousin Jonas.'],
        'Copenhagen is beautiful but my wallet is crying.',
        [
          'seat2',
          'Funny thing, I tried a window seat on the way there and loved watching the coast, I think I am a window person now.',
        ],
        'Jonas took me to a sauna on the harbour and then we jumped into the sea.',
        ['food2', 'I had smørrebrød with herring which was great.'],
        'Started at Atlas Maps last week, the team is lovely.',
        ['rating2', 'Copenhagen gets eight out of ten, minus points for prices.'],
      ],
    },
    {
      at: '2025-07-22T19:30:00Z',
      turns: [
        ['city2', 'I live in Lisbon now! The flat in Alfama is small but the light is amazing.'],
        'The hills are killing my legs, everything is up a staircase.',
        ['airline2', 'I switched my miles to TAP Miles&Go since I will fly TAP from Lisbon all the time.'],
        'Aylin is coming to visit in September.',
        ['cafe1', 'My new favourite cafe is Copenhagen Coffee Lab in Principe Real, ironic I know.'],
        ['diet2', 'Also, I have started eating chicken again, being pescatarian was hard with iron levels.'],
        'My doctor in Berlin said my iron was low for years, so this feels right.',
      ],
    },
    {
      at: '2025-09-12T13:00:00Z',
      turns: [
        ['trip3', 'Aylin and I did a road trip through the Alentejo, Évora and Monsaraz.'],
        ['car1', 'We rented a tiny Fiat 500 which was hilarious on dirt roads.'],
        'The wine in Alentejo is cheap and very good.',
        ['rating3', 'Alentejo gets ten out of ten, my favourite trip this year so far.'],
        [
          'language2',
          'My Portuguese is improving, I switched tutors and now do group classes at a school in Baixa.',
        ],
        'I can order food and argue about football, which is what matters.',
        'Aylin is thinking about moving to Lisbon too.',
      ],
    },
    {
      at: '2025-11-03T18:20:00Z',
      turns: [
        ['trip4', 'Next big trip: Japan in April 2026, Kyoto and Osaka and maybe Hiroshima.'],
        ['pass1', 'I am not buying the JR Pass, the price went up so much it is not worth it for our route.'],
        ['friend2', 'Aylin has actually moved to Lisbon now, she lives in Graça, ten minutes from me.'],
        'She got a job at an architecture studio near the river.',
        ['passport1', 'My passport expires in February 2026 so I must renew it before Japan.'],
        'The German embassy in Lisbon has appointments only on weekday mornings.',
        ['countries1', 'Countries visited this year so far: Vietnam, Denmark, Portugal, Morocco and Spain.'],
        [
          'trip5',
          'Oh I forgot to mention, I did a long weekend in Marrakech in October and a week in Seville.',
        ],
      ],
    },
  ],
  questions: [
    {
      question: 'Where does Lena live?',
      answer: 'Lisbon, in Alfama (moved from Berlin in July 2025)',
      evidence: ['city2', 'apartment1'],
      kind: 'changed',
    },
    {
      question: 'Who does Lena work for?',
      answer: 'Atlas Maps, as a senior product designer',
      evidence: ['job2'],
      kind: 'changed',
    },
    {
      question: 'What was Lena’s previous job?',
      answer: 'UX designer at the fintech startup Kontor',
      evidence: ['job1'],
      kind: 'single',
    },
    {
      question: 'Which seat does Lena prefer on flights?',
      answer: 'Window (she used to prefer the aisle)',
      evidence: ['seat2'],
      kind: 'changed',
    },
    {
      question: 'Which frequent flyer programme does Lena use?',
      answer: 'TAP Miles&Go (switched from Lufthansa Miles & More)',
      evidence: ['airline2'],
      kind: 'changed',
    },
    {
      question: 'Does Lena eat meat?',
      answer: 'Yes, she eats chicken again; she used to be pescatarian',
      evidence: ['diet2'],
      kind: 'changed',
    },
    {
      question: 'What was Lena’s favourite place in Vietnam?',
      answer: 'Hoi An',
      evidence: ['trip1b'],
      kind: 'single',
    },
    {
      question: 'What was the best dish Lena ate in Vietnam?',
      answer: 'Cao lau in Hoi An',
      evidence: ['food1'],
      kind: 'single',
    },
    {
      question: 'Where did Lena stay in Hanoi?',
      answer: 'Little Lotus guesthouse in the Old Quarter',
      evidence: ['hotel1'],
      kind: 'single',
    },
    {
      question: 'Where does Aylin live?',
      answer: 'Lisbon, in Graça (she moved from Hamburg)',
      evidence: ['friend2'],
      kind: 'changed',
    },
    { question: 'What is Aylin’s job?', answer: 'Architect', evidence: ['friend1'], kind: 'single' },
    {
      question: 'How is Lena learning Portuguese?',
      answer: 'Group classes at a school in Baixa (previously a tutor, Rita)',
      evidence: ['language2'],
      kind: 'changed',
    },
    {
      question: 'Which trip did Lena rate highest this year?',
      answer: 'The Alentejo road trip, ten out of ten',
      evidence: ['rating3'],
      kind: 'single',
    },
    {
      question: 'What car did Lena rent in the Alentejo?',
      answer: 'A Fiat 500',
      evidence: ['car1'],
      kind: 'single',
    },
    {
      question: 'Where is Lena travelling in April 2026?',
      answer: 'Japan: Kyoto, Osaka, maybe Hiroshima',
      evidence: ['trip4'],
      kind: 'single',
    },
    {
      question: 'Is Lena buying a JR Pass?',
      answer: 'No, it is not worth it for her route',
      evidence: ['pass1'],
      kind: 'single',
    },
    {
      question: 'When does Lena’s passport expire?',
      answer: 'February 2026',
      evidence: ['passport1'],
      kind: 'single',
    },
    {
      question: 'Which countries has Lena visited this year?',
      answer: 'Vietnam, Denmark, Portugal, Morocco and Spain',
      evidence: ['countries1'],
      kind: 'multi',
    },
    {
      question: 'Who did Lena visit in Copenhagen?',
      answer: 'Her cousin Jonas',
      evidence: ['trip2'],
      kind: 'single',
    },
    {
      question: 'What is Lena’s favourite cafe in Lisbon?',
      answer: 'Copenhagen Coffee Lab in Principe Real',
      evidence: ['cafe1'],
      kind: 'single',
    },
    { question: 'What is Lena’s blood type?', answer: 'Unknown', evidence: [], kind: 'none' },
    {
      question: 'Has Lena ever been to Australia?',
      answer: 'Unknown: not mentioned',
      evidence: [],
      kind: 'none',
    },
  ],
};
