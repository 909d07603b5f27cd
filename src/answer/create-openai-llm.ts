import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { LlmError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Llm } from './llm.js';

export interface OpenAiLlmOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  logger: Logger;
}

/** The Llm over any OpenAI-compatible endpoint; the only importer of `openai`. Failures become LlmErrors without the key. */
export function createOpenAiLlm(options: OpenAiLlmOptions): Llm {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
  });
  return {
    async generate(request) {
      const started = Date.now();
      try {
        const completion = await client.chat.completions.parse({
          model: options.model,
          temperature: 0,
          messages: [
            { role: 'system', content: request.system },
            { role: 'user', content: request.user },
          ],
          response_format: zodResponseFormat(request.schema, request.name),
        });
        const message = completion.choices[0]?.message;
        if (message?.refusal) throw new LlmError(`the model refused: ${message.refusal}`, { schema: request.name });
        if (!message?.parsed) throw new LlmError('the model returned no structured output', { schema: request.name });
        options.logger.debug({ schema: request.name, ms: Date.now() - started }, 'llm call');
        return message.parsed;
      } catch (cause) {
        if (cause instanceof LlmError) throw cause;
        const status = cause instanceof OpenAI.APIError ? cause.status : undefined;
        const kind = cause instanceof OpenAI.APIConnectionTimeoutError ? 'timed out' : status ? `answered HTTP ${status}` : 'failed';
        throw new LlmError(`the LLM endpoint ${kind} (${request.name})`, { schema: request.name, status }, { cause });
      }
    },
  };
}
