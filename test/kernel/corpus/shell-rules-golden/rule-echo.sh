ip -echo -j -p rule add pref 7 from 1.2.3.0/24 lookup 7
ip -echo -d rule add pref 8 from 1.2.3.0/24 lookup 7
ip -echo rule add pref 8 from 1.2.3.0/24 lookup 7
ip -echo -6 rule add pref 9 from 2001:db8::/32 lookup 9
ip -echo -6 -j rule del pref 9
ip -echo rule add from 5.5.5.5 lookup 5
ip -echo rule flush
ip -echo -c rule add pref 10 from 5.5.5.5 iif lo lookup 5
ip -echo rule add pref 11 goto 40
