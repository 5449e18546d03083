echo 'rule add pref 5 lookup 7 # comment' > /tmp/bt
echo 'rule show' >> /tmp/bt
echo '' >> /tmp/bt
echo 'rule zz' >> /tmp/bt
echo 'rule show pref 5' >> /tmp/bt
ip -batch /tmp/bt
ip -force -batch /tmp/bt
ip -b /nonexist
echo 'rule add pref 6 from "1.2.3.4" lookup 7' > /tmp/bt2
echo 'rule add pref 7 lookup foo' >> /tmp/bt2
echo 'rule show' >> /tmp/bt2
ip -batch /tmp/bt2
ip -force -batch /tmp/bt2
echo 'rule add pref 9 lookup 9' > /tmp/bt3
echo 'rule add pref 9 lookup 9' >> /tmp/bt3
echo '-6 rule' >> /tmp/bt3
echo 'rule show pref 9' >> /tmp/bt3
ip -force -batch /tmp/bt3
ip -6 -batch /tmp/bt3
ip -batch -
ip -batch /tmp/bt3 rule show
