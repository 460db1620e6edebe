// The list of feature modules merged into the API. Add a module here to expose it.

import { activationModule } from './activation.ts';
import { editsModule } from './edits.ts';
import { memoryModule } from './memory.ts';
import type { GraphQLModule } from './module.ts';
import { subscriptionsModule } from './subscriptions.ts';
import { systemModule } from './system.ts';

export const modules: GraphQLModule[] = [
  systemModule,
  activationModule,
  memoryModule,
  subscriptionsModule,
  editsModule,
];
