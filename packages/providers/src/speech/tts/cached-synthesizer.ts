import type { ServiceStatus } from "@studio/protocol";
import { LRUCache } from "lru-cache";
import { untilAborted } from "../speech-errors";
import type { SpeechSynthesizer, SynthesisOptions } from "./speech-synthesizer";

export interface SpeechCacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
}

/**
 * Synthesizes each distinct utterance once: the question bank's questions come back in every
 * interview, so their audio is kept in an LRU bounded by bytes and replayed chunk by chunk.
 * Only an utterance that streamed to its end is kept.
 */
export class CachedSynthesizer implements SpeechSynthesizer {
  private readonly cache: LRUCache<string, Uint8Array[]>;
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly inner: SpeechSynthesizer,
    maxBytes: number,
  ) {
    this.cache = new LRUCache({
      maxSize: maxBytes,
      sizeCalculation: (chunks) => Math.max(1, byteLength(chunks)),
    });
  }

  get name(): string {
    return this.inner.name;
  }
  get voice(): string {
    return this.inner.voice;
  }
  get format() {
    return this.inner.format;
  }

  async *synthesize(text: string, options: SynthesisOptions): AsyncGenerator<Uint8Array> {
    const style = options.voice ? JSON.stringify(options.voice) : "";
    const key = [this.inner.name, this.inner.voice, style, options.language, text].join("\u0000");
    const cached = this.cache.get(key);
    if (cached) {
      this.hits++;
      yield* untilAborted(cached, options.signal, this.name);
      return;
    }
    this.misses++;
    const chunks: Uint8Array[] = [];
    for await (const chunk of this.inner.synthesize(text, options)) {
      chunks.push(chunk);
      yield chunk;
    }
    if (chunks.length) this.cache.set(key, chunks);
  }

  status(): ServiceStatus {
    return this.inner.status();
  }

  stats(): SpeechCacheStats {
    return {
      entries: this.cache.size,
      bytes: this.cache.calculatedSize,
      hits: this.hits,
      misses: this.misses,
    };
  }
}

function byteLength(chunks: Uint8Array[]): number {
  return chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
}
