#!/bin/sh
# Runs a script line by line inside the current network namespace, the way `rpdb run` does:
# every line that is not blank or a comment is one command; its stdout, stderr and exit status
# go to DIR/N.out, DIR/N.err, DIR/N.rc (N = 1-based line number). Before each command it waits
# (at most 5 s) until IPv6 duplicate address detection has settled, because the simulator models
# the settled state, as a person typing commands one by one sees it.
dir=$1
settle() {
  i=0
  while [ $i -lt 50 ] && ip -6 addr show tentative 2>/dev/null | grep -q inet6; do
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
