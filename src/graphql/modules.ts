// The list of feature modules merged into the API. Add a module here to expose it.
import type { GraphQLModule } from './module.ts';
import { systemModule } from './system.ts';

export const modules: GraphQLModule[] = [systemModule];
