sysctl -w net.ipv4.ip_forward=0x1
sysctl net.ipv4.ip_forward
sysctl -w net.ipv4.ip_forward=' 2'
sysctl net.ipv4.ip_forward
sysctl -w net.ipv4.ip_forward='1 2'
sysctl -w net.ipv4.ip_forward=-1
sysctl net.ipv4.ip_forward
sysctl -w net.ipv4.ip_forward=
sysctl -w net.ipv4.ip_forward=99999999999
sysctl -w net.ipv4.conf.all.rp_filter=7
sysctl net.ipv4.conf.all.rp_filter
sysctl -w net.ipv4.conf.all.rp_filter=010
sysctl net.ipv4.conf.all.rp_filter
sysctl -w net.ipv4.ip_forward = 1
sysctl -w net.ipv4.ip_forward =1
sysctl -w "net.ipv4.ip_forward = 0"
sysctl -w "net.ipv4.ip_forward= 1"
sysctl -e -w net.ipv4.conf.zz.rp_filter=1
sysctl -q net.ipv4.ip_forward
sysctl -wq net.ipv4.ip_forward=1
sysctl
sysctl -w
sysctl -x
sysctl -w net.ipv4.conf.all.forwarding=1
sysctl -w net.ipv6.conf.all.forwarding=1
sysctl -w net.ipv4.zzz=1 net.ipv4.ip_forward=0
sysctl net.ipv4.ip_forward=1
sysctl -w net.ipv4.ip_forward=1.5
sysctl -N net.ipv4.ip_forward
sysctl -w net.ipv4.conf.lo/rp_filter=1
sysctl -w net.ipv4.ip_forward=1 -q net.ipv4.conf.all.rp_filter=0
sysctl -w net.ipv4.zzz=1 net.ipv4.yyy=0
sysctl net.ipv4.zzz net.ipv4.yyy net.ipv4.xxx
sysctl -w net.ipv4=1
sysctl -w net.ipv4.conf.all.rp_filter=1 x
sysctl -w -- net.ipv4.ip_forward=1
sysctl --write net.ipv4.ip_forward=1
sysctl --quiet -w net.ipv4.ip_forward=1
sysctl -n -w net.ipv4.ip_forward=1
sysctl -N -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.conf.lo.rp_filter=1
sysctl -w net.ipv4.conf.default.rp_filter=2
sysctl -w net.ipv4.ip_forward=1 net.ipv4.zz
sysctl -w 'net.ipv4.ip_forward=1 '
sysctl net.ipv4.ip_forward
sysctl -w net.ipv6.conf.all.disable_ipv6=1
sysctl -b net.ipv4.ip_forward
sysctl -z
