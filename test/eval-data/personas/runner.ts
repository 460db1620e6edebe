// Tom, an amateur runner: training, injuries, a new job and a move from Leeds to Bristol.
import type { PersonaScript } from '../types.ts';

export const runner: PersonaScript = {
  user: 'runner',
  name: 'Tom Hargreaves',
  sessions: [
    {
      at: '2025-01-06T07:10:00Z',
      turns: [
        ['city1', "Morning! I'm Tom, I live in Leeds and I've just signed up for my first half marathon."],
        ['race1', 'The race is the Leeds Half on the 11th of May, so I have about four months to train.'],
        'Right now I can run maybe 5k without stopping, and it is not pretty.',
        [
          'shoes1',
          'I bought a pair of Brooks Ghost 15 last weekend, the shop said they suit heavy heel strikers.',
        ],
        [
          'job1',
          'I work as a secondary school maths teacher, so mornings before school are my only real window.',
        ],
        'My plan is three runs a week: two easy ones and a longer one on Sunday.',
        'Can you remind me to stretch? I always forget and then my calves hate me.',
      ],
    },
    {
      at: '2025-01-19T18:40:00Z',
      turns: [
        ['long1', 'Did 9k on Sunday along the canal towpath, my longest run ever.'],
        'Pace was slow, about 6:40 per km, but I kept going the whole way.',
        ['club1', 'I joined Kirkstall Harriers, they meet Tuesdays at 6:30pm by the abbey.'],
        "The club coach is called Denise and she's brutally honest about my form.",
        ['diet1', "I've cut out fizzy drinks completely since New Year, only water and coffee now."],
        'Quick question, is it normal for my knees to ache after downhill sections?',
        'I think I need to look at cadence, Denise said mine is too low.',
      ],
    },
    {
      at: '2025-02-09T08:05:00Z',
      turns: [
        [
          'injury1',
          'Bad news, I have shin splints in my left leg, the physio told me to rest for two weeks.',
        ],
        'So frustrating, I was just starting to enjoy it.',
        ['cross1', "While I rest I'm swimming at the Kirkstall leisure centre twice a week."],
        'Swimming is humbling, I can barely do four lengths of front crawl.',
        'The physio gave me calf raises and some foam rolling to do every evening.',
        'My partner Jess says I am unbearable when I cannot run.',
        ['partner1', 'Jess is a nurse at St James hospital, she works a lot of night shifts.'],
      ],
    },
    {
      at: '2025-03-02T07:30:00Z',
      turns: [
        'Back running! Two easy 5ks this week and no shin pain.',
        ['shoes2', 'The physio thinks the Ghosts were too soft for me, so I switched to Saucony Ride 17s.'],
        'They feel firmer and my shins are much happier.',
        ['long2', 'Sunday long run was 14k, which is the furthest I have ever gone.'],
        'I took a gel at 8k, the salted caramel ones are surprisingly nice.',
        'Denise wants me doing strides at the end of easy runs now.',
        'Weather in Leeds is grim, sideways rain every single morning.',
      ],
    },
    {
      at: '2025-04-14T19:15:00Z',
      turns: [
        ['job2', 'Big news: I got a job as a data analyst at an energy company in Bristol.'],
        [
          'move1',
          'We are moving to Bristol at the end of June, Jess found a nurse post at Southmead hospital.',
        ],
        'Leaving teaching feels strange after eight years, but I am ready for a change.',
        ['pb1', 'Did a 10k time trial on the track yesterday, 52:30, a new personal best.'],
        ['goal1', 'My goal for the Leeds Half is to finish under two hours.'],
        'Is it silly to worry about the race being my last thing in Leeds?',
        'Also my watch keeps losing GPS under the trees in Roundhay park.',
      ],
    },
    {
      at: '2025-05-12T10:00:00Z',
      turns: [
        ['result1', 'I did it! Finished the Leeds Half yesterday in 1:56:41.'],
        'The last 3k up the hill into town were absolute agony.',
        'Jess was waiting at mile 12 with a sign that said "run faster, I am cold".',
        'I treated myself to a massive breakfast at the cafe near the finish.',
        ['rest1', 'Taking a full week off running now, legs feel like concrete.'],
        'Already looking at autumn races, is that a sign of a problem?',
      ],
    },
    {
      at: '2025-07-08T06:50:00Z',
      turns: [
        ['city2', "We've moved! Living in Bristol now, in a flat in Bishopston."],
        [
          'club2',
          'I left Kirkstall Harriers and joined Bristol & West AC, they train on Thursdays at the Whitchurch track.',
        ],
        'The hills here are no joke, Gloucester Road to my flat is a climb.',
        ['job3', 'First week at the energy company went well, lots of SQL and dashboards.'],
        ['commute1', 'I cycle to work now, it is about twenty minutes along the railway path.'],
        'Jess started at Southmead and is on days for now, which is nice.',
        ['diet2', 'Confession: I am back on fizzy drinks, the office fridge is full of free cola.'],
      ],
    },
    {
      at: '2025-09-21T17:20:00Z',
      turns: [
        ['race2', 'Signed up for the Bath Half Marathon in March 2026, goal is 1:50.'],
        ['shoes3', 'Also bought my first carbon shoes, Nike Vaporfly 3, only for races though.'],
        'Training easy runs in the Sauconys still.',
        ['long3', 'Ran 18k around the Downs on Sunday, felt strong the whole way.'],
        'Denise from my old club messaged to say good luck, which was sweet.',
        ['habit1', 'I quit coffee in August, it was messing with my sleep, now it is just green tea.'],
        'Any tips for running in the dark now the evenings are drawing in?',
      ],
    },
    {
      at: '2025-11-16T09:30:00Z',
      turns: [
        'Long time no chat. Autumn has been a bit of a mess for running.',
        [
          'injury2',
          'I rolled my right ankle on a tree root in Leigh Woods, the physio says three weeks off.',
        ],
        'Jess says this is what happens when I run in the dark with a rubbish head torch.',
        ['gear1', 'I have ordered a proper head torch, a Petzl Swift RL, so it does not happen again.'],
        [
          'job4',
          'Work is good, I got moved onto the forecasting team, which means more Python and less SQL.',
        ],
        'Bath is still the goal, but maybe 1:55 instead of 1:50 now.',
        'Going to do a lot of cycling while the ankle heals.',
        'Thanks for keeping track of all this, by the way.',
      ],
    },
  ],
  questions: [
    {
      question: 'Which city does Tom live in?',
      answer: 'Bristol (he moved from Leeds in summer 2025)',
      evidence: ['city2'],
      kind: 'changed',
    },
    {
      question: 'What is Tom’s job?',
      answer: 'Data analyst at an energy company in Bristol',
      evidence: ['job2', 'job3'],
      kind: 'changed',
    },
    {
      question: 'What did Tom do before becoming a data analyst?',
      answer: 'He was a secondary school maths teacher',
      evidence: ['job1'],
      kind: 'single',
    },
    {
      question: 'Which running club is Tom a member of?',
      answer: 'Bristol & West AC',
      evidence: ['club2'],
      kind: 'changed',
    },
    {
      question: 'Which shoes does Tom use for easy training runs?',
      answer: 'Saucony Ride 17',
      evidence: ['shoes2', 'shoes3'],
      kind: 'changed',
    },
    {
      question: 'What shoes does Tom race in?',
      answer: 'Nike Vaporfly 3',
      evidence: ['shoes3'],
      kind: 'single',
    },
    {
      question: 'What was Tom’s finishing time at the Leeds Half?',
      answer: '1:56:41',
      evidence: ['result1'],
      kind: 'single',
    },
    {
      question: 'What injury did Tom have in February?',
      answer: 'Shin splints in his left leg',
      evidence: ['injury1'],
      kind: 'single',
    },
    { question: 'What is Tom’s 10k personal best?', answer: '52:30', evidence: ['pb1'], kind: 'single' },
    {
      question: 'What does Tom drink in the morning now?',
      answer: 'Green tea; he quit coffee in August',
      evidence: ['habit1'],
      kind: 'changed',
    },
    {
      question: 'Does Tom still avoid fizzy drinks?',
      answer: 'No, he is back on cola from the office fridge',
      evidence: ['diet1', 'diet2'],
      kind: 'changed',
    },
    {
      question: 'What does Tom’s partner do for work?',
      answer: 'Jess is a nurse, now at Southmead hospital',
      evidence: ['partner1', 'move1'],
      kind: 'multi',
    },
    {
      question: 'What is Tom’s next race and target?',
      answer: 'Bath Half Marathon in March 2026, aiming for 1:50',
      evidence: ['race2'],
      kind: 'single',
    },
    {
      question: 'Which ankle did Tom injure and how?',
      answer: 'His right ankle, rolled on a tree root in Leigh Woods',
      evidence: ['injury2'],
      kind: 'single',
    },
    {
      question: 'Which team does Tom work on?',
      answer: 'The forecasting team',
      evidence: ['job4'],
      kind: 'changed',
    },
    {
      question: 'How does Tom get to work?',
      answer: 'He cycles about twenty minutes along the railway path',
      evidence: ['commute1'],
      kind: 'single',
    },
    {
      question: 'What cross-training did Tom do while injured?',
      answer: 'Swimming at the Kirkstall leisure centre',
      evidence: ['cross1'],
      kind: 'single',
    },
    {
      question: 'What is Tom’s longest run so far?',
      answer: '18k around the Downs',
      evidence: ['long3'],
      kind: 'changed',
    },
    {
      question: 'When does Tom’s club train?',
      answer: 'Thursdays at the Whitchurch track',
      evidence: ['club2'],
      kind: 'changed',
    },
    {
      question: 'What neighbourhood of Bristol does Tom live in?',
      answer: 'Bishopston',
      evidence: ['city2'],
      kind: 'single',
    },
    {
      question: 'What is Tom’s marathon personal best?',
      answer: 'Unknown: he has never run a full marathon',
      evidence: [],
      kind: 'none',
    },
    {
      question: 'What is the name of Tom’s dog?',
      answer: 'Unknown: no dog is mentioned',
      evidence: [],
      kind: 'none',
    },
    { question: 'Which football team does Tom support?', answer: 'Unknown', evidence: [], kind: 'none' },
  ],
};
