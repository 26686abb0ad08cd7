// Results kept from one lint to the next (parse trees of long notes, tokens of paragraphs), keyed by the text they
// came from. Bounded by the total length of those texts, least recently used out first: what a cached result holds
// grows with its text, so a count alone would let a few long notes hold hundreds of megabytes.
export class TextCache<V> {
  private readonly map = new Map<string, V>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key); // most recently used goes last
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    if (key.length > this.maxChars) return;
    if (this.map.delete(key)) this.chars -= key.length;
    this.map.set(key, value);
    this.chars += key.length;
    for (const oldest of this.map.keys()) {
      if (this.chars <= this.maxChars) break;
      this.map.delete(oldest);
      this.chars -= oldest.length;
    }
  }
}
