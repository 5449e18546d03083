import { describe, expect, it } from 'vitest';
import { latestRunner } from './machine-latest';

describe('latestRunner', () => {
  it('runs the first input and then only the latest of those that came meanwhile', async () => {
    const ran: number[] = [];
    const applied: [number, number][] = [];
    let release: () => void = () => undefined;
    const run = latestRunner(
      async (n: number) => {
        ran.push(n);
        if (n === 1) await new Promise<void>((r) => (release = r));
        return n * 10;
      },
      (i, o) => applied.push([i, o]),
      () => undefined,
    );
    run(1);
    run(2);
    run(3);
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(ran).toEqual([1, 3]);
    expect(applied).toEqual([[3, 30]]);
  });

  it('reports a failure of the latest input', async () => {
    const failed: string[] = [];
    const run = latestRunner(
      async (s: string) => {
        throw new Error(s);
      },
      () => undefined,
      (_i, e) => failed.push((e as Error).message),
    );
    run('boom');
    await new Promise((r) => setTimeout(r, 0));
    expect(failed).toEqual(['boom']);
  });
});
