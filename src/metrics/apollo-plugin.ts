// Times each GraphQL request over HTTP by operation type and root field (a bounded set, unlike operation names).
import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from './metrics.ts';

export function requestMetricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stop = metrics.requestSeconds.startTimer();
      let type = 'unknown';
      let field = 'unknown';
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return;
          type = operation.operation;
          const first = operation.selectionSet.selections[0];
          if (first?.kind === 'Field') field = first.name.value;
        },
        async willSendResponse({ response }) {
          const failed =
            response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          stop({ type, field, outcome: failed ? 'error' : 'ok' });
        },
      };
    },
  };
}
