sysctl -p /nonexist
echo 'net.ipv4.ip_forward = 1' > /tmp/sc.conf
echo '# comment' >> /tmp/sc.conf
echo '; comment' >> /tmp/sc.conf
echo '' >> /tmp/sc.conf
echo '  net.ipv4.conf.all.rp_filter=2  ' >> /tmp/sc.conf
echo 'net.ipv4.nosuch = 1' >> /tmp/sc.conf
echo '-net.ipv4.nosuch2 = 1' >> /tmp/sc.conf
echo 'bogus line' >> /tmp/sc.conf
echo 'net.ipv4.ip_forward = abc' >> /tmp/sc.conf
sysctl -p /tmp/sc.conf
sysctl -q -p /tmp/sc.conf
sysctl -p/tmp/sc.conf
sysctl --load=/tmp/sc.conf
sysctl -e -p /tmp/sc.conf
sysctl -p
