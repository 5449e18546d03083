ip
ip help
ip foo
ip -foo rule
ip -V
ip -Version
ip -j -p -4 rule
ip -family inet rule
ip -family inet6 rule
ip -f foo rule
ip -f help
ip -f
ip -n
ip -n nosuch rule
ip -netns nosuch rule
ip -b
ip --json rule
ip -- rule
ip -s -s -d rule
ip ru
ip r help
ip -c rule
ip -color=always rule
ip -color=auto rule
ip -color=never rule
ip -color=foo rule
ip -rc
ip -rc 12x rule
ip -rc 1024 rule
ip -l
ip -l 3 rule
ip -ts rule
ip -t rule
ip -br rule
ip -h rule
ip -hel
ip -help
ip -a rule
ip -i rule
ip -o rule
ip -r rule
ip -N rule
ip -M rule
ip -B rule
ip -0 rule
ip -I rule
ip -D rule
ip -4 -6 rule
ip -6 -4 rule
ip -46 rule
ip -echo rule
ip -e rule
ip -force rule
ip -j rule show
ip -pretty rule
ip -json -pretty rule
