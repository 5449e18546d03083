/** /etc/services of Debian (netbase), tcp/udp/sctp entries: "name port/proto alias..." — what getservbyname/getservbyport read. */
export const SERVICES_TEXT =
  'tcpmux 1/tcp\n' +
  'echo 7/tcp\n' +
  'echo 7/udp\n' +
  'discard 9/tcp sink null\n' +
  'discard 9/udp sink null\n' +
  'systat 11/tcp users\n' +
  'daytime 13/tcp\n' +
  'daytime 13/udp\n' +
  'netstat 15/tcp\n' +
  'qotd 17/tcp quote\n' +
  'chargen 19/tcp ttytst source\n' +
  'chargen 19/udp ttytst source\n' +
  'ftp-data 20/tcp\n' +
  'ftp 21/tcp\n' +
  'fsp 21/udp fspd\n' +
  'ssh 22/tcp\n' +
  'telnet 23/tcp\n' +
  'smtp 25/tcp mail\n' +
  'time 37/tcp timserver\n' +
  'time 37/udp timserver\n' +
  'whois 43/tcp nicname\n' +
  'tacacs 49/tcp\n' +
  'tacacs 49/udp\n' +
  'domain 53/tcp\n' +
  'domain 53/udp\n' +
  'bootps 67/udp\n' +
  'bootpc 68/udp\n' +
  'tftp 69/udp\n' +
  'gopher 70/tcp\n' +
  'finger 79/tcp\n' +
  'http 80/tcp www\n' +
  'kerberos 88/tcp kerberos5 krb5 kerberos-sec\n' +
  'kerberos 88/udp kerberos5 krb5 kerberos-sec\n' +
  'iso-tsap 102/tcp tsap\n' +
  'acr-nema 104/tcp dicom\n' +
  'pop3 110/tcp pop-3\n' +
  'sunrpc 111/tcp portmapper\n' +
  'sunrpc 111/udp portmapper\n' +
  'auth 113/tcp authentication tap ident\n' +
  'nntp 119/tcp readnews untp\n' +
  'ntp 123/udp\n' +
  'epmap 135/tcp loc-srv\n' +
  'netbios-ns 137/udp\n' +
  'netbios-dgm 138/udp\n' +
  'netbios-ssn 139/tcp\n' +
  'imap2 143/tcp imap\n' +
  'snmp 161/tcp\n' +
  'snmp 161/udp\n' +
  'snmp-trap 162/tcp snmptrap\n' +
  'snmp-trap 162/udp snmptrap\n' +
  'cmip-man 163/tcp\n' +
  'cmip-man 163/udp\n' +
  'cmip-agent 164/tcp\n' +
  'cmip-agent 164/udp\n' +
  'mailq 174/tcp\n' +
  'xdmcp 177/udp\n' +
  'bgp 179/tcp\n' +
  'smux 199/tcp\n' +
  'qmtp 209/tcp\n' +
  'z3950 210/tcp wais\n' +
  'ipx 213/udp\n' +
  'ptp-event 319/udp\n' +
  'ptp-general 320/udp\n' +
  'pawserv 345/tcp\n' +
  'zserv 346/tcp\n' +
  'rpc2portmap 369/tcp\n' +
  'rpc2portmap 369/udp\n' +
  'codaauth2 370/tcp\n' +
  'codaauth2 370/udp\n' +
  'clearcase 371/udp Clearcase\n' +
  'ldap 389/tcp\n' +
  'ldap 389/udp\n' +
  'svrloc 427/tcp\n' +
  'svrloc 427/udp\n' +
  'https 443/tcp\n' +
  'https 443/udp\n' +
  'snpp 444/tcp\n' +
  'microsoft-ds 445/tcp\n' +
  'kpasswd 464/tcp\n' +
  'kpasswd 464/udp\n' +
  'submissions 465/tcp ssmtp smtps urd\n' +
  'saft 487/tcp\n' +
  'isakmp 500/udp\n' +
  'rtsp 554/tcp\n' +
  'rtsp 554/udp\n' +
  'nqs 607/tcp\n' +
  'asf-rmcp 623/udp\n' +
  'qmqp 628/tcp\n' +
  'ipp 631/tcp\n' +
  'ldp 646/tcp\n' +
  'ldp 646/udp\n' +
  'exec 512/tcp\n' +
  'biff 512/udp comsat\n' +
  'login 513/tcp\n' +
  'who 513/udp whod\n' +
  'shell 514/tcp cmd syslog\n' +
  'syslog 514/udp\n' +
  'printer 515/tcp spooler\n' +
  'talk 517/udp\n' +
  'ntalk 518/udp\n' +
  'route 520/udp router routed\n' +
  'gdomap 538/tcp\n' +
  'gdomap 538/udp\n' +
  'uucp 540/tcp uucpd\n' +
  'klogin 543/tcp\n' +
  'kshell 544/tcp krcmd\n' +
  'dhcpv6-client 546/udp\n' +
  'dhcpv6-server 547/udp\n' +
  'afpovertcp 548/tcp\n' +
  'nntps 563/tcp snntp\n' +
  'submission 587/tcp\n' +
  'ldaps 636/tcp\n' +
  'ldaps 636/udp\n' +
  'tinc 655/tcp\n' +
  'tinc 655/udp\n' +
  'silc 706/tcp\n' +
  'kerberos-adm 749/tcp\n' +
  'domain-s 853/tcp\n' +
  'domain-s 853/udp\n' +
  'rsync 873/tcp\n' +
  'ftps-data 989/tcp\n' +
  'ftps 990/tcp\n' +
  'telnets 992/tcp\n' +
  'imaps 993/tcp\n' +
  'pop3s 995/tcp\n' +
  'socks 1080/tcp\n' +
  'proofd 1093/tcp\n' +
  'rootd 1094/tcp\n' +
  'openvpn 1194/tcp\n' +
  'openvpn 1194/udp\n' +
  'rmiregistry 1099/tcp\n' +
  'lotusnote 1352/tcp lotusnotes\n' +
  'ms-sql-s 1433/tcp\n' +
  'ms-sql-m 1434/udp\n' +
  'ingreslock 1524/tcp\n' +
  'datametrics 1645/tcp old-radius\n' +
  'datametrics 1645/udp old-radius\n' +
  'sa-msg-port 1646/tcp old-radacct\n' +
  'sa-msg-port 1646/udp old-radacct\n' +
  'kermit 1649/tcp\n' +
  'groupwise 1677/tcp\n' +
  'l2f 1701/udp l2tp\n' +
  'radius 1812/tcp\n' +
  'radius 1812/udp\n' +
  'radius-acct 1813/tcp radacct\n' +
  'radius-acct 1813/udp radacct\n' +
  'cisco-sccp 2000/tcp\n' +
  'nfs 2049/tcp\n' +
  'nfs 2049/udp\n' +
  'gnunet 2086/tcp\n' +
  'gnunet 2086/udp\n' +
  'rtcm-sc104 2101/tcp\n' +
  'rtcm-sc104 2101/udp\n' +
  'gsigatekeeper 2119/tcp\n' +
  'gris 2135/tcp\n' +
  'cvspserver 2401/tcp\n' +
  'venus 2430/tcp\n' +
  'venus 2430/udp\n' +
  'venus-se 2431/tcp\n' +
  'venus-se 2431/udp\n' +
  'codasrv 2432/tcp\n' +
  'codasrv 2432/udp\n' +
  'codasrv-se 2433/tcp\n' +
  'codasrv-se 2433/udp\n' +
  'mon 2583/tcp\n' +
  'mon 2583/udp\n' +
  'dict 2628/tcp\n' +
  'f5-globalsite 2792/tcp\n' +
  'gsiftp 2811/tcp\n' +
  'gpsd 2947/tcp\n' +
  'gds-db 3050/tcp gds_db\n' +
  'icpv2 3130/udp icp\n' +
  'isns 3205/tcp\n' +
  'isns 3205/udp\n' +
  'iscsi-target 3260/tcp\n' +
  'mysql 3306/tcp\n' +
  'ms-wbt-server 3389/tcp\n' +
  'nut 3493/tcp\n' +
  'nut 3493/udp\n' +
  'distcc 3632/tcp\n' +
  'daap 3689/tcp\n' +
  'svn 3690/tcp subversion\n' +
  'suucp 4031/tcp\n' +
  'sysrqd 4094/tcp\n' +
  'sieve 4190/tcp\n' +
  'epmd 4369/tcp\n' +
  'remctl 4373/tcp\n' +
  'f5-iquery 4353/tcp\n' +
  'ntske 4460/tcp\n' +
  'ipsec-nat-t 4500/udp\n' +
  'iax 4569/udp\n' +
  'mtn 4691/tcp\n' +
  'radmin-port 4899/tcp\n' +
  'sip 5060/tcp\n' +
  'sip 5060/udp\n' +
  'sip-tls 5061/tcp\n' +
  'sip-tls 5061/udp\n' +
  'xmpp-client 5222/tcp jabber-client\n' +
  'xmpp-server 5269/tcp jabber-server\n' +
  'cfengine 5308/tcp\n' +
  'mdns 5353/udp\n' +
  'postgresql 5432/tcp postgres\n' +
  'freeciv 5556/tcp rptp\n' +
  'amqps 5671/tcp\n' +
  'amqp 5672/tcp\n' +
  'amqp 5672/sctp\n' +
  'x11 6000/tcp x11-0\n' +
  'x11-1 6001/tcp\n' +
  'x11-2 6002/tcp\n' +
  'x11-3 6003/tcp\n' +
  'x11-4 6004/tcp\n' +
  'x11-5 6005/tcp\n' +
  'x11-6 6006/tcp\n' +
  'x11-7 6007/tcp\n' +
  'gnutella-svc 6346/tcp\n' +
  'gnutella-svc 6346/udp\n' +
  'gnutella-rtr 6347/tcp\n' +
  'gnutella-rtr 6347/udp\n' +
  'redis 6379/tcp\n' +
  'sge-qmaster 6444/tcp sge_qmaster\n' +
  'sge-execd 6445/tcp sge_execd\n' +
  'mysql-proxy 6446/tcp\n' +
  'babel 6696/udp\n' +
  'ircs-u 6697/tcp\n' +
  'bbs 7000/tcp\n' +
  'afs3-fileserver 7000/udp\n' +
  'afs3-callback 7001/udp\n' +
  'afs3-prserver 7002/udp\n' +
  'afs3-vlserver 7003/udp\n' +
  'afs3-kaserver 7004/udp\n' +
  'afs3-volser 7005/udp\n' +
  'afs3-bos 7007/udp\n' +
  'afs3-update 7008/udp\n' +
  'afs3-rmtsys 7009/udp\n' +
  'font-service 7100/tcp xfs\n' +
  'http-alt 8080/tcp webcache\n' +
  'puppet 8140/tcp\n' +
  'bacula-dir 9101/tcp\n' +
  'bacula-fd 9102/tcp\n' +
  'bacula-sd 9103/tcp\n' +
  'xmms2 9667/tcp\n' +
  'nbd 10809/tcp\n' +
  'zabbix-agent 10050/tcp\n' +
  'zabbix-trapper 10051/tcp\n' +
  'amanda 10080/tcp\n' +
  'dicom 11112/tcp\n' +
  'hkp 11371/tcp\n' +
  'db-lsp 17500/tcp\n' +
  'dcap 22125/tcp\n' +
  'gsidcap 22128/tcp\n' +
  'wnn6 22273/tcp\n' +
  'kerberos4 750/udp kerberos-iv kdc\n' +
  'kerberos4 750/tcp kerberos-iv kdc\n' +
  'kerberos-master 751/udp kerberos_master\n' +
  'kerberos-master 751/tcp\n' +
  'passwd-server 752/udp passwd_server\n' +
  'krb-prop 754/tcp krb_prop krb5_prop hprop\n' +
  'zephyr-srv 2102/udp\n' +
  'zephyr-clt 2103/udp\n' +
  'zephyr-hm 2104/udp\n' +
  'iprop 2121/tcp\n' +
  'supfilesrv 871/tcp\n' +
  'supfiledbg 1127/tcp\n' +
  'poppassd 106/tcp\n' +
  'moira-db 775/tcp moira_db\n' +
  'moira-update 777/tcp moira_update\n' +
  'moira-ureg 779/udp moira_ureg\n' +
  'spamd 783/tcp\n' +
  'skkserv 1178/tcp\n' +
  'predict 1210/udp\n' +
  'rmtcfg 1236/tcp\n' +
  'xtel 1313/tcp\n' +
  'xtelw 1314/tcp\n' +
  'zebrasrv 2600/tcp\n' +
  'zebra 2601/tcp\n' +
  'ripd 2602/tcp\n' +
  'ripngd 2603/tcp\n' +
  'ospfd 2604/tcp\n' +
  'bgpd 2605/tcp\n' +
  'ospf6d 2606/tcp\n' +
  'ospfapi 2607/tcp\n' +
  'isisd 2608/tcp\n' +
  'fax 4557/tcp\n' +
  'hylafax 4559/tcp\n' +
  'munin 4949/tcp lrrd\n' +
  'rplay 5555/udp\n' +
  'nrpe 5666/tcp\n' +
  'nsca 5667/tcp\n' +
  'canna 5680/tcp\n' +
  'syslog-tls 6514/tcp\n' +
  'sane-port 6566/tcp sane saned\n' +
  'ircd 6667/tcp\n' +
  'zope-ftp 8021/tcp\n' +
  'tproxy 8081/tcp\n' +
  'omniorb 8088/tcp\n' +
  'clc-build-daemon 8990/tcp\n' +
  'xinetd 9098/tcp\n' +
  'git 9418/tcp\n' +
  'zope 9673/tcp\n' +
  'webmin 10000/tcp\n' +
  'kamanda 10081/tcp\n' +
  'amandaidx 10082/tcp\n' +
  'amidxtape 10083/tcp\n' +
  'sgi-cmsd 17001/udp\n' +
  'sgi-crsd 17002/udp\n' +
  'sgi-gcd 17003/udp\n' +
  'sgi-cad 17004/tcp\n' +
  'binkp 24554/tcp\n' +
  'asp 27374/tcp\n' +
  'asp 27374/udp\n' +
  'csync2 30865/tcp\n' +
  'dircproxy 57000/tcp\n' +
  'tfido 60177/tcp\n' +
  'fido 60179/tcp\n' +
  '';

