import type { Llm } from '../answer/llm.js';
import type { Metrics } from './create-metrics.js';

/** The same model, its calls counted by outcome and timed (the adapter's view: every call, whoever makes it). */
export function instrumentLlm(llm: Llm, metrics: Pick<Metrics, 'llmCalls' | 'llmSeconds'>): Llm {
  return {
    async generate(request) {
      const stop = metrics.llmSeconds.startTimer();
      try {
        const output = await llm.generate(request);
        metrics.llmCalls.inc({ outcome: 'ok' });
        return output;
      } catch (error) {
        metrics.llmCalls.inc({ outcome: 'failed' });
        throw error;
      } finally {
        stop();
      }
    },
  };
}
