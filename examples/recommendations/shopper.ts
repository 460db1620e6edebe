// The example shopper: what she did and said before, and the change of taste that follows.

export interface ShopperEpisode {
  content: string;
  sourceRef: string;
  occurredAt: string;
}

/** Purchases and stated preferences from the first months (orders, reviews, a chat with the shop's assistant). */
export const history: ShopperEpisode[] = [
  {
    content: 'Order #1001: bought a pair of road-running shoes for my first half marathon.',
    sourceRef: 'shop:order:1001',
    occurredAt: '2024-01-14T10:00:00Z',
  },
  {
    content: 'I go running every morning before work, usually on the trail by the river.',
    sourceRef: 'shop:chat:1',
    occurredAt: '2024-02-02T07:30:00Z',
  },
  {
    content: 'Review: the beef jerky is my favourite snack after a long run, great protein.',
    sourceRef: 'shop:review:77',
    occurredAt: '2024-02-20T19:00:00Z',
  },
  {
    content: 'I love cheese and have a whey protein shake with milk after training.',
    sourceRef: 'shop:chat:2',
    occurredAt: '2024-03-03T08:00:00Z',
  },
  {
    content: 'Order #1002: bought a running cap and energy gels for the marathon.',
    sourceRef: 'shop:order:1002',
    occurredAt: '2024-03-28T12:00:00Z',
  },
];

/** The change of taste: a new diet and a new sport. */
export const changeOfTaste: ShopperEpisode[] = [
  {
    content: "I've gone vegan: no more meat, dairy, whey, milk or cheese for me. Plant-based food only.",
    sourceRef: 'shop:chat:3',
    occurredAt: '2024-06-01T09:00:00Z',
  },
  {
    content:
      'I switched from running to cycling after a knee injury; I ride my gravel bike on the road every weekend.',
    sourceRef: 'shop:chat:4',
    occurredAt: '2024-06-10T18:00:00Z',
  },
];
