ip rule add pref 10 from 10.1.0.0/16 to 192.168.1.0/24 lookup 100
ip rule add p 11 fr 1.2.3.4 lookup 5
ip rule add pr 12 from 1.2.3.4 t 5 lookup 6
ip rule add pref 13 d 0x10 lookup 7
ip rule add pref 14 dsfield CS1 lookup 7
ip rule add pref 15 tos 10 lookup 7
ip rule add pref 16 tos 4 lookup 7
ip rule add pref 17 fwmark 0x10/0xf0 lookup 7
ip rule add pref 18 fwmark 0/0xff00 lookup 7
ip rule add pref 19 fwmark 7 lookup 7
ip rule add pref 20 fwmark 0 lookup 7
ip rule add pref 21 r 1/2 lookup 7
ip rule add pref 22 realms cosmos/3 lookup 7
ip rule add pref 23 pro static lookup 7
ip rule add pref 24 ta 1000 lookup 9
ip rule add pref 25 s 0 lookup main
ip rule add pref 26 suppress_i default lookup main
ip rule add pref 27 sup_pl 129 sup_group 5 lookup main
ip rule add pref 28 iif lo oif lo lookup 7
ip rule add pref 29 uidrange 100-200 lookup 7
ip rule add pref 30 ipproto udp sport 53 dport 1000-2000 lookup 7
ip rule add pref 31 not fwmark 1 lookup 7
ip rule add pref 32 m 1.2.3.4
ip rule add pref 33 b
ip rule add pref 34 type unreachable
ip rule add pref 35 prohibit
ip rule add pref 36 bl
ip rule add pref 37 throw
ip rule add pref 38 type 12
ip rule add pref 39 xresolve
ip rule add pref 40 anycast
ip rule add pref 41 multicast
ip rule add pref 42 type local
ip rule add pref 43 goto 50
ip rule add pref 44 goto 44
ip rule add pref 45 table main goto 60
ip rule add pref 46 tun_id 0x20 lookup 7
ip rule add pref 47 from 010.0x10.0.1 lookup 7
ip rule add pref 48 to 10.8 lookup 7
ip rule add pref 49 from 10.1.2.3/8 lookup 7
ip rule add pref 50 from default lookup 7
ip rule add pref 51 from any to all lookup 7
ip rule add pref 52 from ::/0 lookup 7
ip rule add pref 53 type unicast
ip rule add pref 54 lookup 0
ip rule add pref 55 table default
ip rule add pref 56 lookup local iif a0
ip rule add pref 57 l3mdev
ip rule add pref 58 ipproto 58 lookup 7
ip rule add pref 0x3b lookup 7
ip rule add pref 073 lookup 7
ip rule add pref 4294967295 lookup 7
ip rule add pref 4294967296 lookup 7
ip rule add from 1.1.1.1 lookup 7
ip rule add from 1.1.1.1 lookup 7
ip rule
ip -d rule
ip -j rule
ip -j -p rule show
ip -N rule
ip -c rule show
ip -c -j rule show
ip rule show pref 10
ip rule show from 10.0.0.0/8
ip rule show from 1.2.3.4
ip rule show s 1.2.3.4
ip rule show to 192.168.0.0/16
ip rule show 192.168.1.0/24
ip rule show dst 192.168.1.0/24
ip rule show table main
ip rule show lookup 7
ip rule show t 0x20
ip rule show tun_id 32
ip rule show fwmark 0x10
ip rule show fwmark 0x10/0xf0
ip rule show not
ip rule show iif lo
ip rule show oif lo
ip rule show uidrange 100-200
ip rule show ipproto udp
ip rule show sport 53
ip rule show dport 1000-2000
ip rule show tos 0x10
ip rule show dsfield CS1
ip rule show l3mdev
ip rule show protocol static
ip rule show from all
ip rule show pref
ip rule show foo
ip rule show table foo
ip rule show pref x
ip -j rule show pref 999
ip -j -p rule show pref 999
ip rule flush pref 30
ip rule flush protocol static
ip rule flush table 7 not
ip -j rule flush table 100
ip rule
ip rule flush
ip rule
ip -6 rule