/** /etc/protocols: "name number" (what getprotobyname/getprotobynumber read). */
export const PROTOCOLS_TEXT =
  'ip 0 IP\n' +
  'hopopt 0 HOPOPT\n' +
  'icmp 1 ICMP\n' +
  'igmp 2 IGMP\n' +
  'ggp 3 GGP\n' +
  'ipencap 4 IP-ENCAP\n' +
  'st 5 ST\n' +
  'tcp 6 TCP\n' +
  'egp 8 EGP\n' +
  'igp 9 IGP\n' +
  'pup 12 PUP\n' +
  'udp 17 UDP\n' +
  'hmp 20 HMP\n' +
  'xns-idp 22 XNS-IDP\n' +
  'rdp 27 RDP\n' +
  'iso-tp4 29 ISO-TP4\n' +
  'dccp 33 DCCP\n' +
  'xtp 36 XTP\n' +
  'ddp 37 DDP\n' +
  'idpr-cmtp 38 IDPR-CMTP\n' +
  'ipv6 41 IPv6\n' +
  'ipv6-route 43 IPv6-Route\n' +
  'ipv6-frag 44 IPv6-Frag\n' +
  'idrp 45 IDRP\n' +
  'rsvp 46 RSVP\n' +
  'gre 47 GRE\n' +
  'esp 50 IPSEC-ESP\n' +
  'ah 51 IPSEC-AH\n' +
  'skip 57 SKIP\n' +
  'ipv6-icmp 58 IPv6-ICMP\n' +
  'ipv6-nonxt 59 IPv6-NoNxt\n' +
  'ipv6-opts 60 IPv6-Opts\n' +
  'rspf 73 RSPF CPHB\n' +
  'vmtp 81 VMTP\n' +
  'eigrp 88 EIGRP\n' +
  'ospf 89 OSPFIGP\n' +
  'ax.25 93 AX.25\n' +
  'ipip 94 IPIP\n' +
  'etherip 97 ETHERIP\n' +
  'encap 98 ENCAP\n' +
  'pim 103 PIM\n' +
  'ipcomp 108 IPCOMP\n' +
  'vrrp 112 VRRP\n' +
  'l2tp 115 L2TP\n' +
  'isis 124 ISIS\n' +
  'sctp 132 SCTP\n' +
  'fc 133 FC\n' +
  'mobility-header 135 Mobility-Header\n' +
  'udplite 136 UDPLite\n' +
  'mpls-in-ip 137 MPLS-in-IP\n' +
  'manet 138\n' +
  'hip 139 HIP\n' +
  'shim6 140 Shim6\n' +
  'wesp 141 WESP\n' +
  'rohc 142 ROHC\n' +
  'ethernet 143 Ethernet\n' +
  'mptcp 262 MPTCP\n' +
  '';
