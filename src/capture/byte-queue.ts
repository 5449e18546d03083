/**
 * A queue of pushed chunks that hands out whole headers and blocks, so the readers never care
 * how the file was cut, and never keep a byte after it was consumed.
 */
export class ByteQueue {
  private chunks: Uint8Array[] = [];
  private first = 0;
  private head = 0;
  private size = 0;
  /** File offset of the first unread byte. */
  offset = 0;

  /** Appends a chunk; the queue keeps a reference, so the caller must not reuse its buffer. */
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    // A subclass (Node's Buffer) makes every subarray() a slow constructor call: view it plainly.
    if (chunk.constructor !== Uint8Array)
      chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    this.chunks.push(chunk);
    this.size += chunk.length;
  }

  /** Bytes pushed and not yet consumed. */
  get available(): number {
    return this.size;
  }

  /**
   * The chunk holding the next unread byte and that byte's position in it (null when empty), so
   * a reader can look at a header in place; bytes past the chunk's end are in later chunks.
   */
  get current(): Uint8Array | null {
    return this.size === 0 ? null : this.chunks[this.first];
  }

  /** Position of the next unread byte in `current`. */
  get position(): number {
    return this.head;
  }

  /** The next `n` bytes without consuming them, or null while fewer are queued. */
  peek(n: number): Uint8Array | null {
    if (n > this.size) return null;
    if (n === 0) return new Uint8Array(0);
    const c = this.chunks[this.first];
    // One chunk holds it all: a view, no copy (the common case for large chunks).
    if (c.length - this.head >= n) return c.subarray(this.head, this.head + n);
    const out = new Uint8Array(n);
    let filled = 0;
    let i = this.first;
    let at = this.head;
    while (filled < n) {
      const part = this.chunks[i];
      const len = Math.min(part.length - at, n - filled);
      out.set(part.subarray(at, at + len), filled);
      filled += len;
      i++;
      at = 0;
    }
    return out;
  }

  /**
   * Consumes the next `n` bytes (which must be queued) and returns the array holding them from
   * `spanStart`: the chunk itself when one chunk holds them all (no view made), else a copy.
   */
  takeSpan(n: number): Uint8Array {
    const c = this.chunks[this.first];
    if (c !== undefined && c.length - this.head >= n) {
      this.spanStart = this.head;
      this.skip(n);
      return c;
    }
    this.spanStart = 0;
    return this.take(n) ?? new Uint8Array(0);
  }

  /** Where the bytes of the last takeSpan start in the array it returned. */
  spanStart = 0;

  /** Consumes and returns the next `n` bytes, or null while fewer are queued. */
  take(n: number): Uint8Array | null {
    const out = this.peek(n);
    if (out) this.skip(n);
    return out;
  }

  /** Consumes `n` bytes (at most what is queued). */
  skip(n: number): void {
    let left = Math.min(n, this.size);
    this.size -= left;
    this.offset += left;
    while (left > 0) {
      const c = this.chunks[this.first];
      const rest = c.length - this.head;
      if (rest > left) {
        this.head += left;
        return;
      }
      left -= rest;
      this.first++;
      this.head = 0;
    }
    // Drop consumed chunks now and then rather than shifting on every one.
    if (this.first > 64 && this.first * 2 > this.chunks.length) {
      this.chunks = this.chunks.slice(this.first);
      this.first = 0;
    }
  }
}
