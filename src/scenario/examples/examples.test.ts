import { describe, expect, it } from 'vitest';
import { EXAMPLES, findExample } from './index';

describe('EXAMPLES', () => {
  it('has at least twelve examples with unique ids, the LARTC mail one first', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    expect(EXAMPLES[0].id).toBe('lartc-mail');
  });

  for (const e of EXAMPLES) {
    it(`"${e.id}" has a title, a description, a lesson and at least one probe`, () => {
      expect(e.title.length).toBeGreaterThan(5);
      expect(e.description.length).toBeGreaterThan(20);
      expect(e.lesson.length).toBeGreaterThan(20);
      expect(e.script.endsWith('\n')).toBe(true);
      expect(e.script.split('\n').filter((l) => /^ip (-\d )?route get /.test(l)).length).toBeGreaterThan(0);
    });
  }

  it('findExample finds by id', () => {
    expect(findExample('tailscale')?.id).toBe('tailscale');
    expect(findExample('nope')).toBeUndefined();
  });
});
