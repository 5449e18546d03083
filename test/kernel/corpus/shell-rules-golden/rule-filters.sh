ip rule add pref 100 from 10.1.0.0/16 lookup 100 protocol static
ip rule add pref 101 not to 10.2.0.0/16 lookup 101
ip rule add pref 102 fwmark 0x5/0xff iif lo lookup 100
ip rule add pref 103 tos 0x08 lookup 100
ip rule add pref 104 uidrange 5-10 lookup 104
ip rule add pref 105 sport 1-2 dport 3 ipproto tcp lookup 105
ip -6 rule add pref 100 from 2001:db8::/32 lookup 100
ip -6 rule add pref 101 to 2001:db8:1::/48 iif lo lookup 101
ip rule list from
ip rule list pref
ip rule list fwmark
ip rule list fwmark 1/x
ip rule list fwmark x
ip rule list tos x
ip rule list iif 'a b'
ip rule list uidrange 5
ip rule list sport x
ip rule list dport x
ip rule list ipproto x
ip rule list protocol x
ip rule list tun_id x
ip rule list table x
ip rule list from x
ip rule list x
ip rule list to
ip rule list from 10.1.0.0/16
ip rule list from 10.1.2.0/24
ip rule list from 10.0.0.0/8
ip rule list from 0.0.0.0/0
ip rule list to 10.2.0.0/16
ip rule list not
ip rule list not to 10.2.0.0/16
ip rule list fwmark 5
ip rule list fwmark 5/0xff
ip rule list fwmark 0/0xff
ip rule list tos 8
ip rule list uidrange 5-10
ip rule list uidrange 5-11
ip rule list sport 1-2
ip rule list sport 1
ip rule list dport 3
ip rule list ipproto tcp
ip rule list ipproto 6
ip rule list protocol static
ip rule list protocol all
ip rule list table 100
ip rule list table 0
ip rule list pref 0
ip rule list pref 0x64
ip -6 rule list from 2001:db8::/16
ip -6 rule list from 2001:db8::/48
ip -6 rule list iif lo
ip -6 rule list to 2001:db8:1::/48
ip -6 rule list 2001:db8:1::/64
ip -4 rule list from 2001:db8::/16
ip rule flush protocol static
ip rule
ip rule flush table 100
ip rule
ip rule flush not
ip rule
ip -6 rule flush iif lo
ip -6 rule
ip rule flush protocol all
ip rule
ip rule del pref 0
ip rule flush
ip rule
ip rule add from 1.1.1.3 lookup 5
ip rule add from 1.1.1.4 lookup 5
ip rule
ip rule del from 1.1.1.4
ip rule del from 1.1.1.4
ip rule del pref 0 lookup 6
ip rule del table 5
ip rule
