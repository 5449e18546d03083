#!/usr/bin/env python3
"""record.sh's last step: reads `rpdb classify --json` lines on stdin, runs every distinct query
as `ip route get QUERY` in namespace NS (the real kernel and iproute2), and writes the records
with the kernel's status, stdout and stderr in place of the simulator's to OUT (JSON lines).

Usage: ask-kernel.py NS OUT < classify.jsonl
"""
import json
import subprocess
import sys

ns, out = sys.argv[1], sys.argv[2]
answers = {}
lines = []
for line in sys.stdin:
    rec = json.loads(line)
    if 'query' in rec and rec['query'] not in answers:
        r = subprocess.run(['ip', 'netns', 'exec', ns, 'ip', 'route', 'get', *rec['query'].split(' ')],
                           capture_output=True, text=True)
        answers[rec['query']] = {'status': r.returncode, 'stdout': r.stdout, 'stderr': r.stderr}
    if 'query' in rec:
        rec = {'index': rec['index'], 'query': rec['query'], **answers[rec['query']]}
    lines.append(json.dumps(rec, separators=(',', ':')))
with open(out, 'w') as f:
    f.write('\n'.join(lines) + '\n')
print(f'{out}: {len(lines)} packets, {len(answers)} queries asked')
