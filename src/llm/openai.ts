// OpenAiProvider: chat (and, used alone, embeddings) from any OpenAI-compatible server through the official SDK
// (its own retries with backoff).
import type OpenAI from 'openai';
import type { z } from 'zod';
import type { Config } from '../config/index.ts';
import { LlmBadOutputError } from '../errors/index.ts';
import {
  ANSWER_SCHEMA_NAME,
  type Answer,
  type AnswerRequest,
  answerSchema,
  buildAnswerMessages,
} from '../prompts/answer-question.ts';
import {
  buildExtractionMessages,
  EXTRACTION_SCHEMA_NAME,
  type Extraction,
  type ExtractionRequest,
  extractionSchema,
} from '../prompts/extract-memory.ts';
import { strictJsonSchema } from './json-schema.ts';
import { openAiClient, unavailable } from './openai-client.ts';
import { OpenAiEmbedder } from './openai-embedder.ts';
import { addUsage, type ChatModel, emptyUsage, type LlmProvider, type LlmUsage } from './provider.ts';

type Messages = Array<{ role: 'system' | 'user'; content: string }>;

type OpenAiConfig = Pick<
  Config,
  | 'OPENAI_API_KEY'
  | 'OPENAI_BASE_URL'
  | 'OPENAI_CHAT_MODEL'
  | 'OPENAI_EMBEDDING_MODEL'
  | 'EMBEDDING_DIMENSIONS'
  | 'LLM_TIMEOUT_MS'
  | 'LLM_MAX_RETRIES'
>;

// Invalid output is usually a one-off sampling accident: one more try, then give up.
const BAD_OUTPUT_ATTEMPTS = 2;

export class OpenAiProvider implements LlmProvider, ChatModel {
  readonly name = 'openai';
  readonly chatModel: string;
  readonly embeddingModel: string;
  readonly embeddingDimensions: number;
  private readonly client: OpenAI;
  private readonly embedder: OpenAiEmbedder;
  private readonly extractionFormat = strictJsonSchema(extractionSchema);
  private readonly answerFormat = strictJsonSchema(answerSchema);

  constructor(config: OpenAiConfig) {
    this.chatModel = config.OPENAI_CHAT_MODEL;
    this.embeddingModel = config.OPENAI_EMBEDDING_MODEL;
    this.embeddingDimensions = config.EMBEDDING_DIMENSIONS;
    this.client = openAiClient({
      apiKey: config.OPENAI_API_KEY,
      baseURL: config.OPENAI_BASE_URL,
      timeoutMs: config.LLM_TIMEOUT_MS,
      maxRetries: config.LLM_MAX_RETRIES,
    });
    this.embedder = new OpenAiEmbedder({
      name: this.name,
      model: this.embeddingModel,
      dimensions: this.embeddingDimensions,
      requestDimensions: true,
      baseURL: config.OPENAI_BASE_URL,
      apiKey: config.OPENAI_API_KEY ?? '',
      timeoutMs: config.LLM_TIMEOUT_MS,
      maxRetries: config.LLM_MAX_RETRIES,
    });
  }

  async extract(request: ExtractionRequest): Promise<{ extraction: Extraction; usage: LlmUsage }> {
    const messages = buildExtractionMessages(request);
    const { value, usage } = await this.structured(
      messages,
      EXTRACTION_SCHEMA_NAME,
      this.extractionFormat,
      extractionSchema,
    );
    return { extraction: value, usage };
  }

  async answer(request: AnswerRequest): Promise<{ answer: Answer; usage: LlmUsage }> {
    const messages = buildAnswerMessages(request);
    const { value, usage } = await this.structured(
      messages,
      ANSWER_SCHEMA_NAME,
      this.answerFormat,
      answerSchema,
    );
    return { answer: value, usage };
  }

  embed(texts: string[]): Promise<{ vectors: number[][]; usage: LlmUsage }> {
    return this.embedder.embed(texts);
  }

  /** One chat completion constrained to a JSON schema, validated with zod; retried once on invalid output. */
  private async structured<T extends z.ZodType>(
    messages: Messages,
    name: string,
    schema: object,
    validator: T,
  ): Promise<{ value: z.output<T>; usage: LlmUsage }> {
    let usage = emptyUsage(this.name, this.chatModel);
    let problem = '';
    for (let attempt = 0; attempt < BAD_OUTPUT_ATTEMPTS; attempt++) {
      let completion: OpenAI.ChatCompletion;
      try {
        completion = await this.client.chat.completions.create({
          model: this.chatModel,
          messages,
          response_format: {
            type: 'json_schema',
            json_schema: { name, strict: true, schema: schema as Record<string, unknown> },
          },
        });
      } catch (error) {
        throw unavailable(error);
      }
      usage = addUsage(usage, {
        provider: this.name,
        model: completion.model || this.chatModel,
        calls: 1,
        promptTokens: completion.usage?.prompt_tokens ?? 0,
        completionTokens: completion.usage?.completion_tokens ?? 0,
      });
      const choice = completion.choices[0];
      const content = choice?.message.content;
      if (!content) {
        problem = choice?.message.refusal ? `refused: ${choice.message.refusal}` : 'empty answer';
        continue;
      }
      let json: unknown;
      try {
        json = JSON.parse(content);
      } catch {
        problem =
          choice.finish_reason === 'length'
            ? 'answer cut off at the token limit'
            : 'answer is not valid JSON';
        continue;
      }
      const parsed = validator.safeParse(json);
      if (parsed.success) return { value: parsed.data, usage };
      problem = `answer does not match the ${name} schema`;
    }
    throw new LlmBadOutputError(problem);
  }
}
