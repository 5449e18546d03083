echo 1 > /proc/sys/net/ipv4/ip_forward
cat /proc/sys/net/ipv4/ip_forward
echo abc > /proc/sys/net/ipv4/ip_forward
echo 2 >> /proc/sys/net/ipv4/conf/all/rp_filter
cat /proc/sys/net/ipv4/conf/all/rp_filter
echo 1 > /proc/sys/net/ipv4/nosuch
echo 1 > /proc/sys/net/ipv4/conf/zz/rp_filter
cat /proc/sys/net/ipv4/nosuch
cat /proc/sys/net/ipv4/conf
echo "1 2" > /proc/sys/net/ipv4/ip_forward
cat /proc/sys/net/ipv4/ip_forward
echo -n 0 > /proc/sys/net/ipv4/ip_forward
cat /proc/sys/net/ipv4/ip_forward
echo > /proc/sys/net/ipv4/ip_forward
echo 99999999999 > /proc/sys/net/ipv4/ip_forward
cat /proc/sys/net/ipv4/ip_forward
