exit abc
sleep abc
sleep
echo a >&2
echo b 1>&2
echo c >&3
cat < /etc/iproute2/group
cat < /nonexist
ip rule show pref 0 > /tmp/ap; ip rule show pref 0 >> /tmp/ap; cat /tmp/ap
echo x > /tmp/ap; cat /tmp/ap
cat /tmp/ap /tmp/ap > /tmp/ap2; cat /tmp/ap2
ip rule restore < /etc/iproute2/group
echo ab > /tmp/m; ip rule restore < /tmp/m
echo 'rule show pref 0' > /tmp/bb; ip -batch - < /tmp/bb
cat - < /tmp/bb
ip rule restore
