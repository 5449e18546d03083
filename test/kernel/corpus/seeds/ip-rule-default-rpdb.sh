# ip-rule(8): the default RPDB of three rules
ip rule show
ip -6 rule show
ip rule list
ip -j rule show
ip -d rule show
