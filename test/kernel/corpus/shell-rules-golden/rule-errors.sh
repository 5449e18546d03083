ip rule add
ip rule del
ip rule add from
ip rule add pref
ip rule add pref abc lookup 5
ip rule add pref -1 lookup 5
ip rule add fwmark 0x1/zz lookup 5
ip rule add fwmark zz/0x1 lookup 5
ip rule add fwmark 4294967296 lookup 5
ip rule add tos 0x100 lookup 5
ip rule add tos foo lookup 5
ip rule add tos 0x20 lookup 5
ip rule add tos 0x11 lookup 5
ip rule add tos 0x03 lookup 5
ip rule add realms foo lookup 5
ip rule add realms 70000 lookup 5
ip rule add protocol foo lookup 5
ip rule add protocol 256 lookup 5
ip rule add tun_id x lookup 5
ip rule add lookup foo
ip rule add lookup 4294967296
ip rule add suppress_prefixlength -1 lookup 5
ip rule add suppress_prefixlength x lookup 5
ip rule add suppress_ifgroup x lookup 5
ip rule add suppress_ifgroup -1 lookup 5
ip rule add iif a/b lookup 5
ip rule add iif 0123456789abcdef lookup 5
ip rule add oif 'a b' lookup 5
ip rule add uidrange 5 lookup 5
ip rule add uidrange 5-x lookup 5
ip rule add uidrange 10-5 lookup 5
ip rule add sport x lookup 5
ip rule add dport x lookup 5
ip rule add sport 0 lookup 5
ip rule add dport 65535 lookup 5
ip rule add sport 10-5 lookup 5
ip rule add ipproto foo lookup 5
ip rule add ipproto -1 lookup 5
ip rule add goto x
ip rule add goto
ip rule add foo
ip rule add type foo
ip rule add dscp 4 lookup 5
ip rule add flowlabel 4 lookup 5
ip rule add nat
ip rule add map-to 1.2.3.4 lookup 5
ip rule add to 2001:db8::1 lookup 5
ip rule add from 1.2.3.4/33 lookup 5
ip rule add from 1.2.3.4/ff lookup 5
ip rule add from 256.1.1.1 lookup 5
ip rule add from 1.2.3.4.5 lookup 5
ip rule add from 1..2 lookup 5
ip rule add help
ip rule h
ip rule a pref 100 lookup 100
ip rule d pref 100
ip rule d pref 100
ip rule del from all
ip rule
ip rule del not from all
ip rule
ip rule del lookup main
ip rule
ip rule fl
ip rule
ip rule add pref 5 lookup 5
ip rule res
ip rule xyz
ip rule list xyz
ip -4 rule add from 2001:db8::1 lookup 5
ip -6 rule add from 10.0.0.1 lookup 5
ip -6 rule add pref 100 from 2001:db8::/32 lookup 5
ip -6 rule add pref 101 to 2001:db8:1::1 tos 0x20 lookup 5
ip -6 rule add lookup 0
ip -6 rule add type unicast
ip -6 rule add pref 102 unreachable
ip -6 rule
ip -6 -j rule
ip -6 rule show from 2001:db8::/16
ip -6 rule show to 2001:db8:1::1
ip -6 rule show from 10.0.0.0/8
ip rule show from 2001:db8::/16
ip -6 rule flush
ip -6 rule
ip -echo rule add pref 7 from 1.2.3.0/24 lookup 7
ip -echo -j rule add pref 8 from 1.2.3.0/24 lookup 7
ip -echo rule del pref 7
ip -echo -j -p rule del pref 8
ip -0 rule
ip -j -0 rule
ip -M rule add lookup 5
ip -f link rule add from 1.2.3.4 lookup 5
ip -f bogus rule
