// Ravi, personal finance: salary, savings goals, a mortgage, a bank switch and a new job.
import type { PersonaScript } from '../types.ts';

export const finance: PersonaScript = {
  user: 'finance',
  name: 'Ravi Menon',
  sessions: [
    {
      at: '2025-01-04T21:00:00Z',
      turns: [
        'New year, new budget. I want to get serious about money this year.',
        ['job1', 'I am a software engineer at an insurance company in Manchester.'],
        ['salary1', 'My salary is 58,000 pounds a year before tax.'],
        ['bank1', 'My current account is with Lloyds, I have been with them since I was a student.'],
        ['goal1', 'Main goal: save a 30,000 pound deposit for a flat by the end of 2026.'],
        ['savings1', 'Right now I have 11,500 pounds in an easy access savings account.'],
        'I spend way too much on takeaways, like 250 pounds a month.',
        ['rent1', 'My rent is 1,150 pounds a month for a one bed in Ancoats.'],
      ],
    },
    {
      at: '2025-01-26T19:45:00Z',
      turns: [
        [
          'isa1',
          'I opened a Lifetime ISA with Moneybox, the 25 percent government bonus is too good to ignore.',
        ],
        'I am putting 4,000 in this tax year to get the full 1,000 bonus.',
        ['habit1', 'I cancelled Deliveroo Plus and deleted the app, no more takeaways on weeknights.'],
        ['subs1', 'Subscriptions I have: Netflix, Spotify, a gym at PureGym, and Disney Plus.'],
        'Disney Plus is going, I have not opened it in months.',
        [
          'pension1',
          'My employer matches pension contributions up to 6 percent, I only put in 3 percent so far.',
        ],
        'Should I increase it? It feels like free money.',
      ],
    },
    {
      at: '2025-03-01T10:10:00Z',
      turns: [
        ['pension2', 'I bumped my pension contribution to 6 percent to get the full match.'],
        ['card1', 'I have a credit card with Barclaycard, I pay it off in full every month.'],
        ['car1', 'My car is a 2016 Ford Fiesta, paid off, it just needs a new clutch soon.'],
        'The clutch will be about 700 pounds, ugh.',
        ['emergency1', 'I want to keep 5,000 pounds as an emergency fund separate from the deposit savings.'],
        'My partner Priya thinks I am obsessive about spreadsheets, she is right.',
        ['partner1', 'Priya is a pharmacist, she works at a Boots in the city centre.'],
      ],
    },
    {
      at: '2025-04-10T20:30:00Z',
      turns: [
        ['bank2', 'I switched my current account from Lloyds to Monzo, they paid me 175 pounds to switch.'],
        'The Monzo pots make budgeting so much easier.',
        ['budget1', 'My grocery budget is 300 pounds a month for me and Priya.'],
        'We went over by 40 pounds in March, mainly because of a big party.',
        [
          'invest1',
          'I started investing 200 pounds a month in a global index fund, Vanguard FTSE All-World.',
        ],
        'The market went down the week after I started, classic.',
        'Priya says I check the app too often. She is right again.',
      ],
    },
    {
      at: '2025-05-28T18:00:00Z',
      turns: [
        [
          'job2',
          'I have accepted a new job! Senior engineer at a healthtech startup called Medly, still in Manchester.',
        ],
        ['salary2', 'The new salary is 72,000 pounds, plus some share options.'],
        ['pension3', 'Medly only matches pension up to 5 percent, slightly worse than before.'],
        'I am nervous about startup risk, but the work sounds more interesting.',
        ['car2', 'The clutch went, I paid 680 pounds to fix it.'],
        'At least the car is fine now.',
        ['savings2', 'Savings are up to 16,200 pounds in the easy access account.'],
      ],
    },
    {
      at: '2025-07-15T21:15:00Z',
      turns: [
        [
          'holiday1',
          'Priya and I booked a week in Kerala in December to see my grandparents, flights were 1,400 pounds for both.',
        ],
        'My grandmother is turning ninety, the whole family will be there.',
        ['habit2', 'Confession: I reinstalled Deliveroo. We have been ordering on Fridays only.'],
        [
          'goal2',
          'We have decided to buy together, so the deposit goal is now 45,000 pounds combined by mid 2026.',
        ],
        ['priya1', 'Priya has 14,000 pounds saved toward it herself.'],
        'We are looking at two beds in Chorlton and Levenshulme.',
        'The rates are still awful, but they are coming down.',
      ],
    },
    {
      at: '2025-09-30T19:20:00Z',
      turns: [
        ['invest2', 'I upped the index fund investment to 400 pounds a month with the new salary.'],
        ['subs2', 'Cancelled PureGym, I run outside now and do bodyweight stuff at home.'],
        ['savings3', 'My easy access savings hit 21,000 pounds this month.'],
        ['mortgage1', 'We got a mortgage in principle from Nationwide for up to 310,000 pounds.'],
        'Seeing that number was terrifying.',
        ['broker1', 'Our mortgage broker is called Hannah Clarke, she was recommended by Priya’s sister.'],
        'Hannah says a 10 percent deposit would get us much better rates than 5 percent.',
      ],
    },
    {
      at: '2025-11-22T11:00:00Z',
      turns: [
        ['offer1', 'We had an offer accepted on a two bed terrace in Levenshulme for 265,000 pounds!'],
        ['deposit1', 'We are putting down a 10 percent deposit, 26,500 pounds, plus fees.'],
        ['mortgage2', 'The mortgage is a five year fix with Nationwide at 4.2 percent.'],
        ['rent2', 'I gave notice on the Ancoats flat, last month of rent is January.'],
        'Solicitors say completion should be in late January.',
        ['card2', 'I have paused all credit card spending until we complete, just to be safe.'],
        'Priya is already choosing paint colours for the bedroom.',
      ],
    },
  ],
  questions: [
    {
      question: 'Where does Ravi work?',
      answer: 'Medly, a healthtech startup in Manchester, as a senior engineer',
      evidence: ['job2'],
      kind: 'changed',
    },
    {
      question: 'What is Ravi’s salary?',
      answer: '72,000 pounds (up from 58,000)',
      evidence: ['salary2'],
      kind: 'changed',
    },
    {
      question: 'Which bank is Ravi’s current account with?',
      answer: 'Monzo (switched from Lloyds)',
      evidence: ['bank2'],
      kind: 'changed',
    },
    {
      question: 'How much does Ravi invest each month?',
      answer: '400 pounds a month in Vanguard FTSE All-World',
      evidence: ['invest2'],
      kind: 'changed',
    },
    {
      question: 'Which fund does Ravi invest in?',
      answer: 'Vanguard FTSE All-World',
      evidence: ['invest1'],
      kind: 'single',
    },
    {
      question: 'How much does Ravi have in easy access savings?',
      answer: '21,000 pounds',
      evidence: ['savings3'],
      kind: 'changed',
    },
    {
      question: 'What is Ravi’s deposit goal?',
      answer: '45,000 pounds combined with Priya by mid 2026',
      evidence: ['goal2'],
      kind: 'changed',
    },
    {
      question: 'What pension match does Ravi’s employer offer?',
      answer: 'Up to 5 percent at Medly',
      evidence: ['pension3'],
      kind: 'changed',
    },
    {
      question: 'Does Ravi still order takeaways?',
      answer: 'Yes, Deliveroo on Fridays only',
      evidence: ['habit1', 'habit2'],
      kind: 'changed',
    },
    {
      question: 'Does Ravi have a gym membership?',
      answer: 'No, he cancelled PureGym',
      evidence: ['subs2'],
      kind: 'changed',
    },
    {
      question: 'What car does Ravi drive?',
      answer: 'A 2016 Ford Fiesta',
      evidence: ['car1'],
      kind: 'single',
    },
    {
      question: 'How much did the clutch repair cost?',
      answer: '680 pounds',
      evidence: ['car2'],
      kind: 'single',
    },
    { question: 'Where is Ravi’s Lifetime ISA?', answer: 'Moneybox', evidence: ['isa1'], kind: 'single' },
    {
      question: 'What does Priya do for work?',
      answer: 'Pharmacist at a Boots in the city centre',
      evidence: ['partner1'],
      kind: 'single',
    },
    {
      question: 'Who is Ravi’s mortgage broker?',
      answer: 'Hannah Clarke',
      evidence: ['broker1'],
      kind: 'single',
    },
    {
      question: 'What house are Ravi and Priya buying?',
      answer: 'A two bed terrace in Levenshulme for 265,000 pounds',
      evidence: ['offer1'],
      kind: 'single',
    },
    {
      question: 'What are the mortgage terms?',
      answer: 'Five year fix with Nationwide at 4.2 percent',
      evidence: ['mortgage2'],
      kind: 'single',
    },
    {
      question: 'How big is the deposit?',
      answer: '26,500 pounds, 10 percent',
      evidence: ['deposit1'],
      kind: 'single',
    },
    {
      question: 'Where are Ravi and Priya going in December?',
      answer: 'Kerala, to see his grandparents',
      evidence: ['holiday1'],
      kind: 'single',
    },
    {
      question: 'How much rent does Ravi pay?',
      answer: '1,150 pounds a month in Ancoats, ending in January',
      evidence: ['rent1', 'rent2'],
      kind: 'multi',
    },
    { question: 'What is Ravi’s credit score?', answer: 'Unknown', evidence: [], kind: 'none' },
    {
      question: 'Does Ravi own any cryptocurrency?',
      answer: 'Unknown: not mentioned',
      evidence: [],
      kind: 'none',
    },
  ],
};
