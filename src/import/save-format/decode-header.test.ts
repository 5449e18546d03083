import { describe, expect, it } from 'vitest';
import { decodeRouteMessage } from './decode-route';
import { decodeRuleMessage } from './decode-rule';
import type { FramedMessage } from './save-file';

const msg = (type: number, bytes: number[]): FramedMessage => ({
  offset: 0,
  index: 1,
  type,
  flags: 0,
  payload: new Uint8Array(bytes),
});
const header = (family: number, dstLen = 0, flags = [0, 0, 0, 0]) => [
  family,
  dstLen,
  0,
  0,
  254,
  0,
  0,
  1,
  ...flags,
];

describe('the header checks both decoders share', () => {
  it('refuses a message of another type, a short header and another family, naming the kind', () => {
    expect(decodeRouteMessage(msg(32, header(2)))).toEqual({
      ok: false,
      text: 'nlmsg_type 32 is not a route message (RTM_NEWROUTE is 24)',
    });
    expect(decodeRuleMessage(msg(24, header(2)))).toEqual({
      ok: false,
      text: 'nlmsg_type 24 is not a rule message (RTM_NEWRULE is 32)',
    });
    expect(decodeRouteMessage(msg(24, [2, 0, 0]))).toEqual({
      ok: false,
      text: 'rtmsg needs 12 bytes, the message has 3',
    });
    expect(decodeRuleMessage(msg(32, [2]))).toEqual({
      ok: false,
      text: 'fib_rule_hdr needs 12 bytes, the message has 1',
    });
    expect(decodeRouteMessage(msg(24, header(7)))).toEqual({
      ok: false,
      text: 'route family 7 is neither inet (2) nor inet6 (10)',
    });
    expect(decodeRuleMessage(msg(33, header(0)))).toEqual({
      ok: false,
      text: 'rule family 0 is neither inet (2) nor inet6 (10)',
    });
  });

  it('reads the flags word and refuses prefixes longer than the family allows', () => {
    const r = decodeRouteMessage(msg(25, header(10, 128, [0, 1, 0, 0x80])));
    expect(r.ok && r.value.flags).toBe(0x80000100);
    expect(decodeRouteMessage(msg(24, header(2, 33)))).toEqual({
      ok: false,
      text: 'prefix length 33 is longer than 32',
    });
    expect(decodeRuleMessage(msg(32, header(10, 129)))).toEqual({
      ok: false,
      text: 'prefix length 129 is longer than 128',
    });
    expect(decodeRuleMessage(msg(32, header(2, 32))).ok).toBe(true);
  });
});
