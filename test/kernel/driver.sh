#!/bin/sh
# Runs a script line by line inside the current network namespace, the way `rpdb run` does:
# every line that is not blank or a comment is one command; its stdout, stderr and exit status
# go to DIR/N.out, DIR/N.err, DIR/N.rc (N = 1-based line number). Before each command it waits
# (at most 5 s) until IPv6 duplicate address detection has settled, because the simulator models
# the settled state, as a person typing commands one by one sees it. For the same reason it also
# waits until pending carrier (linkwatch) events have been applied to every device.
dir=$1
# Carrier changes reach operstate, IFF_RUNNING and the routes' linkdown flags through the kernel's
# linkwatch work queue, i.e. asynchronously: until it has run, an up device shows LOWER_UP together
# with NO-CARRIER (carrier back) or neither (carrier lost). links_settled fails while any device is
# in such a half-updated state.
links_settled() {
  ip -o link show 2>/dev/null | awk '
    {
      f = $0; sub(/^[^<]*</, "", f); sub(/>.*/, "", f)
      n = split(f, a, ","); up = 0; lower = 0; nocarrier = 0
      for (i = 1; i <= n; i++) {
        if (a[i] == "UP") up = 1
        if (a[i] == "LOWER_UP") lower = 1
        if (a[i] == "NO-CARRIER") nocarrier = 1
      }
      if (up && lower == nocarrier) bad = 1
    }
    END { exit bad }'
}
settle() {
  i=0
  while [ $i -lt 50 ] && { ip -6 addr show tentative 2>/dev/null | grep -q inet6 || ! links_settled; }; do
    sleep 0.1
    i=$((i + 1))
  done
}
n=0
while IFS= read -r line || [ -n "$line" ]; do
  n=$((n + 1))
  case "$line" in
    *[![:space:]]*) ;;
    *) continue ;;
  esac
  trimmed=$(printf '%s' "$line" | sed 's/^[[:space:]]*//')
  case "$trimmed" in '#'*) continue ;; esac
  settle
  (eval "$line") >"$dir/$n.out" 2>"$dir/$n.err" </dev/null
  echo $? >"$dir/$n.rc"
done <"$dir/script"
