import { describe, expect, it } from 'vitest';
import { offsetOf } from './import-files';

describe('offsetOf', () => {
  const text = 'ab\ncdef\n\ngh';
  it('finds a line and column', () => {
    expect(text.slice(offsetOf(text, 2, 3))).toBe('ef\n\ngh');
    expect(offsetOf(text, 1, 1)).toBe(0);
    expect(text.slice(offsetOf(text, 4, 2))).toBe('h');
  });
  it('clamps past the line or the text', () => {
    expect(offsetOf(text, 1, 99)).toBe(2);
    expect(offsetOf(text, 9, 1)).toBe(text.length);
  });
});
