echo 100 vpn >> /etc/iproute2/rt_tables
echo "0x65 isp2 # comment" >> /etc/iproute2/rt_tables
echo "200	wifi" > /etc/iproute2/rt_tables.d/x.conf
echo "201 ignored" > /etc/iproute2/rt_tables.d/y.txt
echo "4000000000 huge" >> /etc/iproute2/rt_tables
echo "300 big" >> /etc/iproute2/rt_tables
echo "101 dup" >> /etc/iproute2/rt_tables
ip rule add pref 10 lookup vpn
ip rule add pref 11 lookup isp2
ip rule add pref 12 lookup wifi
ip rule add pref 13 lookup ignored
ip rule add pref 14 lookup huge
ip rule add pref 15 lookup big
ip rule add pref 16 lookup 300
ip rule add pref 17 lookup dup
ip rule
ip -j rule
ip rule show table vpn
ip rule show lookup big
echo "5 five" >> /etc/iproute2/group
ip rule add pref 20 suppress_ifgroup five lookup main
ip rule add pref 21 suppress_ifgroup 5 lookup main
echo "7 seven" >> /etc/iproute2/rt_realms
ip rule add pref 22 realms seven lookup main
ip rule add pref 23 realms 1/seven lookup main
echo "77 mine" >> /etc/iproute2/rt_protos
ip rule add pref 24 protocol mine lookup main
ip rule add pref 25 protocol 78 lookup main
echo "0x14 myds" >> /etc/iproute2/rt_dsfield
ip rule add pref 26 tos myds lookup main
ip rule
ip -d rule
ip -j rule
echo garbage line >> /etc/iproute2/rt_tables
ip rule show
echo "254 mymain" >> /etc/iproute2/rt_tables.d/x.conf
ip rule show
ip rule add pref 30 lookup mymain
ip rule add pref 31 lookup main
cat /etc/iproute2/rt_tables.d/x.conf
echo 'a\tb\\c' "\0101" > /tmp/f; cat /tmp/f
echo -n abc; echo def
cat /nonexist /tmp/f
cat /etc/iproute2
echo a > /nonexist/x
echo a > /etc
true && echo yes || echo no
false || echo no
false && echo x
foo; echo after
ip rule show 2>&1 >/dev/null
ip rule zz 2>&1
ip rule zz 2>/dev/null
ip rule zz > /tmp/o 2>&1; cat /tmp/o
echo 'unterminated
echo "x
exit 3
:
