/**
 * Replays the save-format recordings of record.ts without root (the checks are in checks.ts):
 * our exports against the files the real `ip rule save` / `ip route save` wrote and against what
 * the real `ip rule restore` / `ip route restore` made of them, the real files through our
 * decoder, and the `rpdb export --netns` script against the namespace it really built.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from './checks';
import { readRecording } from './recording';
import { RECORDED_DIR, sourceScenarios } from './scenarios';

const names = readdirSync(RECORDED_DIR)
  .filter((n) => existsSync(join(RECORDED_DIR, n, 'a.json')))
  .sort();

describe('ip rule save / ip route save recordings', () => {
  it('cover every built-in example and hand-written scenario', () => {
    expect(names).toEqual(
      sourceScenarios()
        .map((s) => s.name)
        .sort(),
    );
  });

  for (const name of names) {
    describe(name, () => {
      const rec = readRecording(join(RECORDED_DIR, name));
      for (const [check, run] of Object.entries(CHECKS)) it(check, () => expect(run(rec)).toEqual([]));
    });
  }
});
