import { describe, expect, it } from 'vitest';
import { diffText } from './text-diff';

describe('diffText', () => {
  it('is empty for equal texts', () => {
    expect(diffText('a\nb\n', 'a\nb\n')).toEqual([]);
  });

  it('shows removed lines before added ones, with line ends marked', () => {
    expect(diffText('a\nb \nc\n', 'a\nb\nc\n')).toEqual([' a$', '-b $', '+b$', ' c$']);
  });

  it('keeps two lines of context and marks skipped runs with @@', () => {
    const a = 'l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\n';
    const b = 'l1\nl2\nl3\nl4\nl5\nl6\nl7\nX\n';
    expect(diffText(a, b)).toEqual(['@@', ' l6$', ' l7$', '-l8$', '+X$']);
  });

  it('notes a missing final newline', () => {
    expect(diffText('a\n', 'a')).toEqual(['-a$', '+a', '+\\ No newline at end of text']);
  });

  it('compares one-line JSON documents pretty-printed', () => {
    const out = diffText('[{"a":1,"b":2}]\n', '[{"a":1,"b":3}]\n');
    expect(out[0]).toBe('(JSON, pretty-printed for the diff)');
    expect(out).toContain('-  "b": 2$');
    expect(out).toContain('+  "b": 3$');
  });

  it('caps its length', () => {
    const a = Array.from({ length: 50 }, (_, i) => `a${i}`).join('\n');
    const b = Array.from({ length: 50 }, (_, i) => `b${i}`).join('\n');
    const out = diffText(a, b, 10);
    expect(out).toHaveLength(11);
    expect(out[10]).toMatch(/^\.\.\. \d+ more diff lines$/);
  });
});
