echo 100 vpn >> /etc/iproute2/rt_tables
echo "0x65 isp2 # comment" >> /etc/iproute2/rt_tables
echo "200	wifi" > /etc/iproute2/rt_tables.d/x.conf
echo "201 ignored" > /etc/iproute2/rt_tables.d/y.txt
echo "4000000000 huge" >> /etc/iproute2/rt_tables
echo "300 big" >> /etc/iproute2/rt_tables
echo "101 dup" >> /etc/iproute2/rt_tables
echo "5 five" >> /etc/iproute2/group
echo "7 seven" >> /etc/iproute2/rt_realms
echo "77 mine" >> /etc/iproute2/rt_protos
echo "0x14 myds" >> /etc/iproute2/rt_dsfield
echo garbage line >> /etc/iproute2/rt_tables
echo "254 mymain" >> /etc/iproute2/rt_tables.d/x.conf
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
ip rule zz 2>&1
ip rule zz 2>/dev/null
ip rule zz > /tmp/o 2>&1; cat /tmp/o
echo 'unterminated
echo "x
exit 3
:
