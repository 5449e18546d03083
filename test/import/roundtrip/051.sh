ip link add a0 type veth peer name a1
ip link add b0 type veth peer name b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip addr add 10.0.1.1/24 dev a0
ip addr add 10.0.2.1/24 dev b0
echo 200 isp >> /etc/iproute2/rt_tables
ip route add 162.61.216.112/28 via 10.0.2.34 dev b0
ip route add 78.220.251.0/24 via 10.0.2.36 dev b0 table 300
ip route add 98.64.0.0/12 via 10.0.2.24 dev b0 table 100 proto kernel
ip route add 94.100.99.0/24 via 10.0.1.38 dev a0 table isp
ip route add 128.77.58.0/24 via 10.0.2.5 dev b0 table 100 src 10.0.2.1
ip route add 215.167.0.0/16 via 10.0.1.2 dev a0 table 300
ip route add 119.81.2.0/24 via 10.0.1.9 dev a0 table 100 proto kernel
ip route add 53.77.133.0/24 via 10.0.1.25 dev a0 table 300
ip route add 18.51.0.0/16 via 10.0.1.21 dev a0 table 100
ip route add 4.208.27.0/24 via 10.0.2.20 dev b0 src 10.0.2.1
ip route add 122.134.191.0/24 via 10.0.2.20 dev b0
ip route add 195.187.106.0/24 via 10.0.1.6 dev a0 table 300
ip route add 46.162.0.0/16 via 10.0.2.16 src 10.0.2.1
ip route add 170.37.90.0/24 via 10.0.1.22 dev a0 table 300
ip route add 19.201.24.0/22 via 10.0.1.12 dev a0 table 300 metric 98
ip route add 26.174.40.0/22 via 10.0.1.39 dev a0
ip route add 215.152.224.0/20 via 10.0.1.10 dev a0 metric 6
ip route add 158.177.249.0/24 via 10.0.2.30 dev b0 table 100
ip route add 120.66.130.0/23 via 10.0.1.22 dev a0 table 300
ip route add 176.191.144.0/20 via 10.0.2.2 dev b0 table 300
ip route add 3.104.216.0/24 via 10.0.2.29 dev b0 table isp metric 188
ip route add 217.48.112.0/20 via 10.0.2.15 dev b0 table 100
ip route add 45.188.170.0/23 via 10.0.2.19 dev b0 table 300 proto 99
ip route add 95.83.128.0/19 via 10.0.2.14 dev b0 table isp
ip route add 106.243.222.0/24 via 10.0.1.25 dev a0 table 300 src 10.0.1.1
ip route add 40.239.218.0/23 via 10.0.1.29 dev a0 table 300
ip route add 156.11.175.0/24 via 10.0.1.25 dev a0
ip route add 197.182.99.0/24 via 10.0.2.17 dev b0 table isp
ip route add 44.139.158.0/24 via 10.0.1.17 table 300
ip route add 31.94.53.0/24 via 10.0.1.12 table 300
ip route add 63.187.164.0/22 via 10.0.2.28 dev b0 table 100 proto kernel
ip route add 104.201.160.0/23 via 10.0.2.22 dev b0 table 100
ip route add 216.132.124.0/22 via 10.0.1.37 dev a0 table 100
ip route add 88.97.172.0/24 via 10.0.1.16 dev a0 table 100 proto 99
ip route add 49.218.115.0/24 via 10.0.1.37 dev a0 table 300
ip route add 15.219.72.0/23 via 10.0.2.16 table 300
ip route add 208.139.240.0/20 via 10.0.2.2 dev b0 table isp
ip route add 95.18.134.128/28 via 10.0.1.20 dev a0 table 100
ip route add 6.225.0.0/16 via 10.0.1.11 table 100
ip route add 169.86.43.0/24 via 10.0.2.14 dev b0 table 100
ip route add 82.18.80.0/20 via 10.0.2.9 dev b0 table 300 src 10.0.2.1
ip route add 199.86.36.0/22 via 10.0.2.17 dev b0 table isp
ip route add 214.175.136.0/22 via 10.0.1.19 dev a0 table 300 metric 307
ip route add 193.141.16.0/20 via 10.0.1.19 table 300
ip route add 169.48.0.0/16 via 10.0.1.9 dev a0
ip route add 123.121.134.0/23 via 10.0.1.2 dev a0 metric 497
ip route add 200.255.229.208/28 via 10.0.1.22 table isp
ip route add 40.3.64.0/19 via 10.0.2.22 dev b0 table isp
ip route add 18.118.0.0/16 via 10.0.1.40 dev a0
ip route add 62.176.209.0/24 via 10.0.1.18 dev a0 table 100 proto kernel metric 453
ip route add 110.91.186.0/24 via 10.0.2.18 dev b0
ip route add 92.107.154.0/24 via 10.0.2.38
ip route add 20.91.136.0/22 via 10.0.2.15 dev b0 table 100
ip route add 109.210.64.0/19 via 10.0.1.4 dev a0
ip route add 156.54.120.0/23 via 10.0.2.14 dev b0 table 300
ip route add 9.243.234.0/24 via 10.0.2.13
ip route add 7.154.240.0/22 via 10.0.2.9 dev b0 table isp
ip route add 76.217.48.0/20 via 10.0.1.16 dev a0 metric 480
ip route add 45.34.62.215 via 10.0.2.23 table 100
ip route add 133.91.29.0/24 via 10.0.1.31 dev a0
ip route add 175.139.26.0/23 via 10.0.1.18
ip route add 111.33.79.0/24 via 10.0.1.11 dev a0 table isp
ip route add 221.220.28.0/24 via 10.0.2.11 dev b0 table 100
ip route add 30.150.44.0/23 via 10.0.2.4 dev b0 table isp
ip route add 147.249.213.0/24 via 10.0.1.12 dev a0 table 100
ip route append 162.61.216.112/28 via 10.0.1.35 dev a0 metric 140
ip route add 184.88.56.0/23 via 10.0.1.37 table isp proto 99
ip route add 151.52.92.0/24 via 10.0.2.19 dev b0 table 300 proto 99 metric 85
ip route add 155.155.168.0/24 via 10.0.2.17 dev b0 table 300 metric 499
ip route add 215.178.148.0/22 via 10.0.2.16 dev b0 table isp
ip route add 129.219.224.0/19 via 10.0.1.4 dev a0 table isp proto static
ip route add 137.12.89.0/24 via 10.0.2.38 dev b0 table 300 metric 454
ip route add 107.233.42.0/23 via 10.0.1.36 dev a0 table 100
ip route add 117.55.17.0/24 via 10.0.2.4 dev b0
ip route add 15.168.94.0/24 via 10.0.1.32 dev a0 table 300
ip route add 92.52.56.0/22 via 10.0.2.33 dev b0 table 300
ip route add 81.4.48.0/22 via 10.0.2.13 table isp proto kernel
ip route add 187.96.37.0/24 via 10.0.2.7 dev b0
ip route add 177.238.152.0/24 via 10.0.2.31 dev b0
ip route append 26.174.40.0/22 via 10.0.1.11 dev a0 metric 256
ip route add 191.174.180.0/24 via 10.0.1.39 dev a0 table 100
ip route add 72.127.104.0/24 via 10.0.1.14 dev a0 table isp
ip route add 77.1.132.0/22 via 10.0.2.18 dev b0 table 300
ip route add 202.90.242.0/23 via 10.0.2.38 dev b0 table 100
ip route add 97.241.80.0/22 via 10.0.2.21 table 300 proto kernel
ip route add 216.75.96.0/20 via 10.0.1.23 table 100 proto static
ip route add 45.125.48.0/20 via 10.0.2.15 dev b0 table 100
ip route add 193.16.107.0/24 via 10.0.1.29 dev a0 table 300 proto static
ip route add 129.67.85.0/24 via 10.0.1.15
ip route add 177.12.220.0/22 via 10.0.2.18 dev b0 table isp
ip route append 26.174.40.0/22 via 10.0.2.23 dev b0 metric 179
ip route add 221.182.164.220 via 10.0.1.23 dev a0 table 100 proto static
ip route add 114.188.0.0/16 via 10.0.1.24 dev a0 table 300
ip route add 26.30.88.0/24 via 10.0.1.7 table 300 proto kernel
ip route add 26.1.93.0/24 via 10.0.2.11 dev b0
ip route add 151.69.244.0/24 via 10.0.2.31 table isp
ip route add 41.188.128.0/20 via 10.0.2.39 dev b0 table 100
ip route add 84.113.236.0/22 via 10.0.2.16 dev b0 table 300
ip route add 199.167.208.0/22 via 10.0.2.31 dev b0 table 300 src 10.0.2.1
ip route add 140.241.60.0/24 via 10.0.2.35 dev b0 table isp proto kernel
ip route add 54.214.50.0/24 via 10.0.1.3 dev a0 table 100
ip route add 223.96.0.0/12 via 10.0.1.32
ip route add 45.166.44.0/24 via 10.0.2.27 dev b0 table 100 proto static
ip route add 194.170.126.0/24 via 10.0.1.37 dev a0 table 300 metric 341
ip route add 64.138.77.0/24 via 10.0.1.9 dev a0 table 100
ip route add 132.114.156.80/28 via 10.0.2.17 dev b0
ip route add 216.208.128.0/22 via 10.0.1.32 dev a0 table isp
ip route add 65.73.159.0/24 via 10.0.1.30 dev a0 table 100
ip route add 168.228.224.0/19 via 10.0.2.18 dev b0 table 100
ip route add 182.2.224.0/24 via 10.0.2.17 dev b0 table isp proto kernel
ip route add 78.73.80.0/20 via 10.0.1.25 dev a0 table 100
ip route add 163.164.50.0/23 via 10.0.2.12 dev b0 proto kernel
ip route add 9.74.48.0/24 via 10.0.1.10 dev a0 table isp proto kernel metric 88
ip route add 209.75.219.0/24 via 10.0.1.29 dev a0 table 100
ip route add 124.0.0.0/8 via 10.0.1.13 table 100
ip route add 20.100.51.0/24 via 10.0.1.35 dev a0 table isp
ip route add 96.250.28.0/23 via 10.0.1.19 dev a0 proto static metric 49
ip route add 140.181.184.0/22 via 10.0.1.19 dev a0 table 100 proto kernel
ip route add 149.31.224.0/19 via 10.0.1.23 dev a0 table 300
ip route add 70.127.55.0/24 via 10.0.2.36 dev b0 table isp
ip route add 112.51.129.0/24 via 10.0.1.20 dev a0 table isp
ip route add 99.240.151.0/24 via 10.0.2.26
ip route add 128.148.83.16/28 via 10.0.1.6 dev a0 table isp
ip route add 71.193.32.0/20 via 10.0.2.33 dev b0 table isp
ip route add 4.70.208.0/20 via 10.0.1.14 table 100 proto 99
ip route add 17.176.0.0/12 via 10.0.1.37 dev a0 table 300
ip route add 32.5.16.0/24 via 10.0.1.24 dev a0 table isp
ip route add 132.51.0.0/16 via 10.0.2.18 dev b0 table 100
ip route add 38.170.0.0/16 via 10.0.1.9 dev a0 table 300
ip route add 181.194.99.0/24 via 10.0.1.4 table isp proto kernel metric 183
ip route add 116.26.224.0/22 via 10.0.2.14 dev b0 table 300 proto kernel src 10.0.2.1
ip route add 158.108.28.0/23 via 10.0.2.31 dev b0
ip route add 53.3.188.0/23 via 10.0.1.26 dev a0 table isp
ip route add 201.57.70.0/24 via 10.0.1.3 dev a0
ip route add 139.146.220.0/22 via 10.0.1.39 dev a0 table 100
ip route add 201.14.80.0/24 via 10.0.1.12 dev a0 table 300
ip route add 91.172.16.0/22 via 10.0.2.11 dev b0
ip route add 205.123.200.0/24 via 10.0.1.7 dev a0 table 300 proto static
ip route add 185.230.0.0/16 via 10.0.2.23 dev b0
ip route add 24.152.87.77 via 10.0.1.3 dev a0
ip route add 74.238.18.0/23 via 10.0.1.24 table 300 metric 321
ip route add 143.8.224.0/19 via 10.0.2.13 dev b0 table 300
ip route add 46.74.130.0/23 via 10.0.2.35 dev b0 table isp
ip route add 67.170.187.0/24 via 10.0.1.10 table 100
ip route add 181.32.124.0/22 via 10.0.2.9 dev b0 table 100
ip route add 184.153.60.0/24 via 10.0.2.17 dev b0 table 300
ip route add 66.191.32.0/24 via 10.0.2.19 table 100
ip route add 6.45.248.0/24 via 10.0.2.32 dev b0 table 100
ip route add 133.141.100.0/22 via 10.0.2.34 dev b0 table isp
ip route append 18.118.0.0/16 via 10.0.2.39 dev b0 metric 60
ip route add 165.205.124.0/22 via 10.0.2.34 dev b0 table isp proto kernel
ip route add 83.200.156.0/22 via 10.0.1.18 dev a0 table isp proto kernel
ip route add 209.240.0.0/16 via 10.0.1.28 dev a0 table 100
ip route add 80.97.228.0/23 via 10.0.1.8 dev a0 table 100
ip route add 1.20.113.0/24 via 10.0.1.34 dev a0
ip route add 25.142.84.0/24 via 10.0.1.32 dev a0 table isp metric 190
ip route add 4.109.90.0/24 via 10.0.1.9 table 100
ip route add 112.132.48.0/22 via 10.0.2.3 dev b0 table 300
ip route add 193.135.192.0/19 via 10.0.1.17 dev a0
ip route add 126.34.222.0/24 via 10.0.2.21 dev b0 table 300
ip route add 187.149.234.0/24 via 10.0.1.33 dev a0 table 100 proto 99 metric 412
ip route add 216.127.182.0/24 via 10.0.1.13 src 10.0.1.1
ip route add 192.131.0.0/16 via 10.0.1.34 dev a0 table 100
ip route add 114.237.48.0/24 via 10.0.1.24 dev a0
ip route add 118.213.156.0/22 via 10.0.2.12 dev b0 metric 249
ip route add 74.115.0.0/16 via 10.0.1.26
ip route add 172.195.110.0/24 via 10.0.1.25 table 100
ip route add 70.247.144.0/24 via 10.0.2.8 dev b0 table isp
ip route add 117.124.127.0/24 via 10.0.2.7 dev b0 table 100
ip route add 117.78.208.0/22 via 10.0.1.3 dev a0 table isp
ip route add 95.231.177.0/24 via 10.0.2.39 dev b0 table 100
ip route add 132.229.112.0/20 via 10.0.2.17 dev b0 table isp
ip route add 167.250.26.0/24 via 10.0.1.28 dev a0 table isp
ip route add 203.191.174.144/28 via 10.0.2.26 dev b0
ip route add 164.124.124.0/24 via 10.0.1.40 dev a0 proto static
ip route add 162.150.0.0/24 via 10.0.2.29 table isp
ip route add 29.86.97.128/28 via 10.0.2.33 dev b0
ip route add 29.28.75.0/24 via 10.0.2.35 dev b0
ip route add 29.215.11.0/24 via 10.0.1.5 dev a0 table 100
ip route add 151.74.0.0/19 via 10.0.2.40 table 100
ip route add 196.234.66.0/24 via 10.0.2.33 dev b0 table isp
ip route add 160.47.76.0/24 via 10.0.2.24 dev b0 table isp
ip route add 184.157.74.0/24 via 10.0.2.31 dev b0 table 100 proto kernel
ip route add 91.204.193.0/24 via 10.0.1.26 table isp metric 41
ip route add 28.13.36.0/22 via 10.0.2.37 dev b0 table 300 proto 99
ip route add 201.72.27.80/28 via 10.0.1.22 dev a0 table 300
ip route add 213.69.212.0/22 via 10.0.2.39 dev b0 table isp
ip route add 222.113.198.0/23 via 10.0.1.7 dev a0 proto 99
ip route add 161.136.45.0/24 via 10.0.2.14 dev b0
ip route add 148.215.64.0/19 via 10.0.2.25 dev b0
ip route add 209.148.0.0/16 via 10.0.1.15 dev a0 table isp
ip route append 110.91.186.0/24 via 10.0.1.4 dev a0 metric 381
ip route add 100.249.86.0/23 via 10.0.1.8 dev a0 metric 172
ip route add 97.194.180.0/22 via 10.0.2.24 dev b0 table isp
ip route add 199.206.22.0/23 via 10.0.1.13 table isp
ip route add 131.232.128.0/19 via 10.0.2.21 dev b0 table 300 proto static
ip route add 216.210.174.0/24 via 10.0.2.3 dev b0 table 100
ip route add 174.138.121.0/24 via 10.0.1.27 dev a0 table 100
ip route add 66.160.202.0/23 via 10.0.1.33 dev a0 table 300
ip route add 45.191.64.0/22 via 10.0.2.17 dev b0 table 100
ip route add 152.24.160.0/24 via 10.0.2.31 dev b0 table isp
ip route add 79.80.0.0/16 via 10.0.2.27 dev b0 table isp
ip route add 193.2.46.0/24 via 10.0.1.9 metric 420
ip route append 175.139.26.0/23 via 10.0.2.40 dev b0 metric 489
ip route add 76.169.135.0/24 via 10.0.1.22 dev a0 table 300
ip route add 97.230.238.0/23 via 10.0.2.38 dev b0 table 100
ip route add 27.221.178.0/24 via 10.0.1.36 dev a0 table 300
ip route add 163.249.218.0/24 via 10.0.2.19 dev b0 table 300
ip route add 68.146.120.0/22 via 10.0.2.36 dev b0 proto static
ip route add 217.186.173.0/24 via 10.0.2.7 dev b0 table isp
ip route add 58.109.88.0/23 via 10.0.2.28 dev b0
ip route add 221.120.35.0/24 via 10.0.1.11 dev a0 table 300
ip route add 158.166.240.0/22 via 10.0.2.7 dev b0 table 300 metric 344
ip route add 15.242.163.0/24 via 10.0.1.35 metric 436
ip route add 46.57.70.0/24 via 10.0.1.38 dev a0 table 100 metric 460
ip route add 182.3.214.0/23 via 10.0.2.10 dev b0 table 300 proto 99
ip route add 178.6.241.0/24 via 10.0.1.40 dev a0 table 100 metric 98
ip route add 57.111.0.0/16 via 10.0.2.22 dev b0 table 300
ip route add 131.236.79.0/24 via 10.0.1.16 dev a0 table isp
ip route add 1.30.202.0/24 via 10.0.2.39 dev b0 table 300 proto 99
ip route add 96.85.35.192 via 10.0.2.6 dev b0 table 300 proto 99
ip route add 219.210.224.0/20 via 10.0.2.31 dev b0 proto kernel
ip route add 223.235.0.0/16 via 10.0.1.21 dev a0 table 100
ip route add 219.243.5.0/24 via 10.0.1.31 dev a0 table 100
ip route add 1.125.91.0/24 via 10.0.2.3 dev b0
ip route append 4.208.27.0/24 via 10.0.1.35 metric 285
ip route add 174.13.0.0/16 via 10.0.2.34 dev b0 table 300
ip route add 200.5.80.0/22 via 10.0.2.39 dev b0 table 300 metric 59
ip route add 60.198.119.177 via 10.0.1.22 dev a0
ip route add 131.84.64.0/19 via 10.0.1.6 table 100
ip route add 148.100.208.0/20 via 10.0.2.40 metric 263
ip route add 193.21.0.0/19 via 10.0.1.11 dev a0 table 100
ip route add 97.29.82.0/24 via 10.0.1.7 table 100
ip route add 4.182.0.0/16 via 10.0.2.23 dev b0 table 100
ip route add 125.217.252.0/23 via 10.0.2.10 dev b0 table 300 proto kernel
ip route add 125.165.12.0/22 via 10.0.2.29 dev b0
ip route add 24.3.237.0/24 via 10.0.1.25 table isp
ip route add 9.87.182.0/24 via 10.0.2.18 dev b0 table 100
ip route add 207.96.0.0/12 via 10.0.1.6 dev a0 proto kernel
ip route add 219.166.142.0/24 via 10.0.2.12
ip route add 43.180.193.52 via 10.0.2.39 dev b0 table isp
ip route add 63.48.0.0/12 via 10.0.2.35 dev b0 table isp
ip route add 92.187.55.0/24 via 10.0.1.36 dev a0 table 100 metric 374
ip route add 155.91.245.0/24 via 10.0.2.27 dev b0 table 300 src 10.0.2.1
ip route add 38.222.2.0/24 via 10.0.1.20 dev a0 table isp proto 99
ip route add 95.37.15.0/24 via 10.0.2.7 dev b0 table 300
ip route add 219.160.176.0/20 via 10.0.2.24 dev b0 table 300 metric 271
ip route add 52.127.74.0/24 via 10.0.1.20 dev a0 table isp proto kernel
ip route add 220.158.43.0/24 via 10.0.1.2 table isp
ip route add 210.22.247.0/24 via 10.0.2.32 dev b0
ip route add 172.64.164.0/24 via 10.0.1.27 dev a0 table isp
ip route add 90.159.100.0/24 via 10.0.2.8 dev b0
ip route add 218.10.64.0/20 via 10.0.2.2 dev b0 table 100
ip route add 4.205.163.0/24 via 10.0.2.8 dev b0
ip route add 104.181.3.0/24 via 10.0.2.34 dev b0 proto 99
ip route add 213.155.142.0/24 via 10.0.1.5 dev a0 table 300
ip route add 98.85.49.0/24 via 10.0.1.38 dev a0
ip route append 100.249.86.0/23 via 10.0.1.32 dev a0 metric 237
ip route add 118.98.136.0/23 via 10.0.2.24 dev b0
ip route add 128.173.148.0/24 via 10.0.2.31 dev b0 table isp
ip route add 15.204.111.0/24 via 10.0.1.36 table 100 proto 99
ip route add 81.16.89.96 via 10.0.2.29 dev b0 table 100
ip route add 80.116.0.0/16 via 10.0.2.23 dev b0 src 10.0.2.1
ip route add 70.2.212.0/24 via 10.0.1.10 dev a0
ip route add 140.99.203.0/24 via 10.0.2.31 dev b0 table 300
ip route add 85.27.163.0/24 via 10.0.2.22 dev b0 table 100
ip route add 22.197.0.0/16 via 10.0.1.26 table 300
ip route add 70.48.59.0/24 via 10.0.2.5 dev b0 table 300 proto 99
ip route add 23.98.242.0/23 via 10.0.1.22 dev a0 table 300 proto static
ip route add 86.112.194.0/24 via 10.0.2.6 table 100
ip route add 160.102.121.0/24 via 10.0.2.37
ip route add 17.129.243.0/24 via 10.0.1.35 dev a0
ip route add 53.127.102.0/24 via 10.0.2.27 dev b0 table 100
ip route add 220.87.222.0/24 via 10.0.1.29 table isp proto kernel
ip route add 75.155.46.0/24 via 10.0.1.39 dev a0 table 100
ip route add 208.40.144.0/24 via 10.0.2.3 dev b0 table isp
ip route add 131.147.110.0/24 via 10.0.2.18 table isp proto 99
ip route add 118.92.93.0/24 via 10.0.2.10 dev b0 table 300
ip route add 65.62.56.0/22 via 10.0.1.20 dev a0 table isp
ip route add 148.240.102.0/24 via 10.0.2.6 dev b0 table 100
ip route add 217.98.112.0/22 via 10.0.1.36 dev a0 table isp metric 10
ip route add 108.176.0.0/12 via 10.0.1.26 dev a0
ip route add 66.9.16.0/20 via 10.0.2.8 dev b0 table isp
ip route add 153.48.56.0/24 via 10.0.2.15 dev b0 table 100 metric 430
ip route add 93.40.10.0/24 via 10.0.2.35 dev b0 table 100
ip route add 65.187.228.0/23 via 10.0.2.3 table 300
ip route add 150.168.137.0/24 via 10.0.1.8 dev a0 table isp
ip route add 204.209.232.0/23 via 10.0.1.35 dev a0 table 100 src 10.0.1.1
ip route add 16.189.128.0/20 via 10.0.1.5 dev a0 metric 238
ip route add 121.202.128.0/19 via 10.0.1.39 dev a0 src 10.0.1.1
ip route add 90.36.182.0/24 via 10.0.2.32 dev b0 table 100
ip route add 47.24.50.0/24 via 10.0.1.18 dev a0 table 300 proto static
ip route add 39.131.0.0/16 via 10.0.1.4 dev a0 table 300
ip route add 144.127.248.0/24 via 10.0.2.24 dev b0 table isp metric 401
ip route add 48.133.204.0/22 via 10.0.2.31 dev b0 table 300
ip route add 120.122.176.0/22 via 10.0.2.3 dev b0 proto static
ip route add 110.0.0.0/8 via 10.0.2.37 dev b0
ip route add 20.243.16.0/20 via 10.0.2.4 dev b0 table isp metric 423
ip route add 83.42.0.0/16 via 10.0.2.6 dev b0
ip route add 213.14.227.0/24 via 10.0.2.26 dev b0 table 100
ip route add 177.194.162.0/23 via 10.0.1.29 dev a0 table isp metric 348
ip route add 62.116.70.0/23 via 10.0.2.16 dev b0 table 300
ip route add 153.44.65.0/24 via 10.0.1.36 dev a0 table 100
ip route add 71.138.218.0/24 via 10.0.2.19 dev b0 table 300
ip route add 15.182.152.0/23 via 10.0.1.36 dev a0 table isp proto static
ip route add 38.80.0.0/16 via 10.0.1.16 dev a0 table isp src 10.0.1.1
ip route add 147.200.222.0/24 via 10.0.1.32
ip route add 102.202.68.0/22 via 10.0.1.39 table 300 proto kernel
ip route add 64.122.224.0/24 via 10.0.2.5 dev b0
ip route add 144.101.192.0/22 via 10.0.1.26 dev a0 table 300
ip route add 105.97.190.0/24 via 10.0.1.5 table isp proto 99
ip route add 191.171.77.0/24 via 10.0.2.8 dev b0
ip route add 80.82.73.0/24 via 10.0.1.37 dev a0 table isp
ip route add 100.193.13.0/24 via 10.0.2.14 table 300
ip route add 195.153.0.0/16 via 10.0.1.36 dev a0 table 100
ip route add 108.37.78.0/23 via 10.0.1.31 table 100 proto 99 metric 418
ip route add 17.146.208.0/22 via 10.0.2.29 dev b0 table isp
ip route add 203.228.190.0/24 via 10.0.2.18 dev b0 table isp proto static
ip route add 20.211.197.0/24 via 10.0.2.38 dev b0 table isp
ip route append 4.205.163.0/24 via 10.0.1.31 dev a0 metric 76
ip route add 83.136.73.171 via 10.0.2.30 table isp
ip route add 48.20.110.0/24 via 10.0.1.18 dev a0
ip route add 223.153.150.0/24 via 10.0.1.13 dev a0 table 300 proto 99
ip route add 49.198.53.0/24 via 10.0.2.10 dev b0 table isp
ip route add 31.20.160.0/20 via 10.0.1.21 dev a0
ip route add 212.65.53.0/24 via 10.0.1.20 dev a0 table 100
ip route add 222.33.112.0/20 via 10.0.2.14 proto 99
ip route append 1.125.91.0/24 via 10.0.2.18 dev b0 src 10.0.2.1 metric 463
ip route append 4.205.163.0/24 via 10.0.2.35 dev b0 proto 99 metric 368
ip route add 88.184.160.0/19 via 10.0.1.40
ip route add 176.14.0.0/16 via 10.0.2.27 dev b0
ip route add 211.38.141.0/24 via 10.0.2.16 dev b0 table 100
ip route add 210.139.77.0/24 via 10.0.2.31 dev b0 table 100 proto static
ip route add 191.198.170.0/24 via 10.0.1.36 table 100
ip route add 100.142.80.0/22 via 10.0.1.7 dev a0 table isp metric 432
ip route add 43.39.37.200 via 10.0.1.12 dev a0 proto 99
ip route add 59.95.46.0/24 via 10.0.1.12 dev a0 table 100
ip route add 107.212.192.0/24 via 10.0.1.33 dev a0 table isp
ip route add 93.102.128.0/19 via 10.0.1.18 dev a0 table 300 proto 99
ip route add 53.93.97.0/24 via 10.0.1.23 table 300
ip route add 195.141.170.0/24 via 10.0.2.40 table 100 proto static
ip route add 167.183.77.0/24 via 10.0.1.32 dev a0 table 100
ip route add 103.59.204.0/22 via 10.0.1.17 dev a0
ip route add 108.57.0.0/16 via 10.0.2.13 dev b0 table 100
ip route add 154.66.179.0/24 via 10.0.1.9 table 300
ip route add 115.72.49.0/24 via 10.0.2.34 dev b0 metric 340
ip route append 96.250.28.0/23 via 10.0.2.26 dev b0 metric 473
ip route add 62.219.16.0/20 via 10.0.2.21 table isp
ip route append 175.139.26.0/23 via 10.0.2.34 dev b0 metric 394
ip route add 75.245.192.0/20 via 10.0.1.25 dev a0 table 300
ip route add 61.158.238.0/24 via 10.0.2.26 dev b0 table 300
ip route add 37.85.28.0/22 via 10.0.1.12 dev a0 table 300 proto 99
ip route add 112.203.0.0/16 via 10.0.2.4 table 100
ip route add 201.180.236.0/24 via 10.0.1.14 dev a0 table isp proto kernel src 10.0.1.1
ip route add 146.95.80.0/20 via 10.0.2.18 dev b0 table 100 proto 99
ip route add 44.136.18.64/28 via 10.0.1.37 dev a0 table isp
ip route add 209.3.37.0/24 via 10.0.1.33 dev a0
ip route add 7.68.234.0/24 via 10.0.1.31 table isp
ip route add 96.66.132.0/22 via 10.0.1.36 dev a0
ip route add 149.89.12.0/22 via 10.0.2.5 dev b0 table isp
ip route add 145.168.0.0/16 via 10.0.2.17 table isp
ip route add 156.224.132.0/22 via 10.0.1.13 proto 99
ip route add 62.132.0.0/16 via 10.0.1.34 dev a0 table isp
ip route add 158.193.198.0/24 via 10.0.2.12 dev b0 table 300 src 10.0.2.1
ip route add 22.156.148.0/22 via 10.0.1.20 dev a0 table 100
ip route add 136.23.140.0/22 via 10.0.1.6 dev a0 table 300
ip route add 70.73.100.0/22 via 10.0.2.26 dev b0 table 300
ip route add 220.179.142.0/23 via 10.0.2.23 dev b0 table 100
ip route add 91.104.0.0/16 via 10.0.1.29 dev a0 table isp
ip route add 217.26.144.0/24 via 10.0.2.25 dev b0 table 300
ip route add 173.96.0.0/12 via 10.0.1.18 dev a0 table 100
ip route add 68.187.172.0/22 via 10.0.1.6 dev a0
ip route add 106.199.23.0/24 via 10.0.2.10 dev b0 table isp
ip route add 153.92.184.0/22 via 10.0.1.3 dev a0
ip route add 220.240.221.0/24 via 10.0.2.24 dev b0 table isp proto static
ip route add 116.2.80.0/20 via 10.0.1.10
ip route add 107.119.1.0/24 via 10.0.2.5 dev b0 src 10.0.2.1
ip route add 194.171.4.0/22 via 10.0.1.21 dev a0 table 100
ip route add 168.14.31.0/24 via 10.0.2.4 dev b0 table 100
ip route add 209.167.0.0/16 via 10.0.1.11 table isp
ip route add 182.73.230.0/23 via 10.0.1.11 table 300
ip route add 142.196.141.0/24 via 10.0.2.29 dev b0
ip route add 156.226.125.0/24 via 10.0.2.12 dev b0 table isp
ip route add 145.106.134.0/23 via 10.0.1.24 dev a0 table isp
ip route add 33.55.144.0/20 via 10.0.2.4 dev b0 table 300
ip route add 110.30.196.0/24 via 10.0.2.39 dev b0
ip route add 192.191.160.0/20 via 10.0.2.39 dev b0 table isp
ip route add 221.143.172.0/22 via 10.0.1.8 dev a0 table isp
ip route add 157.251.228.0/22 via 10.0.2.5 table 300
ip route add 177.176.80.0/20 via 10.0.1.34 dev a0 table 300
ip route add 74.180.48.0/20 via 10.0.2.37 dev b0 table 100 proto static
ip route add 218.10.129.0/24 via 10.0.2.39 dev b0 table 100 src 10.0.2.1
ip route add 167.20.32.0/20 via 10.0.1.8 dev a0 table 100 proto kernel
ip route add 85.25.113.0/24 via 10.0.1.38 dev a0 table isp
ip route add 56.39.27.0/24 via 10.0.2.39 dev b0 proto static
ip route add 201.16.192.0/20 via 10.0.2.6 table 100
ip route add 175.69.45.0/24 via 10.0.1.35 dev a0 table 100 proto static
ip route add 160.204.80.0/20 via 10.0.1.5 dev a0 table 100
ip route add 19.156.239.0/24 via 10.0.1.16 dev a0 table 100
ip route add 178.120.0.0/16 via 10.0.1.38
ip route add 78.187.160.0/20 via 10.0.1.19 dev a0
ip route add 218.87.208.0/20 via 10.0.2.6 dev b0 table 100 metric 241
ip route add 37.198.33.0/24 via 10.0.1.7 dev a0
ip route add 193.138.16.128/28 via 10.0.1.6 dev a0 table 300
ip route add 188.174.41.0/24 via 10.0.2.19 table isp proto 99
ip route add 222.128.115.0/24 via 10.0.2.29 dev b0 table isp
ip route add 126.193.27.0/24 via 10.0.2.3 table 300
ip route add 183.221.125.0/24 via 10.0.1.30 dev a0 table isp
ip route add 91.135.182.0/23 via 10.0.2.16 dev b0 table 300
ip route add 130.94.0.0/23 via 10.0.1.31 dev a0 table isp metric 321
ip route add 183.32.205.0/24 via 10.0.1.30 dev a0
ip route add 15.34.215.0/24 via 10.0.2.26 dev b0
ip route add 8.5.25.0/24 via 10.0.2.24 dev b0 table 300 metric 324
ip route add 40.244.230.0/23 via 10.0.2.13 table isp proto kernel
ip route add 18.198.101.0/24 via 10.0.1.16 dev a0 table isp
ip route add 130.221.208.0/24 via 10.0.1.22 dev a0 table isp proto kernel
ip route add 37.61.34.0/24 via 10.0.1.15 dev a0 table isp proto static metric 64
ip route add 69.54.191.84 via 10.0.2.25 dev b0 table isp proto static
ip route add 105.70.0.0/16 via 10.0.1.9 dev a0
ip route add 64.155.141.0/24 via 10.0.2.27 table 300
ip route add 218.143.236.0/24 via 10.0.1.2 dev a0 table 300 metric 412
ip route add 87.144.236.0/24 via 10.0.2.28 dev b0
ip route add 195.202.124.0/22 via 10.0.2.23 dev b0 table 100
ip route add 23.39.17.0/24 via 10.0.1.15 table 300
ip route add 41.221.36.0/24 via 10.0.2.22 dev b0 table isp
ip route add 7.170.5.0/24 via 10.0.2.13
ip route add 92.251.150.0/24 via 10.0.2.2 dev b0 table 300
ip route add 140.236.172.0/22 via 10.0.1.33 dev a0 table 300 proto 99
ip route add 51.107.0.0/16 via 10.0.1.20 dev a0 table 100
ip route add 23.115.60.0/22 via 10.0.1.9 dev a0
ip route add 79.119.131.0/24 via 10.0.1.21 dev a0 table 300
ip route add 18.27.120.0/22 via 10.0.1.9 table 300
ip route add 169.225.249.90 via 10.0.2.18 table 300
ip route add 24.83.24.0/24 via 10.0.1.3 dev a0 table isp
ip route add 99.112.173.0/24 via 10.0.1.40 dev a0 table 300 proto kernel metric 464
ip route add 20.161.20.0/24 via 10.0.2.36 dev b0 table 300
ip route add 200.83.224.0/19 via 10.0.1.12 dev a0 table 100
ip route add 161.176.12.0/23 via 10.0.1.10 dev a0 table 300
ip route add 182.94.67.0/24 via 10.0.2.6 dev b0 table 100
ip route add 16.170.116.0/23 via 10.0.2.31 dev b0 table 100
ip route add 122.76.128.0/22 via 10.0.2.30 dev b0 table 100 metric 386
ip route add 38.63.192.0/19 via 10.0.2.30 dev b0 table 100
ip route add 213.57.98.0/24 via 10.0.2.10 dev b0
ip route add 72.83.24.0/24 via 10.0.2.32 dev b0 table 100
ip route add 198.42.116.0/24 via 10.0.1.35 table 300
ip route add 46.26.200.0/22 via 10.0.1.17 dev a0
ip route add 11.158.88.0/23 via 10.0.1.6 table 100
ip route add 152.119.160.0/19 via 10.0.2.14 dev b0 table 300
ip route add 43.102.15.13 via 10.0.2.9 dev b0 table 100
ip route add 176.138.224.0/19 via 10.0.1.15 dev a0 table isp proto static
ip route add 39.91.96.0/24 via 10.0.2.13
ip route add 56.103.137.0/24 via 10.0.1.15 table 100
ip route add 141.97.125.0/24 via 10.0.1.4 dev a0 table isp
ip route add 146.143.246.0/24 via 10.0.2.32 dev b0 table 100
ip route add 44.238.109.0/24 via 10.0.2.26 table 300
ip route add 47.36.117.0/24 via 10.0.2.19 dev b0 table isp proto static
ip route add 30.61.156.0/22 via 10.0.1.37
ip route add 159.1.0.0/16 via 10.0.1.11 dev a0
ip route add 72.222.244.0/24 via 10.0.1.7 dev a0 table 100
ip route add 88.112.0.0/12 via 10.0.2.30 table 300
ip route add 135.132.67.0/24 via 10.0.2.17 table 300
ip route add 14.55.174.0/23 via 10.0.2.8 dev b0 table 100
ip route add 74.219.12.0/22 via 10.0.1.27 dev a0 table 100
ip route add 39.163.0.0/16 via 10.0.1.6 dev a0 table 100
ip route add 25.204.182.0/24 via 10.0.1.7 dev a0 table isp
ip route add 119.14.24.0/24 via 10.0.2.36 dev b0 table isp
ip route append 129.67.85.0/24 via 10.0.2.20 metric 48
ip route add 119.80.128.0/22 via 10.0.1.14 dev a0 table 100 src 10.0.1.1
ip route add 53.235.164.0/22 via 10.0.2.20 table isp
ip route add 16.165.17.112/28 via 10.0.2.3 dev b0
ip route add 180.39.84.0/24 via 10.0.2.12 table isp
ip route add 150.171.0.0/16 via 10.0.1.23 dev a0 table isp
ip route add 166.22.190.0/23 via 10.0.1.33 dev a0 proto 99
ip route add 79.100.206.0/24 via 10.0.2.20 dev b0 table 100 proto static src 10.0.2.1
ip route add 75.208.96.0/19 via 10.0.1.11 dev a0 table 100
ip route add 59.20.207.0/24 via 10.0.1.19 dev a0 table 300
ip route add 81.13.105.0/24 via 10.0.1.22 dev a0 table 100 proto static
ip route add 7.147.0.0/16 via 10.0.2.36 dev b0 table isp src 10.0.2.1
ip route add 163.184.240.0/20 via 10.0.2.30 dev b0 table 300
ip route append 1.20.113.0/24 via 10.0.2.28 dev b0 metric 316
ip route add 120.199.0.0/16 via 10.0.2.32 dev b0 table 100
ip route add 92.146.105.240/28 via 10.0.1.8 dev a0 table 300
ip route add 83.3.151.0/24 via 10.0.2.32 dev b0
ip route add 42.201.104.0/24 via 10.0.2.34 dev b0 table isp
ip route add 129.164.174.0/24 via 10.0.2.24 dev b0
ip route add 80.84.208.0/22 via 10.0.2.3 dev b0
ip route add 53.251.224.0/24 via 10.0.2.10 dev b0 proto kernel metric 294
ip route append 92.107.154.0/24 via 10.0.2.17 dev b0 proto kernel metric 301
ip route append 159.1.0.0/16 via 10.0.2.32 dev b0 metric 495
ip route add 117.115.27.157 via 10.0.1.15 dev a0 table 300
ip route add 194.95.22.0/23 via 10.0.2.11 dev b0 table isp
ip route add 27.28.208.0/24 via 10.0.2.40 dev b0 table 300 metric 374
ip route add 45.0.0.0/8 via 10.0.2.20 dev b0 table 300
ip route add 68.52.103.0/24 via 10.0.2.35 dev b0 table 300 proto 99 src 10.0.2.1
ip route add 24.0.139.0/24 via 10.0.1.38 dev a0 table 300
ip route add 182.76.170.0/23 via 10.0.1.14 dev a0 table 300
ip route add 92.142.160.0/20 via 10.0.1.11 dev a0 table 100
ip route add 54.200.41.0/24 via 10.0.2.32 dev b0 table isp metric 51
ip route add 196.60.73.0/24 via 10.0.2.7 dev b0 table 300
ip route append 118.213.156.0/22 via 10.0.1.34 dev a0 proto 99 metric 75
ip route add 211.115.32.0/24 via 10.0.1.19 dev a0 table isp
ip route add 215.37.184.0/24 via 10.0.2.32 dev b0 table 300
ip route add 60.17.222.136 via 10.0.1.27 dev a0
ip route add 167.93.68.0/22 via 10.0.2.40 dev b0 table 300 metric 323
ip route add 99.231.178.0/24 via 10.0.2.9 dev b0 table isp proto static metric 322
ip route add 137.96.64.0/24 via 10.0.1.30 dev a0
ip route add 110.143.228.0/24 via 10.0.2.12 dev b0
ip route add 14.210.118.0/24 via 10.0.1.10 table 300 proto static
ip route add 176.80.142.0/24 via 10.0.1.27 dev a0
ip route add 33.19.220.60 via 10.0.1.27 dev a0 table 100
ip route add 198.240.224.0/19 via 10.0.1.4 dev a0 table 300
ip route add 55.224.92.0/22 via 10.0.1.16 dev a0 table 100 src 10.0.1.1
ip route add 151.103.44.0/23 via 10.0.1.8 dev a0 table 300
ip route add 121.81.224.0/19 via 10.0.2.4 dev b0 table 300
ip route add 182.115.103.0/24 via 10.0.2.4 dev b0 table 300 proto kernel
ip route add 142.176.0.0/12 via 10.0.2.32 dev b0
ip route add 177.127.147.0/24 via 10.0.1.25 dev a0 table isp
ip route add 30.128.54.0/24 via 10.0.2.11 dev b0 table 300
ip route add 42.193.176.0/20 via 10.0.2.8 dev b0 table 300 proto static
ip route add 191.159.52.0/24 via 10.0.1.40 dev a0 table 300
ip route add 171.57.48.0/20 via 10.0.2.14 dev b0 table isp proto static
ip route add 149.0.130.0/24 via 10.0.1.10 dev a0 table 100
ip route add 203.119.88.0/24 via 10.0.2.18 dev b0 table isp
ip route add 141.64.96.0/19 via 10.0.2.2 dev b0 table 100 proto kernel src 10.0.2.1 metric 59
ip route add 173.85.89.0/24 via 10.0.1.30 dev a0
ip route add 61.103.246.0/24 via 10.0.2.38 table 100
ip route add 90.175.235.0/24 via 10.0.2.33 table 300
ip route add 73.2.175.0/24 via 10.0.2.33 dev b0 table 300 proto static src 10.0.2.1
ip route add 35.107.141.0/24 via 10.0.2.7
ip route add 100.166.124.0/24 via 10.0.2.24 dev b0 table isp
ip route add 24.170.244.0/22 via 10.0.2.16 dev b0
ip route add 191.161.70.0/24 via 10.0.2.40 dev b0 table isp proto static
ip route add 179.180.222.0/24 via 10.0.1.16 table 300
ip route add 99.198.79.0/24 via 10.0.1.12 dev a0 table 300
ip route add 192.228.8.0/24 via 10.0.1.10 dev a0 table 300
ip route add 75.215.32.0/19 via 10.0.1.12 dev a0 table 100
ip route add 81.110.28.0/22 via 10.0.2.9 dev b0 table 300
ip route add 62.101.216.0/24 via 10.0.1.39 dev a0 table 300
ip route add 74.243.50.97 via 10.0.2.25 dev b0 table isp
ip route add 19.51.144.0/24 via 10.0.1.10 dev a0 table isp proto 99
ip route add 59.4.124.0/24 via 10.0.1.26 dev a0
ip route add 1.17.208.0/22 via 10.0.1.28 dev a0 table isp
ip route add 74.219.4.0/24 via 10.0.1.29 dev a0 table isp metric 2
ip route add 15.26.0.0/16 via 10.0.1.20 dev a0 table 100
ip route add 215.195.118.0/24 via 10.0.1.7 dev a0 table 300
ip route add 144.217.1.53 via 10.0.2.23 table isp
ip route add 197.230.0.0/16 via 10.0.1.27 dev a0 table 300
ip route add 83.197.0.0/24 via 10.0.2.15 dev b0 table 300
ip route add 3.80.0.0/12 via 10.0.2.5 dev b0 table isp
ip route add 64.93.0.0/16 via 10.0.2.27 dev b0 src 10.0.2.1
ip route add 133.241.242.0/24 via 10.0.1.29 dev a0 table isp proto 99
ip route add 63.226.192.0/19 via 10.0.2.37 src 10.0.2.1
ip route add 6.192.0.0/19 via 10.0.2.7 dev b0 table 100
ip route add 119.211.70.0/24 via 10.0.2.18 dev b0 table 100
ip route add 13.185.224.0/20 via 10.0.2.2 dev b0
ip route add 86.141.180.0/22 via 10.0.2.24 dev b0 table isp
ip route add 44.3.17.0/24 via 10.0.1.38 dev a0 table isp proto 99
ip route add 146.154.72.0/23 via 10.0.2.17 dev b0 table isp
ip route add 95.108.200.0/22 via 10.0.1.23 dev a0 table 300
ip route add 182.241.200.0/22 via 10.0.2.26 table isp
ip route add 202.52.99.0/24 via 10.0.2.19 dev b0 table 300
ip route add 2.63.100.0/24 via 10.0.1.34 dev a0 table 100
ip route add 190.144.25.0/24 via 10.0.1.17 dev a0
ip route add 164.233.226.0/24 via 10.0.1.36 table 100 proto 99
ip route add 6.157.32.0/19 via 10.0.1.38 table isp
ip route add 23.134.230.0/24 via 10.0.2.13 dev b0 table isp
ip route add 43.78.224.0/19 via 10.0.2.24 dev b0 src 10.0.2.1
ip route add 91.0.0.0/8 via 10.0.1.12
ip route add 33.20.160.0/20 via 10.0.2.2 dev b0
ip route add 212.187.152.0/22 via 10.0.1.7 dev a0 table isp
ip route add 57.27.90.109 via 10.0.1.14 dev a0 table isp
ip route add 165.45.156.0/22 via 10.0.2.9 dev b0
ip route add 153.95.233.0/24 via 10.0.1.24 table 300
ip route append 35.107.141.0/24 via 10.0.2.37 proto kernel metric 310
ip route add 171.39.104.0/22 via 10.0.1.12 dev a0 table 100
ip route add 103.99.114.0/24 via 10.0.2.36 table 300
ip route add 63.86.0.0/24 via 10.0.1.32 table 100
ip route add 218.144.196.0/22 via 10.0.2.17 dev b0 metric 423
ip route add 68.36.204.0/23 via 10.0.2.9 dev b0
ip route add 14.53.116.0/22 via 10.0.1.4 table isp
ip route add 133.174.105.0/24 via 10.0.1.11 dev a0 table 100 metric 223
ip route add 97.160.12.0/24 via 10.0.2.5 dev b0 table isp
ip route add 168.117.64.0/23 via 10.0.1.20 table 300 src 10.0.1.1
ip route add 145.183.224.0/20 via 10.0.1.23 table 100
ip route add 134.192.145.0/24 via 10.0.1.21 dev a0
ip route add 5.166.0.0/19 via 10.0.1.17 dev a0
ip route add 146.202.0.0/16 via 10.0.1.34
ip route add 113.40.193.0/24 via 10.0.2.23 dev b0 table 100
ip route add 25.78.176.0/20 via 10.0.1.39 dev a0 table isp metric 217
ip route add 33.250.132.0/22 via 10.0.1.31 dev a0 table 100
ip route add 168.61.162.0/24 via 10.0.2.3 dev b0 table 100
ip route add 221.31.50.0/24 via 10.0.1.16
ip route add 163.195.253.0/24 via 10.0.2.15 table isp proto 99
ip route add 174.131.220.0/24 via 10.0.1.2 table 300
ip route add 43.192.160.0/24 via 10.0.2.15 dev b0 table isp src 10.0.2.1
ip route add 113.5.139.0/24 via 10.0.2.26 dev b0
ip route add 28.106.128.0/20 via 10.0.1.31 dev a0 table 300
ip route add 151.251.176.0/22 via 10.0.2.37 dev b0 table 100 proto kernel metric 177
ip route add 217.120.128.0/19 via 10.0.1.34 dev a0 table isp
ip route add 22.58.48.0/22 via 10.0.2.23 dev b0 table isp
ip route add 167.64.184.0/22 via 10.0.2.16 dev b0 table 300
ip route add 149.240.0.0/12 via 10.0.1.32 dev a0 table 100
ip route add 56.127.252.0/22 via 10.0.1.26 dev a0
ip route add 212.92.243.0/24 via 10.0.1.15 dev a0
ip route add 31.191.143.0/24 via 10.0.2.17 src 10.0.2.1
ip route add 141.87.150.0/24 via 10.0.1.12 dev a0 table 100
ip route add 195.184.168.0/22 via 10.0.1.13 dev a0 src 10.0.1.1
ip route add 38.106.176.0/20 via 10.0.1.7 dev a0 table 100
ip route add 215.35.230.0/23 via 10.0.1.31 dev a0 proto static
ip route add 172.77.36.0/22 via 10.0.2.8 table 100 proto static
ip route add 147.173.40.0/24 via 10.0.2.14 dev b0 table 100
ip route add 218.128.0.0/12 via 10.0.2.3 dev b0 proto 99
ip route add 43.86.38.0/24 via 10.0.1.39 dev a0 table 100
ip route add 101.37.128.0/19 via 10.0.1.24 dev a0 table 100
ip route add 212.62.0.0/16 via 10.0.1.34 dev a0 table 300
ip route add 176.40.125.0/24 via 10.0.1.26 dev a0 table 100
ip route add 188.250.144.0/24 via 10.0.2.30 dev b0 table isp
ip route add 150.0.226.0/24 via 10.0.1.5 dev a0 table isp
ip route add 216.81.232.0/22 via 10.0.2.28 dev b0 table isp
ip route add 131.192.0.0/16 via 10.0.1.12 table 100 metric 490
ip route append 60.198.119.177 via 10.0.1.28 dev a0 metric 465
ip route add 71.239.151.0/24 via 10.0.1.29 dev a0 table 300
ip route add 137.242.224.0/20 via 10.0.2.34 dev b0 table isp proto 99
ip route append 160.102.121.0/24 via 10.0.2.13 dev b0 metric 38
ip route add 158.74.160.0/22 via 10.0.1.3 dev a0 table 100
ip route add 136.19.156.0/22 via 10.0.1.27 dev a0 table 100
ip route add 94.177.226.0/23 via 10.0.2.7 dev b0 proto kernel
ip route add 3.165.192.0/20 via 10.0.2.22 dev b0
ip route add 182.53.0.0/16 via 10.0.2.18 dev b0 table isp proto static
ip route add 188.201.144.0/20 via 10.0.2.5 dev b0 proto 99
ip route add 29.157.164.0/23 via 10.0.1.25 dev a0 table 300 proto static
ip route add 145.109.218.0/23 via 10.0.1.13 dev a0 table 300
ip route add 158.153.0.0/16 via 10.0.2.8 dev b0 table 100
ip route add 170.223.0.0/16 via 10.0.1.4 dev a0 table isp
ip route append 26.174.40.0/22 via 10.0.1.36 dev a0 proto kernel metric 373
ip route add 46.113.112.0/20 via 10.0.1.15 table 300 proto kernel
ip route add 159.182.16.0/20 via 10.0.2.38 dev b0 table 300
ip route add 95.3.128.0/22 via 10.0.2.36 dev b0 table 300
ip route add 129.209.12.0/22 via 10.0.2.23 table isp
ip route add 30.131.232.0/24 via 10.0.2.10 dev b0 table 100 proto kernel src 10.0.2.1
ip route add 165.244.0.0/16 via 10.0.2.23 dev b0 table isp src 10.0.2.1
ip route add 191.189.86.167 via 10.0.2.8 dev b0 table 300
ip route add 210.248.50.0/24 via 10.0.2.14 dev b0 table 300
ip route add 219.245.12.0/24 via 10.0.1.3 dev a0 table 300 proto static
ip route add 55.134.255.0/24 via 10.0.2.9 dev b0 table 100
ip route add 158.18.128.0/19 via 10.0.2.6 dev b0
ip route add 176.198.43.0/24 via 10.0.2.25 dev b0 table 300 proto static
ip route add 106.236.48.0/20 via 10.0.2.34
ip route add 110.142.167.0/24 via 10.0.1.27 dev a0
ip route add 182.35.120.0/24 via 10.0.2.30 dev b0
ip route add 91.40.48.0/22 via 10.0.2.12 dev b0 table 100
ip route add 172.17.176.0/22 via 10.0.2.23 dev b0 table 100
ip route add 216.44.220.0/24 via 10.0.1.39 dev a0 table 100
ip route add 92.80.131.0/24 via 10.0.2.26 dev b0 proto kernel
ip route add 145.224.0.0/12 via 10.0.1.3 dev a0 table isp src 10.0.1.1
ip route add 79.128.17.0/24 via 10.0.1.37 dev a0 table isp
ip route add 29.149.96.0/20 via 10.0.1.23 dev a0 table 100
ip route add 62.132.0.0/24 via 10.0.1.22 metric 314
ip route add 12.136.0.0/16 via 10.0.2.34 table 100
ip route add 5.180.52.0/22 via 10.0.2.28 dev b0 table isp
ip route add 8.249.216.63 via 10.0.2.9 dev b0 table 100
ip route add 32.1.113.0/24 via 10.0.2.7 dev b0 table 300
ip route add 50.11.212.0/22 via 10.0.1.25 dev a0 table isp
ip route add 77.125.0.0/20 via 10.0.1.31 dev a0 table 300
ip route add 99.98.0.0/16 via 10.0.1.7 dev a0 table 300
ip route add 15.5.176.0/22 via 10.0.2.36 dev b0 table 100 metric 238
ip route add 59.44.91.0/24 via 10.0.1.9 dev a0 src 10.0.1.1
ip route add 213.215.56.0/24 via 10.0.1.12 dev a0 table 300 proto static
ip route add 88.82.220.125 via 10.0.2.24 table isp
ip route add 197.187.202.0/24 via 10.0.2.18 dev b0 table isp
ip route add 89.177.204.0/23 via 10.0.2.17 dev b0 table 100
ip route add 187.128.224.0/19 via 10.0.2.32 dev b0 table 100
ip route add 171.161.74.48/28 via 10.0.2.16 dev b0 table 300 proto 99
ip route add 165.115.108.0/23 via 10.0.2.35 dev b0 proto 99
ip route add 221.37.47.0/24 via 10.0.2.5
ip route add 222.133.128.0/19 via 10.0.2.36 dev b0
ip route add 90.2.60.0/22 via 10.0.1.30 dev a0 proto 99
ip route add 9.70.236.0/22 via 10.0.2.39 dev b0 table 300
ip route add 61.23.141.0/24 via 10.0.1.3 dev a0 table 100
ip route add 56.184.99.0/24 via 10.0.2.13 dev b0 table 100 proto static src 10.0.2.1
ip route add 90.147.107.0/24 via 10.0.2.33 dev b0 table isp
ip route add 195.113.128.0/20 via 10.0.2.5 dev b0 table isp
ip route add 86.66.92.0/23 via 10.0.2.18 dev b0 table isp proto static
ip route add 162.50.144.0/22 via 10.0.2.34 dev b0 table isp
ip route add 219.249.242.208/28 via 10.0.1.38 dev a0 table isp proto kernel
ip route add 200.60.32.0/20 via 10.0.2.4 dev b0 proto kernel
ip route add 118.106.185.0/24 via 10.0.2.5 table 300 src 10.0.2.1
ip route add 93.103.215.0/24 via 10.0.1.6 dev a0 table 100
ip route add 26.108.210.0/23 via 10.0.1.18 dev a0 table isp
ip route add 110.135.144.0/24 via 10.0.1.7 dev a0 table 300
ip route add 85.69.146.0/24 via 10.0.2.16 table 300
ip route add 37.212.179.0/24 via 10.0.2.29 table isp
ip route add 173.215.32.228 via 10.0.2.23 dev b0 table isp
ip route add 159.113.0.0/16 via 10.0.1.2
ip route add 71.99.64.0/20 via 10.0.2.29 dev b0 table 100 proto 99
ip route add 49.208.90.0/23 via 10.0.1.33
ip route add 48.1.13.61 via 10.0.2.8 dev b0 table 100 src 10.0.2.1
ip route add 164.181.73.0/24 via 10.0.2.17 dev b0 table 300
ip route add 136.41.12.0/23 via 10.0.1.12 dev a0 table 300 metric 129
ip route add 77.95.218.0/24 via 10.0.2.31 dev b0
ip route add 147.107.191.0/24 via 10.0.2.7 dev b0 table 100
ip route add 215.226.1.0/24 via 10.0.1.12 dev a0 table 300
ip route add 194.105.176.0/20 via 10.0.1.3 dev a0 table isp
ip route add 33.177.160.0/19 via 10.0.2.19 dev b0 table 100
ip route add 165.135.130.0/24 via 10.0.1.4 table 100
ip route add 187.97.99.0/24 via 10.0.2.12 dev b0 table isp
ip route add 22.15.228.0/23 via 10.0.1.36 dev a0
ip route append 56.127.252.0/22 via 10.0.1.37 dev a0 metric 500
ip route add 191.238.96.0/22 via 10.0.1.23 dev a0 table 100 proto kernel
ip route add 217.25.252.0/24 via 10.0.1.14 dev a0 table 300
ip route add 9.239.203.0/24 via 10.0.2.30 dev b0 table isp
ip route add 2.89.76.0/22 via 10.0.2.21 dev b0
ip route add 82.97.180.0/23 via 10.0.1.3 dev a0 table 300
ip route add 213.203.90.0/24 via 10.0.2.10 dev b0 table isp
ip route add 100.239.170.0/24 via 10.0.2.32 dev b0
ip route add 100.214.179.0/24 via 10.0.1.6 dev a0 table isp
ip route add 92.62.68.0/24 via 10.0.2.14 dev b0 proto kernel
ip route add 20.236.46.0/24 via 10.0.2.31 dev b0
ip route add 126.2.156.70 via 10.0.1.26 dev a0 metric 333
ip route add 110.183.83.0/24 via 10.0.1.4 dev a0 table 100
ip route add 67.199.0.0/16 via 10.0.2.10 dev b0 table 300 proto static
ip route add 215.55.168.0/24 via 10.0.1.8 dev a0 table 300
ip route append 132.114.156.80/28 via 10.0.1.22 dev a0 metric 428
ip route add 135.218.224.0/24 via 10.0.1.7 table 100
ip route add 26.184.120.0/24 via 10.0.2.38 dev b0
ip route add 180.239.212.0/23 via 10.0.1.13 dev a0 table isp metric 88
ip route add 13.232.86.0/24 via 10.0.1.5 dev a0 table 100
ip route add 124.189.184.0/23 via 10.0.1.18 dev a0 table isp
ip route add 76.0.0.0/8 via 10.0.1.29 dev a0 table 300
ip route add 156.127.119.0/24 via 10.0.2.16 dev b0
ip route add 222.249.232.0/24 via 10.0.2.17 dev b0 table 100
ip route add 26.144.80.0/24 via 10.0.1.30 table 300
ip route append 3.165.192.0/20 via 10.0.1.30 dev a0 metric 445
ip route add 99.255.241.0/24 via 10.0.2.15 dev b0 table 300 metric 22
ip route add 184.80.40.0/22 via 10.0.2.36 dev b0 table 100
ip route add 136.205.56.0/22 via 10.0.2.16 dev b0 table 100
ip route add 29.115.227.0/24 via 10.0.1.31 dev a0 table isp
ip route add 12.129.71.0/24 via 10.0.2.10 dev b0 table isp proto static
ip route add 169.135.67.0/24 via 10.0.1.5 dev a0 table 100
ip route add 178.94.231.0/24 via 10.0.2.16 dev b0 table 300
ip route add 121.111.109.0/24 via 10.0.2.17 dev b0 table 300
ip route append 1.125.91.0/24 via 10.0.2.37 dev b0 proto 99 metric 190
ip route add 125.40.57.0/24 via 10.0.1.28 dev a0 table 100
ip route add 144.91.2.0/23 via 10.0.2.20 dev b0
ip route add 160.183.196.0/24 via 10.0.2.36 dev b0 table 100
ip route add 176.14.0.0/16 via 10.0.2.35 dev b0 table 300
ip route add 151.164.190.0/24 via 10.0.2.21 dev b0 table 300
ip route add 143.89.36.0/23 via 10.0.1.20 table 100
ip route add 31.48.55.0/24 via 10.0.2.12 dev b0 table 300
ip route add 182.114.160.0/19 via 10.0.1.37 dev a0 table isp
ip route add 17.112.120.0/24 via 10.0.2.40 dev b0
ip route add 7.34.192.0/19 via 10.0.2.37 dev b0 table 100
ip route add 29.75.160.0/20 via 10.0.2.2 dev b0 table 100
ip route append 213.57.98.0/24 via 10.0.1.6 dev a0 metric 39
ip route add 138.43.37.0/24 via 10.0.1.23 dev a0 table 300
ip route add 218.123.116.0/24 via 10.0.2.28 dev b0 table 100
ip route add 49.157.136.0/24 via 10.0.2.29 dev b0 src 10.0.2.1
ip route add 177.193.253.0/24 via 10.0.1.35 dev a0 table 300 proto 99
ip route add 172.222.0.0/24 via 10.0.2.28 dev b0
ip route add 222.78.163.208/28 via 10.0.2.26 dev b0 table isp proto static
ip route add 94.148.104.0/22 via 10.0.1.20 dev a0 table 300
ip route add 20.7.188.0/24 via 10.0.2.24 dev b0 table 300
ip route append 175.139.26.0/23 via 10.0.1.11 dev a0 metric 18
ip route add 150.205.146.0/24 via 10.0.1.23 dev a0 proto kernel
ip route add 176.239.168.0/22 via 10.0.2.38 table isp metric 450
ip route add 120.23.172.0/22 via 10.0.1.2 dev a0 table 100
ip route add 15.179.36.0/23 via 10.0.1.39 dev a0 table 300
ip route add 7.6.1.0/24 via 10.0.1.7 dev a0 table 300 metric 126
ip route add 133.245.154.0/24 via 10.0.1.37 dev a0 table 300
ip route add 83.253.44.0/24 via 10.0.2.9 dev b0 table isp metric 264
ip route add 117.34.120.1 via 10.0.2.39 dev b0 table isp
ip route add 144.160.255.0/24 via 10.0.2.12 table 300
ip route add 143.99.113.0/24 via 10.0.1.35 dev a0 table 300
ip route add 150.1.33.0/24 via 10.0.2.11 table 100
ip route add 154.108.112.0/22 via 10.0.1.21 dev a0 table isp
ip route add 115.85.26.0/24 via 10.0.2.25 dev b0 table 100
ip route add 37.87.166.0/23 via 10.0.1.6 dev a0 table 300
ip route add 173.15.40.0/24 via 10.0.1.27 dev a0 table 300
ip route add 174.40.246.0/24 via 10.0.2.31 table isp
ip route add 105.240.6.0/24 via 10.0.1.34 dev a0
ip route add 75.118.24.0/23 via 10.0.1.17 dev a0 table 100 metric 450
ip route add 144.91.26.0/24 via 10.0.2.6 dev b0 table 300
ip route add 14.6.120.0/22 via 10.0.1.8 table 300 metric 466
ip route add 216.68.238.0/24 via 10.0.2.32 dev b0
ip route add 5.1.200.0/22 via 10.0.1.15 table 100
ip route add 223.199.60.0/22 via 10.0.1.30 dev a0 table 300
ip route add 71.220.128.0/19 via 10.0.2.3 dev b0 table isp proto 99
ip route add 58.63.92.0/24 via 10.0.1.8
ip route add 57.159.166.0/24 via 10.0.1.28 table 300
ip route add 61.223.147.0/24 via 10.0.2.22 dev b0 table isp
ip route add 69.243.252.0/22 via 10.0.2.28 dev b0 table isp
ip route add 22.108.252.0/23 via 10.0.2.27 dev b0
ip route add 91.84.60.0/24 via 10.0.1.9
ip route add 152.140.92.0/22 via 10.0.2.21 dev b0 table 100
ip route add 74.171.224.0/24 via 10.0.1.34 dev a0 table 300
ip route add 126.183.165.0/24 via 10.0.1.9 dev a0 table 300
ip route add 76.212.40.0/24 via 10.0.2.10 table isp
ip route add 148.5.0.0/19 via 10.0.2.26 dev b0 table 100
ip route add 120.2.245.0/24 via 10.0.2.14 dev b0 table 100 proto 99 metric 27
ip route add 191.190.219.0/24 via 10.0.1.20 table isp
ip route add 88.194.224.0/20 via 10.0.2.9 dev b0 proto static
ip route add 216.37.0.0/16 via 10.0.1.37 dev a0 table 100
ip route add 180.0.0.0/8 via 10.0.1.18 dev a0 table isp
ip route add 109.167.0.0/19 via 10.0.1.8 dev a0 table 100 proto static
ip route add 71.146.72.0/22 via 10.0.1.32 dev a0 table 100 proto kernel
ip route add 20.36.13.0/24 via 10.0.1.15 dev a0 table isp
ip route add 125.68.199.0/24 via 10.0.1.10 table isp
ip route add 60.50.144.0/22 via 10.0.1.21 dev a0 table 100 metric 494
ip route add 24.29.248.0/24 via 10.0.1.37 dev a0 table isp
ip route add 138.41.141.0/24 via 10.0.1.15 dev a0 table isp
ip route add 157.35.2.0/24 via 10.0.2.38 dev b0
ip route add 81.5.36.0/22 via 10.0.1.20 dev a0 proto 99
ip route add 181.160.180.0/22 via 10.0.2.37 dev b0
ip route add 142.55.212.0/24 via 10.0.2.14 dev b0
ip route add 150.150.87.0/24 via 10.0.1.16 dev a0 table isp
ip route add 21.209.144.0/23 via 10.0.2.21 dev b0 src 10.0.2.1
ip route add 28.220.14.0/23 via 10.0.1.8 table isp
ip route add 15.67.224.0/19 via 10.0.1.36 dev a0
ip route add 92.66.124.0/22 via 10.0.2.24 dev b0 table 300
ip route add 130.36.93.0/24 via 10.0.2.9 dev b0 table isp
ip route add 35.18.165.0/24 via 10.0.2.38 dev b0 table 100
ip route add 14.31.7.0/24 via 10.0.1.38 dev a0 table 100
ip route add 63.0.0.0/8 via 10.0.2.11 dev b0 table 100
ip route add 171.73.237.0/24 via 10.0.1.4 table 300 src 10.0.1.1
ip route add 168.144.16.0/20 via 10.0.1.20 table 100
ip route add 26.223.192.0/20 via 10.0.1.4 dev a0 table isp
ip route add 113.37.160.0/23 via 10.0.2.40 dev b0 table 300
ip route add 203.36.0.0/16 via 10.0.1.35 dev a0 table 300
ip route add 121.110.48.0/22 via 10.0.1.6 dev a0 table 100
ip route add 173.199.84.0/22 via 10.0.1.4 table 300 proto 99
ip route add 65.49.62.0/23 via 10.0.1.10 table 300
ip route add 152.170.133.0/24 via 10.0.1.18 dev a0 table 100 metric 289
ip route add 158.124.117.0/24 via 10.0.2.17 dev b0
ip route add 88.133.0.0/16 via 10.0.2.10 dev b0 table 300 proto static
ip route add 26.86.239.0/24 via 10.0.1.36 dev a0 table 300 proto static metric 325
ip route add 216.232.52.0/22 via 10.0.1.39 dev a0 table isp
ip route add 72.86.67.0/24 via 10.0.2.28 dev b0 table 300
ip route add 33.134.177.0/24 via 10.0.2.33 dev b0 table 300
ip route add 143.104.29.0/24 via 10.0.2.16 dev b0 src 10.0.2.1
ip route add 106.213.218.0/24 via 10.0.2.12 table 300 proto static
ip route add 43.84.131.0/24 via 10.0.2.39 dev b0 table 100
ip route add 15.179.104.0/22 via 10.0.2.8 table 300
ip route add 193.114.132.176/28 via 10.0.1.21 dev a0 table 100
ip route add 31.244.0.0/22 via 10.0.1.35 dev a0 table isp
ip route add 181.28.0.0/16 via 10.0.2.25 dev b0 table 100 proto kernel src 10.0.2.1
ip route add 171.93.100.0/22 via 10.0.2.20 dev b0
ip route add 221.231.204.0/24 via 10.0.1.21 dev a0 metric 76
ip route add 45.153.148.0/24 via 10.0.2.3 dev b0 table 300
ip route add 47.149.0.0/16 via 10.0.1.21 dev a0 table 100
ip route add 198.239.190.0/24 via 10.0.1.28 dev a0 table 100 metric 377
ip route add 136.168.73.74 via 10.0.1.8 dev a0 table isp
ip route add 141.122.169.0/24 via 10.0.2.21 dev b0 table 100 proto kernel
ip route add 8.166.146.0/23 via 10.0.2.28 dev b0 table isp
ip route add 135.180.86.0/24 via 10.0.2.36 dev b0 table isp
ip route add 173.121.0.0/16 via 10.0.2.21 dev b0 table isp
ip route add 105.231.86.0/24 via 10.0.1.29 dev a0
ip route add 30.39.142.0/23 via 10.0.1.6 dev a0
ip route add 114.176.232.0/22 via 10.0.2.25 dev b0 table isp
ip route add 79.252.74.167 via 10.0.2.37 dev b0 table isp
ip route add 92.178.182.0/24 via 10.0.2.28 metric 349
ip route add 142.142.208.0/22 via 10.0.1.31 dev a0 table isp
ip route add 141.65.218.0/24 via 10.0.2.38 dev b0 table isp
ip route add 108.0.0.0/8 via 10.0.1.11 dev a0 src 10.0.1.1
ip route add 30.135.123.0/24 via 10.0.2.14 table isp
ip route add 53.251.24.0/23 via 10.0.1.17 dev a0 table isp proto kernel
ip route add 165.152.170.0/23 via 10.0.2.17 dev b0 table isp
ip route add 106.97.142.0/24 via 10.0.1.6 dev a0 table 300 proto static
ip route add 137.161.224.0/20 via 10.0.1.39 dev a0 table 300 metric 89
ip route add 128.16.44.0/23 via 10.0.2.26 dev b0
ip route add 21.158.96.0/23 via 10.0.1.17 table 300
ip route add 42.152.39.0/24 via 10.0.1.25 dev a0 table 300
ip route add 23.96.158.0/24 via 10.0.1.12
ip route add 128.221.217.0/24 via 10.0.1.40
ip route add 129.174.122.0/23 via 10.0.2.35 dev b0 table 300 metric 435
ip route add 32.64.0.0/12 via 10.0.2.15 dev b0 table isp
ip route add 143.23.136.0/24 via 10.0.1.11 dev a0 proto kernel
ip route append 100.249.86.0/23 via 10.0.1.5 metric 399
ip route add 13.195.18.0/24 via 10.0.2.15 dev b0 table isp
ip route add 158.132.176.0/20 via 10.0.2.5 dev b0 table 100 proto static
ip route add 17.252.60.0/24 via 10.0.2.26 dev b0 table isp
ip route add 121.128.0.0/12 via 10.0.1.20 dev a0
ip route add 88.170.150.0/23 via 10.0.2.24 dev b0 table 300
ip route add 154.191.5.0/24 via 10.0.1.6 dev a0 table isp
ip route add 56.120.187.0/24 via 10.0.1.29 dev a0 proto kernel
ip route add 160.9.244.0/22 via 10.0.1.40 table 100 proto kernel
ip route add 100.10.112.0/20 via 10.0.1.11 dev a0 table 300
ip route add 219.202.0.0/16 via 10.0.1.6 dev a0 proto kernel metric 404
ip route add 88.10.244.0/24 via 10.0.2.15 dev b0 table isp proto kernel
ip route add 43.18.174.0/24 via 10.0.2.9 dev b0 table isp src 10.0.2.1
ip route add 89.125.58.0/24 via 10.0.2.11 dev b0
ip route add 103.17.22.0/23 via 10.0.1.34 dev a0 table 300 proto 99 metric 67
ip route add 171.226.36.0/22 via 10.0.1.25 dev a0 table 100
ip route add 7.53.15.0/24 via 10.0.1.5 table isp
ip route add 111.93.35.0/24 via 10.0.1.9 dev a0 table isp metric 254
ip route add 216.143.194.0/24 via 10.0.2.21 dev b0 table 300 proto kernel
ip route add 218.207.6.0/24 via 10.0.2.8 dev b0 table 100
ip route add 95.107.103.0/24 via 10.0.1.4 dev a0 proto kernel
ip route add 177.164.245.171 via 10.0.1.25 dev a0
ip route add 14.121.201.0/24 via 10.0.2.8 dev b0 table 300 metric 199
ip route add 125.139.68.0/22 via 10.0.1.33 dev a0 table 100
ip route add 45.50.160.0/19 via 10.0.1.27 dev a0
ip route add 75.132.0.0/16 via 10.0.2.28 dev b0 table isp
ip route add 184.59.197.0/24 via 10.0.2.33 dev b0 table isp
ip route add 178.12.57.0/24 via 10.0.1.13 dev a0 table 300 metric 238
ip route add 188.57.112.0/22 via 10.0.2.8 dev b0 table 300
ip route add 154.210.200.0/23 via 10.0.2.17 dev b0 table 300
ip route add 179.217.255.0/24 via 10.0.1.32 dev a0 table 100
ip route add 97.203.127.0/24 via 10.0.2.33 dev b0 table isp proto kernel
ip route add 199.185.112.0/22 via 10.0.1.32 dev a0
ip route add 67.100.208.0/20 via 10.0.1.6 dev a0 proto kernel src 10.0.1.1 metric 269
ip route add 188.94.128.0/20 via 10.0.1.18 dev a0
ip route add 163.64.125.0/24 via 10.0.2.35 dev b0 table 100
ip route add 134.16.47.0/24 via 10.0.1.26 dev a0 table isp
ip route add 221.127.166.11 via 10.0.2.7 dev b0
ip route add 107.52.110.0/24 via 10.0.2.17 dev b0
ip route add 25.71.156.0/24 via 10.0.2.11 dev b0 table isp
ip route add 16.179.232.0/22 via 10.0.1.35 dev a0 table isp metric 389
ip route add 32.40.239.0/24 via 10.0.2.13 dev b0 table 300 metric 308
ip route add 32.41.122.0/24 via 10.0.1.2 dev a0 table 100
ip route add 211.127.152.0/22 via 10.0.2.18 dev b0
ip route add 76.0.0.0/8 via 10.0.1.33 dev a0 table 100
ip route add 98.74.66.0/24 via 10.0.2.36 dev b0 proto kernel
ip route add 29.118.233.0/24 via 10.0.1.22 dev a0
ip route add 185.80.0.0/12 via 10.0.2.9 dev b0 table 100
ip route add 164.20.202.0/24 via 10.0.1.14 dev a0 table 100 proto 99
ip route add 7.222.236.0/24 via 10.0.2.22 dev b0 table 100 proto kernel
ip route add 87.155.0.0/24 via 10.0.2.18 dev b0 table isp
ip route add 57.234.235.128/28 via 10.0.1.23 dev a0 table 100 metric 440
ip route add 201.98.224.0/20 via 10.0.1.3 dev a0 table isp proto kernel metric 302
ip route add 98.13.96.0/19 via 10.0.1.32 table 300 metric 307
ip route add 170.161.185.0/24 via 10.0.2.21 dev b0 table 100
ip route add 57.253.41.0/24 via 10.0.2.24 table 100
ip route add 136.60.128.0/19 via 10.0.2.32 table 100
ip route add 45.227.218.0/24 via 10.0.1.6 dev a0 table 100
ip route add 181.191.0.0/16 via 10.0.1.22 dev a0 table 100
ip route add 140.120.46.0/24 via 10.0.1.12 dev a0 table 300
ip route add 171.82.64.0/20 via 10.0.1.27 dev a0 table 300
ip route add 216.71.240.0/20 via 10.0.1.36 dev a0 table 100
ip route add 210.228.103.0/24 via 10.0.1.39 table 300
ip route add 8.6.20.0/22 via 10.0.1.5 dev a0 table 300
ip route add 78.239.182.0/23 via 10.0.2.36 dev b0 table 100
ip route add 169.247.17.0/24 via 10.0.1.18 dev a0 table isp src 10.0.1.1
ip route add 58.210.13.0/24 via 10.0.1.19 dev a0 table 300 src 10.0.1.1 metric 279
ip route add 221.113.208.0/20 via 10.0.2.22 dev b0 table 100
ip route add 101.115.0.0/16 via 10.0.1.6 dev a0 table isp
ip route add 101.184.126.0/24 via 10.0.1.17 table 100
ip route add 92.145.248.0/22 via 10.0.2.34 table isp
ip route add 44.160.0.0/12 via 10.0.2.21 dev b0 table isp
ip route add 80.97.224.0/20 via 10.0.1.26 dev a0 table 100
ip route add 14.243.154.0/23 via 10.0.2.34 dev b0 table 100
ip route add 94.93.223.0/24 via 10.0.2.15 dev b0
ip route add 74.211.37.224/28 via 10.0.1.12 dev a0 table 100 proto 99
ip route add 107.89.225.0/28 via 10.0.2.17 table 300 proto static
ip route add 1.105.176.0/20 via 10.0.2.33 dev b0 table 100 proto kernel
ip route add 101.161.136.0/24 via 10.0.1.32 dev a0 metric 116
ip route add 131.212.73.152 via 10.0.1.17 dev a0 table 100 proto 99
ip route add 59.240.224.173 via 10.0.1.8 table 300
ip route add 47.60.34.0/24 via 10.0.1.25 dev a0
ip route add 6.36.73.0/24 via 10.0.2.11 dev b0 table 300
ip route add 20.159.104.0/22 via 10.0.1.7 dev a0 table isp proto 99
ip route add 54.23.252.0/23 via 10.0.2.34 dev b0 table isp
ip route add 100.137.8.0/23 via 10.0.2.34 table 100
ip route add 87.220.148.0/22 via 10.0.1.30 dev a0 table 100 proto kernel
ip route add 188.18.173.0/24 via 10.0.1.18 dev a0 table 300
ip route add 104.194.160.0/19 via 10.0.1.20 table 300 proto 99
ip route add 153.84.41.0/24 via 10.0.2.16 dev b0 table isp
ip route add 16.66.100.0/24 via 10.0.1.2 table isp
ip route add 34.147.58.117 via 10.0.1.18 dev a0
ip route add 53.145.83.0/24 via 10.0.2.33 table 100 proto kernel
ip route add 18.63.64.0/19 via 10.0.2.33 dev b0 table isp proto 99
ip route add 21.76.238.0/24 via 10.0.2.36 table isp proto 99
ip route add 153.183.2.0/24 via 10.0.2.16 dev b0
ip route add 104.182.228.0/24 via 10.0.1.22 dev a0 metric 93
ip route add 20.232.7.0/24 via 10.0.1.2 dev a0
ip route add 156.238.6.0/24 via 10.0.1.10
ip route add 199.118.73.0/24 via 10.0.2.39 dev b0 table isp
ip route add 147.169.128.0/20 via 10.0.2.22 dev b0
ip route add 64.238.12.0/24 via 10.0.2.17 dev b0 table isp
ip route add 105.97.128.0/24 via 10.0.2.19 metric 348
ip route add 202.10.252.0/24 via 10.0.2.7 dev b0 table 100
ip route add 67.123.91.0/24 via 10.0.2.38 dev b0 table isp
ip route add 150.118.226.0/24 via 10.0.1.33 table isp src 10.0.1.1
ip route add 63.73.74.0/24 via 10.0.1.12 dev a0 table isp
ip route add 154.45.224.0/19 via 10.0.1.25 dev a0 table 100 proto static
ip route add 33.69.50.0/24 via 10.0.2.31 dev b0
ip route add 161.184.208.0/23 via 10.0.1.39 dev a0
ip route add 101.105.26.208/28 via 10.0.1.23
ip route append 94.93.223.0/24 via 10.0.1.40 dev a0 metric 397
ip route add 218.23.176.0/22 via 10.0.2.24 table 100
ip route add 50.190.0.0/16 via 10.0.1.34 dev a0 table isp
ip route add 148.133.154.0/24 via 10.0.1.7 table isp proto kernel src 10.0.1.1
ip route add 77.133.152.0/24 via 10.0.2.31 dev b0 table isp
ip route add 36.206.80.0/24 via 10.0.1.2 dev a0
ip route add 164.88.72.0/22 via 10.0.2.38 table 300 proto kernel metric 187
ip route add 154.238.224.0/20 via 10.0.2.31
ip route add 211.104.0.0/16 via 10.0.2.38 dev b0 table 100
ip route add 208.185.27.0/24 via 10.0.2.30
ip route add 120.120.172.0/22 via 10.0.2.40 table isp
ip route add 44.64.171.0/24 via 10.0.1.5 dev a0
ip route add 18.41.36.0/22 via 10.0.2.20 dev b0 table 100
ip route add 122.226.86.0/24 via 10.0.2.5 table 100
ip route add 122.179.195.0/24 via 10.0.1.18 dev a0
ip route append 100.239.170.0/24 via 10.0.1.4 dev a0 proto 99 metric 172
ip route add 34.197.181.0/24 via 10.0.1.4 dev a0 table 300
ip route add 20.80.93.0/24 via 10.0.2.21 dev b0 table isp
ip route add 209.255.96.0/20 via 10.0.2.6 dev b0 table 100
ip route add 99.250.143.0/24 via 10.0.1.13 dev a0 proto static
ip route add 77.162.38.0/24 via 10.0.1.38
ip route add 170.90.249.0/24 via 10.0.1.39 dev a0 table isp metric 318
ip route add 16.230.137.0/24 via 10.0.2.8 dev b0 table isp
ip route add 126.132.153.0/24 via 10.0.2.10 dev b0
ip route add 92.196.32.0/19 via 10.0.2.17 dev b0
ip route add 141.220.144.0/23 via 10.0.2.10 dev b0 table 100
ip route add 82.165.244.0/24 via 10.0.2.37 dev b0 table isp
ip route add 107.75.15.0/24 via 10.0.1.16 table isp
ip route add 38.74.176.0/20 via 10.0.1.12 dev a0 table 300 proto kernel
ip route add 21.242.245.0/24 via 10.0.2.33 table 300
ip route add 32.185.76.0/24 via 10.0.1.6 dev a0 table 100 proto 99
ip route add 73.31.192.0/20 via 10.0.1.15 dev a0
ip route append 43.39.37.200 via 10.0.1.2 dev a0 metric 142
ip route add 64.37.201.0/24 via 10.0.2.35 table 100 src 10.0.2.1
ip route append 110.91.186.0/24 via 10.0.1.28 dev a0 src 10.0.1.1 metric 438
ip route add 148.255.40.0/24 via 10.0.2.11 dev b0 table isp proto 99
ip route add 6.29.218.0/24 via 10.0.1.28 dev a0
ip route add 89.180.28.0/22 via 10.0.1.36 dev a0 table 100 proto kernel
ip route append 175.139.26.0/23 via 10.0.2.40 dev b0 metric 210
ip route add 206.190.206.0/24 via 10.0.2.11 dev b0
ip route add 46.252.174.0/24 via 10.0.1.35 dev a0 table 300
ip route add 151.79.196.0/24 via 10.0.2.14 dev b0 table isp
ip route add 147.203.0.0/16 via 10.0.1.2 dev a0 table 100 metric 387
ip route add 172.189.125.0/24 via 10.0.1.12 dev a0 table 300
ip route add 161.173.92.0/22 via 10.0.1.8 dev a0 table isp
ip route add 164.249.16.0/20 via 10.0.2.23 dev b0 table 300 proto 99 metric 354
ip route add 81.220.0.0/19 via 10.0.1.23 dev a0 table isp proto kernel
ip route add 144.69.80.0/24 via 10.0.2.23 metric 38
ip route add 94.42.112.0/20 via 10.0.2.35 dev b0
ip route add 48.126.60.0/22 via 10.0.2.28 dev b0 table 300 proto static
ip route add 11.120.68.0/22 via 10.0.2.9 table 300 src 10.0.2.1
ip route add 155.223.20.0/24 via 10.0.1.24 dev a0 proto static
ip route add 156.16.176.0/23 via 10.0.1.29 table 100 metric 479
ip route add 126.115.38.0/24 via 10.0.2.31 dev b0 table 100
ip route add 128.19.80.0/24 via 10.0.2.26 table 100
ip route add 176.97.159.0/24 via 10.0.1.5 dev a0 table 100
ip route add 39.48.0.0/12 via 10.0.2.34 table 100
ip route add 21.203.108.0/24 via 10.0.1.12 dev a0 table 100
ip route add 130.159.163.0/24 via 10.0.1.12 dev a0 table isp
ip route add 18.109.61.0/24 via 10.0.2.18 dev b0 table isp proto 99
ip route add 52.0.0.0/8 via 10.0.2.34 dev b0 table isp
ip route add 42.229.76.0/24 via 10.0.2.6
ip route add 184.100.56.0/22 via 10.0.2.7 dev b0 table 100 metric 443
ip route add 18.81.160.0/20 via 10.0.2.10 dev b0 table 300 src 10.0.2.1
ip route add 177.81.224.0/20 via 10.0.2.5 dev b0 table isp
ip route add 162.57.184.0/22 via 10.0.2.5 dev b0 proto 99
ip route add 166.213.131.0/24 via 10.0.1.27 dev a0
ip route add 166.99.160.0/19 via 10.0.1.13 dev a0 table isp
ip route add 30.24.116.0/24 via 10.0.1.24 dev a0 table isp src 10.0.1.1
ip route add 182.76.167.0/24 via 10.0.2.8 table 100
ip route add 199.204.116.0/22 via 10.0.1.29 dev a0
ip route add 68.227.207.161 via 10.0.2.34 dev b0
ip route add 32.241.21.0/24 via 10.0.1.21 dev a0 table 300
ip route add 167.118.67.0/24 via 10.0.2.29 proto static
ip route add 7.77.206.0/24 via 10.0.1.11 dev a0 table 300
ip route add 36.5.168.0/22 via 10.0.1.29 dev a0 table 100
ip route add 152.198.200.0/23 via 10.0.2.11 dev b0 proto kernel src 10.0.2.1
ip route add 53.68.5.0/24 via 10.0.2.6 dev b0 table isp
ip route add 121.238.238.0/24 via 10.0.2.2 dev b0 table 300 proto 99
ip route add 111.44.92.0/24 via 10.0.2.7 table isp
ip route add 218.60.0.0/16 via 10.0.2.3 proto static
ip route add 52.186.95.0/24 via 10.0.2.23 dev b0
ip route add 222.190.188.0/24 via 10.0.1.3 dev a0 table 100
ip route add 8.25.195.160/28 via 10.0.1.4 table 100
ip route add 51.79.170.0/24 via 10.0.1.8 dev a0 table 300
ip route add 75.100.124.0/22 via 10.0.1.30 dev a0 metric 108
ip route add 7.83.236.120 via 10.0.2.3 dev b0 table isp
ip route add 85.194.86.0/23 via 10.0.2.27 dev b0 table 300
ip route add 222.83.149.0/24 via 10.0.2.4 dev b0 table 100 src 10.0.2.1
ip route add 6.133.119.0/24 via 10.0.2.16 dev b0
ip route add 34.47.187.0/24 via 10.0.2.23 dev b0 table 300
ip route add 24.105.243.200 via 10.0.2.15 dev b0 table 100 proto kernel
ip route add 171.24.96.0/19 via 10.0.1.24
ip route add 110.180.220.0/22 via 10.0.2.29 dev b0 table isp proto 99 metric 481
ip route add 88.49.158.0/24 via 10.0.2.18 table isp metric 354
ip route add 78.181.52.0/23 via 10.0.2.4 dev b0 table 300 proto 99
ip route add 7.76.180.224/28 via 10.0.1.13 dev a0 table isp
ip route add 124.32.234.0/23 via 10.0.1.33 dev a0 table 100
ip route add 82.14.224.0/20 via 10.0.2.38 dev b0 table 300
ip route add 70.2.192.0/19 via 10.0.1.20 dev a0
ip route add 129.158.249.0/24 via 10.0.2.36 dev b0 table isp
ip route add 169.56.64.0/19 via 10.0.2.34 table 100
ip route add 151.64.253.0/24 via 10.0.1.2 dev a0 table 300
ip route add 3.239.80.0/22 via 10.0.2.14 table isp
ip route add 80.1.128.0/20 via 10.0.2.20 dev b0 table 300 proto static metric 131
ip route add 35.94.56.0/23 via 10.0.2.34 dev b0 table isp
ip route add 54.0.84.0/24 via 10.0.1.22 dev a0 table 100
ip route add 41.141.233.0/24 via 10.0.1.5 dev a0 table 300
ip route add 115.170.48.0/22 via 10.0.2.6 dev b0 table isp
ip route add 116.137.96.0/19 via 10.0.2.18 dev b0 proto static
ip route add 37.82.96.0/20 via 10.0.2.12 dev b0 table 100
ip route add 169.21.0.0/16 via 10.0.1.29 dev a0 table isp proto 99 metric 252
ip route add 183.64.140.0/24 via 10.0.1.23 table 300
ip route add 52.49.160.0/20 via 10.0.2.5 dev b0 metric 113
ip route append 49.208.90.0/23 via 10.0.1.34 dev a0 metric 293
ip route add 131.234.15.0/24 via 10.0.1.23 dev a0 proto kernel
ip route add 168.36.133.0/24 via 10.0.1.33 dev a0 table 100 proto kernel
ip route add 123.121.125.0/24 via 10.0.1.16 dev a0
ip route add 161.100.128.0/20 via 10.0.1.19 dev a0 table 300
ip route add 119.170.184.0/23 via 10.0.2.40 dev b0 table 100 proto 99 metric 138
ip route add 32.169.224.0/22 via 10.0.2.37 dev b0 table isp
ip route add 20.143.228.0/24 via 10.0.2.32 dev b0 table 300
ip route add 135.143.128.0/19 via 10.0.1.28 dev a0 table 100 proto kernel
ip route add 177.60.0.0/16 via 10.0.2.34 table 100 proto kernel
ip route add 8.17.26.0/23 via 10.0.2.29 dev b0
ip route add 223.211.52.0/24 via 10.0.1.11 dev a0 table 100 proto 99 metric 464
ip route add 199.76.180.0/22 via 10.0.1.26 dev a0 table 300 src 10.0.1.1
ip route add 81.87.240.0/23 via 10.0.2.12 dev b0 table 300 metric 430
ip route add 192.57.117.0/24 via 10.0.1.25 table 100 proto 99
ip route add 195.191.208.0/20 via 10.0.2.34
ip route add 153.15.192.0/24 via 10.0.1.30 dev a0 table 100
ip route add 184.249.142.0/23 via 10.0.2.18 dev b0 table isp
ip route add 43.205.168.0/22 via 10.0.1.33 dev a0
ip route add 169.204.141.0/24 via 10.0.1.22 dev a0 proto static
ip route add 27.109.24.0/22 via 10.0.2.4 table 300
ip route add 35.206.160.0/19 via 10.0.1.30 dev a0 table 100
ip route add 204.5.36.0/22 via 10.0.2.3 dev b0 table 100
ip route add 105.239.180.0/23 via 10.0.2.37 dev b0
ip route add 174.78.184.0/24 via 10.0.1.10 dev a0 table 300
ip route add 41.149.84.0/23 via 10.0.2.17 dev b0 src 10.0.2.1
ip route add 112.164.28.0/24 via 10.0.1.21 table 300 proto static
ip route add 208.26.98.0/24 via 10.0.1.38 table 100
ip route add 159.163.224.0/22 via 10.0.2.10 dev b0 table isp
ip route add 222.25.103.0/24 via 10.0.2.40 dev b0 table 300
ip route add 55.197.56.0/23 via 10.0.2.20 table isp
ip route add 99.234.52.0/24 via 10.0.1.6 dev a0 table 100
ip route add 149.18.142.0/23 via 10.0.1.26 dev a0 table 100
ip route add 166.119.164.0/24 via 10.0.1.8 dev a0 table 300 proto kernel
ip route add 65.108.0.0/20 via 10.0.2.38 dev b0 table 300
ip route add 107.70.56.0/24 via 10.0.2.37 dev b0 table isp
ip route add 60.141.95.0/24 via 10.0.2.39 dev b0
ip route add 88.144.253.0/24 via 10.0.1.10 dev a0
ip route add 99.76.25.0/24 via 10.0.2.16 dev b0 table isp proto 99
ip route add 147.17.201.0/24 via 10.0.1.25 dev a0
ip route add 132.162.120.0/24 via 10.0.2.6 dev b0 table isp
ip route add 221.247.220.0/22 via 10.0.1.13 dev a0
ip route add 63.240.80.0/20 via 10.0.1.18 dev a0 table 100
ip route add 48.249.138.0/24 via 10.0.2.2 dev b0 table 100
ip route add 196.178.15.0/24 via 10.0.1.6 dev a0
ip route add 44.131.32.0/19 via 10.0.2.32 dev b0 table 100
ip route add 25.159.64.0/20 via 10.0.2.36 dev b0 table isp
ip route add 157.231.4.0/22 via 10.0.2.14 dev b0 table 300
ip route add 97.73.31.0/24 via 10.0.1.9 dev a0 table 100
ip route add 166.152.118.0/23 via 10.0.2.40 dev b0 proto 99
ip route add 132.136.129.211 via 10.0.1.22 table 300
ip route add 118.24.166.0/24 via 10.0.2.23 dev b0 table isp
ip route add 32.246.160.0/20 via 10.0.1.35 dev a0 table 300
ip route add 75.177.96.0/19 via 10.0.2.17 table 300 proto 99
ip route add 210.166.153.0/24 via 10.0.2.35 dev b0 table 100 proto 99
ip route add 30.229.168.0/23 via 10.0.2.13 dev b0
ip route add 111.215.51.0/24 via 10.0.1.17 table 300
ip route add 113.74.252.0/23 via 10.0.1.40
ip route add 58.79.36.0/24 via 10.0.2.30 dev b0 metric 372
ip route add 24.169.224.0/20 via 10.0.2.37 dev b0 proto kernel
ip route append 159.1.0.0/16 via 10.0.2.14 dev b0 metric 396
ip route add 42.137.238.160/28 via 10.0.1.14 dev a0 table isp
ip route add 196.49.202.0/24 via 10.0.2.11 table isp proto kernel metric 494
ip route add 7.89.84.0/24 via 10.0.1.28 dev a0 table 100
ip route add 183.185.229.0/24 via 10.0.2.7 dev b0 proto 99
ip route add 193.155.0.0/16 via 10.0.2.10 dev b0 table isp
ip route add 134.73.195.0/24 via 10.0.1.12 dev a0 table 300 src 10.0.1.1
ip route add 81.79.47.0/24 via 10.0.2.18 dev b0 table 300
ip route add 129.11.32.0/19 via 10.0.1.39 dev a0 table isp metric 106
ip route add 41.201.104.0/22 via 10.0.2.39 dev b0 table 100 proto 99
ip route add 169.177.152.0/24 via 10.0.1.13 dev a0 table 300
ip route add 28.220.224.0/19 via 10.0.2.38 dev b0 table 300
ip route add 173.104.63.0/24 via 10.0.2.19 dev b0 table isp
ip route add 129.254.208.0/20 via 10.0.2.4 dev b0 table isp proto 99
ip route add 48.51.242.0/24 via 10.0.1.7 dev a0 table isp
ip route add 167.252.94.16/28 via 10.0.1.10 dev a0 table 300
ip route append 117.55.17.0/24 via 10.0.1.37 dev a0 metric 202
ip route add 122.119.240.0/24 via 10.0.1.38
ip route add 139.240.0.0/12 via 10.0.1.29 dev a0 table isp
ip route add 208.99.110.0/24 via 10.0.2.22 dev b0 table 100
ip route add 25.117.60.0/24 via 10.0.2.32 dev b0 table isp
ip route add 67.252.224.0/24 via 10.0.1.25 dev a0 table isp
ip route add 108.131.125.0/24 via 10.0.2.5 dev b0
ip route add 166.155.120.0/24 via 10.0.2.20 dev b0 table 300 src 10.0.2.1 metric 395
ip route add 59.0.0.0/8 via 10.0.2.22 table isp metric 397
ip route add 40.25.68.0/22 via 10.0.2.33 dev b0 table 300
ip route add 203.95.129.0/24 via 10.0.1.16 table 100 proto 99
ip route add 117.223.221.0/24 via 10.0.1.13 dev a0 table 300 proto kernel
ip route add 7.90.252.0/23 via 10.0.1.8 dev a0 table 100
ip route add 148.115.168.0/22 via 10.0.2.5 dev b0
ip route add 33.208.197.0/24 via 10.0.2.24 dev b0 table 100 proto static
ip route add 196.222.113.0/24 via 10.0.1.2
ip route add 219.141.0.0/16 via 10.0.1.39 dev a0 table isp
ip route add 155.83.28.0/24 via 10.0.1.14 dev a0 table 100 proto 99
ip route add 5.217.152.0/23 via 10.0.2.30 table 300 src 10.0.2.1
ip route add 184.241.144.0/22 via 10.0.1.40 dev a0 table 100 proto 99
ip route add 160.159.160.0/20 via 10.0.1.12 table isp
ip route add 179.196.112.0/20 via 10.0.2.33 dev b0 table isp
ip route add 61.108.50.0/24 via 10.0.2.31 dev b0 table 100
ip route add 163.96.0.0/12 via 10.0.1.6 dev a0
ip route add 83.42.87.0/24 via 10.0.2.35 dev b0
ip route add 201.133.0.0/16 via 10.0.1.3 dev a0
ip route add 185.88.140.0/22 via 10.0.2.39
ip route add 41.244.112.0/20 via 10.0.2.13 dev b0 table isp
ip route add 185.30.124.0/23 via 10.0.1.12
ip route add 146.253.27.0/24 via 10.0.1.26 dev a0 metric 104
ip route add 57.197.176.0/20 via 10.0.1.33 dev a0 table 300
ip route add 218.56.25.0/24 via 10.0.1.28 table isp metric 307
ip route add 206.120.127.73 via 10.0.1.26 table 100
ip route add 184.119.128.0/19 via 10.0.2.27 dev b0 proto static
ip route add 52.64.193.0/24 via 10.0.1.30 dev a0
ip route add 187.244.32.0/19 via 10.0.1.14 dev a0 table 100 src 10.0.1.1
ip route add 137.232.174.0/24 via 10.0.2.24 dev b0 table 100
ip route add 53.66.86.0/24 via 10.0.1.35 dev a0 table 300
ip route add 35.69.0.0/16 via 10.0.1.19 dev a0 table 100
ip route add 217.185.61.0/24 via 10.0.2.33 dev b0
ip route add 137.92.189.0/24 via 10.0.1.9 dev a0 table 300 src 10.0.1.1
ip route add 184.29.245.0/24 via 10.0.2.40 dev b0 table 300 metric 93
ip route add 123.66.50.0/24 via 10.0.1.8 dev a0
ip route add 183.74.0.0/16 via 10.0.1.17 dev a0
ip route add 217.178.124.0/22 via 10.0.2.36 dev b0 table 300
ip route add 49.141.0.0/20 via 10.0.1.15 dev a0 table 100 proto kernel
ip route add 45.92.226.0/24 via 10.0.1.36 dev a0 table 100
ip route add 195.22.88.0/22 via 10.0.2.29 dev b0 table isp metric 488
ip route add 51.167.0.0/16 via 10.0.1.39 table 100
ip route append 222.133.128.0/19 via 10.0.2.3 dev b0 metric 289
ip route add 174.221.236.0/23 via 10.0.1.4 dev a0 table 300 proto kernel
ip route add 97.226.153.0/24 via 10.0.2.19 dev b0
ip route add 218.35.245.0/24 via 10.0.2.23 dev b0 table isp proto kernel
ip route add 188.0.0.0/8 via 10.0.1.18 dev a0
ip route add 195.40.174.0/23 via 10.0.2.31 dev b0 table isp
ip route add 49.119.211.0/24 via 10.0.1.19 dev a0 table isp
ip route add 122.225.194.0/24 via 10.0.1.13 dev a0 table 100
ip route add 203.125.188.0/22 via 10.0.1.25 table 300
ip route add 119.62.0.0/16 via 10.0.1.31 dev a0 table 300
ip route add 187.195.128.0/24 via 10.0.2.37 dev b0 table isp
ip route add 189.247.71.0/24 via 10.0.1.8 dev a0 table isp
ip route add 9.2.91.0/24 via 10.0.2.17 dev b0 table isp metric 323
ip route add 49.238.6.87 via 10.0.2.10 dev b0 table 100
ip route add 4.68.80.0/20 via 10.0.1.5 dev a0 table isp
ip route add 199.193.68.0/24 via 10.0.2.39
ip route add 116.29.149.0/24 via 10.0.1.25 dev a0 table isp proto static metric 167
ip route add 123.138.32.0/19 via 10.0.2.37 dev b0 table isp
ip route add 14.203.80.0/24 via 10.0.1.35 dev a0 table 300 proto 99
ip route add 146.172.63.0/24 via 10.0.1.29 dev a0
ip route add 177.224.79.0/24 via 10.0.2.4 dev b0
ip route add 156.227.69.0/24 via 10.0.2.23 dev b0 table 300
ip route add 160.88.159.0/24 via 10.0.1.11 dev a0 table isp
ip route add 66.230.240.0/22 via 10.0.2.26
ip route add 35.157.78.0/23 via 10.0.2.9 dev b0 proto 99
ip route add 42.3.80.0/24 via 10.0.1.20 dev a0 table 300 proto static
ip route add 99.171.46.0/24 via 10.0.2.29 table 100
ip route add 69.158.96.0/20 via 10.0.2.8 dev b0 table isp src 10.0.2.1
ip route add 177.237.208.0/24 via 10.0.1.17 dev a0 table 100
ip route add 58.197.198.0/24 via 10.0.2.12 dev b0
ip route add 93.22.21.0/24 via 10.0.2.12 dev b0
ip route add 193.110.216.0/22 via 10.0.2.35 dev b0 table 300
ip route add 157.53.172.0/23 via 10.0.2.20 dev b0 table 300 metric 284
ip route add 173.254.45.0/24 via 10.0.1.3 dev a0 table isp
ip route add 147.63.28.0/22 via 10.0.2.6 dev b0 table 300 metric 442
ip route add 110.166.0.0/16 via 10.0.2.37 dev b0
ip route add 163.159.176.0/20 via 10.0.1.7 dev a0 table 300 proto static
ip route add 207.91.0.0/16 via 10.0.2.11 dev b0 table 300 proto static
ip route add 182.234.0.0/16 via 10.0.1.26 dev a0 table 300 proto 99
ip route add 108.240.0.0/20 via 10.0.1.32 table isp
ip route add 31.73.206.0/24 via 10.0.2.21 dev b0 table 300 metric 225
ip route add 182.80.0.0/16 via 10.0.1.18 dev a0 table isp metric 13
ip route add 36.223.233.0/24 via 10.0.1.17 dev a0 table 300
ip route add 74.216.0.0/16 via 10.0.1.17 dev a0 table 300
ip route add 208.165.28.0/24 via 10.0.2.8 dev b0 table 100
ip route add 100.49.122.0/24 via 10.0.2.24 table 100
ip route append 117.55.17.0/24 via 10.0.1.5 dev a0 proto static metric 369
ip route add 130.146.137.0/24 via 10.0.1.3 dev a0 table 100
ip route add 64.149.131.0/24 via 10.0.1.14 dev a0 metric 152
ip route add 86.159.241.0/24 via 10.0.1.5 dev a0 table isp
ip route add 200.251.16.0/20 via 10.0.2.28 dev b0 table isp proto static metric 226
ip route add 3.107.40.0/23 via 10.0.1.20 dev a0
ip route add 173.44.107.0/24 via 10.0.2.17 dev b0 proto static
ip route add 175.197.84.0/24 via 10.0.1.25 dev a0 table isp metric 197
ip route add 18.187.12.0/22 via 10.0.1.37 dev a0 table isp
ip route add 169.198.132.0/23 via 10.0.1.19 dev a0 table 300
ip route add 196.238.198.0/24 via 10.0.2.31 table isp proto kernel
ip route add 31.242.246.0/24 via 10.0.1.2
ip route add 149.185.160.0/19 via 10.0.2.24 dev b0
ip route add 100.166.202.48/28 via 10.0.1.7 dev a0 table isp
ip route add 188.29.112.0/24 via 10.0.1.39 dev a0
ip route add 220.43.167.128/28 via 10.0.1.38 dev a0 src 10.0.1.1
ip route add 181.55.32.0/23 via 10.0.1.8 table isp metric 420
ip route add 38.36.0.0/16 via 10.0.1.32 dev a0 table isp
ip route add 161.213.214.0/24 via 10.0.2.7 table 300 proto kernel
ip route add 105.95.80.0/22 via 10.0.2.6 dev b0 table 100
ip route add 162.240.36.0/24 via 10.0.2.19 dev b0 table 100 src 10.0.2.1
ip route add 140.248.14.0/23 via 10.0.2.10 table isp
ip route add 97.68.179.0/24 via 10.0.1.20 dev a0 table isp proto kernel
ip route add 189.172.220.0/24 via 10.0.1.35 dev a0 table 300
ip route add 16.41.138.0/24 via 10.0.1.36
ip route add 104.187.194.0/23 via 10.0.1.25 metric 270
ip route add 123.64.160.0/19 via 10.0.2.6 dev b0 table 300
ip route add 156.89.9.0/24 via 10.0.1.17 dev a0
ip route add 185.134.215.0/24 via 10.0.2.35 dev b0 table isp
ip route add 155.84.100.0/23 via 10.0.1.25 dev a0 table 300
ip route add 82.20.195.0/24 via 10.0.1.5 dev a0 table 100
ip route add 17.24.30.33 via 10.0.2.9 dev b0 proto static
ip route add 113.101.234.0/24 via 10.0.1.19 dev a0 table 300
ip route add 67.16.0.0/20 via 10.0.1.31 table 100 metric 313
ip route add 69.64.186.0/24 via 10.0.2.29 dev b0
ip route add 23.33.224.0/24 via 10.0.2.10 dev b0 table 100 metric 79
ip route add 168.139.196.0/22 via 10.0.2.11 dev b0 table 100 metric 82
ip route add 151.106.36.0/24 via 10.0.2.18 table isp proto kernel
ip route add 204.213.160.0/19 via 10.0.1.35 table 100 proto kernel
ip route add 43.107.160.20 via 10.0.2.6 dev b0 table isp
ip route add 36.231.183.0/24 via 10.0.1.11 dev a0 proto 99
ip route add 114.238.24.0/22 via 10.0.1.21 dev a0 table 300
ip route add 160.49.89.0/24 via 10.0.2.30 dev b0
ip route add 99.117.134.0/24 via 10.0.2.23 table 300
ip route add 177.58.0.0/23 via 10.0.1.6 dev a0 table 300
ip route add 178.203.0.0/16 via 10.0.1.26 dev a0 table isp
ip route add 223.245.208.0/20 via 10.0.2.19 dev b0 table isp
ip route add 27.63.25.0/24 via 10.0.2.4 dev b0 table 100
ip route add 4.206.136.220 via 10.0.1.20 dev a0 table 100 proto kernel
ip route add 118.197.67.0/24 via 10.0.2.14 table 300
ip route add 3.221.81.0/24 via 10.0.2.9 dev b0 table 100
ip route add 177.115.44.0/24 via 10.0.1.9 dev a0 table 100 src 10.0.1.1
ip route add 68.227.82.0/24 via 10.0.2.4 dev b0 table isp proto 99 src 10.0.2.1
ip route add 195.171.96.0/19 via 10.0.2.18 table 100
ip route add 1.197.58.0/24 via 10.0.2.18 table isp
ip route add 7.226.12.0/23 via 10.0.1.4 dev a0 table 300 proto kernel
ip route add 99.157.58.0/24 via 10.0.2.36 dev b0 table 300
ip route add 66.85.218.0/23 via 10.0.1.5
ip route add 201.247.197.0/24 via 10.0.1.24 table isp
ip route add 113.192.37.0/24 via 10.0.2.20 dev b0
ip route add 125.253.224.0/19 via 10.0.2.13 table isp
ip route add 219.168.44.0/24 via 10.0.1.25
ip route add 3.116.80.0/23 via 10.0.1.17 dev a0 table isp
ip route add 152.11.74.0/24 via 10.0.2.4 dev b0 table 300
ip route add 32.99.96.32/28 via 10.0.2.28 dev b0 table 300 src 10.0.2.1 metric 115
ip route add 152.51.105.0/24 via 10.0.2.7 dev b0 table 300
ip route add 39.51.83.0/24 via 10.0.1.6 dev a0 table 300 proto 99
ip route add 189.126.83.0/24 via 10.0.1.8 dev a0 table 100
ip route add 124.222.7.0/24 via 10.0.2.22 dev b0
ip route add 211.151.160.0/22 via 10.0.2.35
ip route add 152.172.47.0/24 via 10.0.1.32 dev a0 table isp
ip route add 152.87.200.0/22 via 10.0.1.8 dev a0 table 300
ip route add 189.57.218.0/24 via 10.0.2.26 proto 99
ip route add 9.155.216.0/22 via 10.0.2.12 dev b0 table isp
ip route add 32.141.16.0/20 via 10.0.2.2 table 300
ip route add 140.250.38.0/23 via 10.0.2.10 dev b0 table 100
ip route add 198.185.98.0/23 via 10.0.1.37 dev a0 table isp
ip route add 199.157.243.0/24 via 10.0.2.6 dev b0 proto static
ip route add 57.97.208.0/20 via 10.0.2.40 table 100 proto static src 10.0.2.1
ip route add 106.82.178.0/23 via 10.0.2.22 dev b0
ip route add 84.226.124.0/24 via 10.0.1.29 dev a0 table 100
ip route add 182.128.176.0/23 via 10.0.2.31 dev b0
ip route add 173.28.113.0/24 via 10.0.1.36 dev a0 table isp src 10.0.1.1
ip route add 101.134.184.0/23 via 10.0.2.4 dev b0 table 100
ip route add 175.48.160.0/19 via 10.0.1.34 dev a0 table 300
ip route add 164.244.64.0/19 via 10.0.1.40 dev a0 table 300
ip route add 82.172.0.0/16 via 10.0.2.4 table 300
ip route add 68.75.32.0/24 via 10.0.1.12 dev a0 table isp
ip route add 43.31.40.0/24 via 10.0.2.14 table 100 proto 99
ip route add 180.93.0.0/16 via 10.0.2.10 table 100
ip route add 22.166.96.0/19 via 10.0.2.37 dev b0 table 300 proto static
ip route add 192.99.139.0/24 via 10.0.2.35 dev b0 table 100
ip route add 134.131.15.0/24 via 10.0.2.2 table 300
ip route add 132.218.27.0/24 via 10.0.2.22 table 300 src 10.0.2.1
ip route add 64.164.208.0/20 via 10.0.1.27 table isp
ip route add 164.16.120.0/22 via 10.0.2.11 dev b0 proto static
ip route add 1.121.240.0/24 via 10.0.1.29 table isp
ip route add 170.150.147.0/24 via 10.0.2.21 table 100
ip route add 169.44.128.0/19 via 10.0.2.31 dev b0 table 100 proto 99
ip route add 23.209.224.0/20 via 10.0.2.9 dev b0 table isp
ip route add 120.212.96.9 via 10.0.2.2 table isp
ip route add 116.200.248.207 via 10.0.2.26 dev b0 metric 18
ip route add 111.33.94.0/24 via 10.0.1.24 dev a0 table isp
ip route add 156.151.209.0/24 via 10.0.1.11 dev a0 table 300 metric 153
ip route add 206.0.0.0/8 via 10.0.1.7 dev a0 table 100
ip route add 105.205.98.0/24 via 10.0.2.9 dev b0 table isp proto kernel
ip route add 214.38.0.0/19 via 10.0.1.3 dev a0 table 100
ip route add 192.181.128.0/19 via 10.0.1.17 dev a0 table 100 proto kernel
ip route add 20.158.200.0/24 via 10.0.1.12 dev a0 table 100
ip route add 168.252.9.0/24 via 10.0.1.34 dev a0 table 300
ip route add 54.55.4.0/24 via 10.0.2.40 dev b0 table isp
ip route add 101.181.88.0/23 via 10.0.2.32 table 300 proto kernel
ip route add 97.67.176.0/22 via 10.0.2.2 dev b0 table 100
ip route add 93.60.207.0/24 via 10.0.2.38 dev b0
ip route add 194.15.0.0/16 via 10.0.1.37 dev a0
ip route add 131.222.248.0/24 via 10.0.1.15 dev a0 table 100
ip route add 120.109.169.0/24 via 10.0.2.4 dev b0 table isp
ip route add 219.30.220.0/22 via 10.0.1.16 dev a0 table 100 metric 143
ip route add 71.8.94.21 via 10.0.2.9 dev b0 table isp
ip route add 89.0.0.0/8 via 10.0.2.35 dev b0 table isp
ip route add 197.210.75.0/24 via 10.0.2.27 dev b0 src 10.0.2.1
ip route add 180.88.106.0/24 via 10.0.2.17 dev b0
ip route add 106.6.0.0/16 via 10.0.2.27 dev b0 metric 312
ip route add 100.126.21.176/28 via 10.0.2.29 dev b0 table 100
ip route add 168.115.96.0/19 via 10.0.2.33 dev b0 table isp metric 361
ip route add 220.115.237.0/24 via 10.0.2.18 dev b0
ip route add 96.197.14.0/23 via 10.0.2.38 dev b0 table isp proto static metric 265
ip route add 32.167.33.0/24 via 10.0.1.23 dev a0 table 100
ip route add 28.93.224.0/20 via 10.0.1.22 dev a0 table 100
ip route add 73.78.6.0/23 via 10.0.2.12 dev b0 table 100 proto static
ip route add 89.244.206.96/28 via 10.0.2.17 dev b0 table 100
ip route add 135.141.200.0/24 via 10.0.2.16 dev b0 table 100
ip route add 99.97.220.0/24 via 10.0.1.26 dev a0 table isp
ip route add 89.215.224.0/20 via 10.0.1.19 dev a0 table isp
ip route add 184.96.79.0/24 via 10.0.1.20 dev a0 table 100 proto static
ip route add 36.56.34.0/24 via 10.0.1.12 dev a0 table 100
ip route add 181.100.125.0/24 via 10.0.1.24 dev a0 table isp
ip route add 190.23.227.0/24 via 10.0.1.31 dev a0 table 300
ip route add 68.255.90.0/24 via 10.0.2.15 dev b0
ip route add 150.142.0.0/16 via 10.0.2.10 dev b0 table 100 proto kernel
ip route add 193.88.253.0/24 via 10.0.1.35 dev a0 table isp
ip route add 120.65.215.0/24 via 10.0.2.39 dev b0 table 100
ip route add 175.215.212.0/24 via 10.0.2.29 table 100
ip route add 152.3.163.0/24 via 10.0.1.26 dev a0
ip route append 56.120.187.0/24 via 10.0.1.3 dev a0 metric 111
ip route add 6.211.164.0/24 via 10.0.2.17 dev b0 table 300 metric 393
ip route add 163.191.169.0/24 via 10.0.1.3 dev a0 table isp
ip route add 115.200.64.0/19 via 10.0.2.10 dev b0 table isp
ip route add 116.204.176.0/20 via 10.0.2.26 dev b0 table isp metric 137
ip route add 154.234.193.0/24 via 10.0.2.18 dev b0 table 300
ip route add 221.214.18.0/24 via 10.0.1.28 table isp metric 377
ip route add 145.134.40.0/22 via 10.0.1.37 dev a0 table 300
ip route add 31.248.187.0/24 via 10.0.2.39 table isp proto kernel
ip route add 153.53.52.0/22 via 10.0.2.8 dev b0 proto kernel
ip route add 188.143.47.136 via 10.0.1.28 dev a0 table 300
ip route add 202.144.81.0/24 via 10.0.1.18 table 100
ip route add 115.196.132.0/22 via 10.0.2.5 dev b0
ip route add 2.68.96.0/19 via 10.0.1.4 dev a0 table 100
ip route add 85.157.212.0/24 via 10.0.2.36 dev b0 table isp
ip route add 191.181.178.0/24 via 10.0.1.8 table 300
ip route add 199.230.213.0/24 via 10.0.2.21 table 300
ip route add 111.253.48.0/22 via 10.0.1.29 dev a0 proto 99
ip route add 86.61.160.0/24 via 10.0.2.37 table isp
ip route add 80.241.96.0/19 via 10.0.1.7 dev a0 table isp
ip route add 175.134.92.0/22 via 10.0.1.8 dev a0
ip route add 190.89.88.0/23 via 10.0.1.19 dev a0 table 300 proto static
ip route add 75.245.72.0/23 via 10.0.1.31 dev a0 table 100 proto static
ip route add 27.10.18.0/23 via 10.0.2.31 dev b0 table isp
ip route add 143.98.0.0/16 via 10.0.2.35 dev b0 table isp
ip route add 159.243.32.0/24 via 10.0.1.3 table 300
ip route add 55.183.110.0/24 via 10.0.1.17 table 100
ip route add 9.117.80.0/20 via 10.0.2.22 table 100
ip route add 66.162.237.32/28 via 10.0.2.22 dev b0 table isp
ip route add 94.17.108.0/23 via 10.0.2.13 dev b0 table isp proto 99
ip route add 5.55.147.0/24 via 10.0.2.19 dev b0 table isp
ip route add 68.200.23.0/24 via 10.0.2.22 dev b0 table isp proto 99
ip route add 82.246.0.0/16 via 10.0.2.14 dev b0 table 100
ip route add 182.170.69.0/24 via 10.0.1.5 table isp
ip route add 78.40.84.0/22 via 10.0.2.37 dev b0 table 100
ip route add 164.121.110.0/24 via 10.0.2.39 dev b0 table 100
ip route add 182.88.144.0/24 via 10.0.2.28 table isp proto kernel
ip route add 103.187.224.0/23 via 10.0.1.38 dev a0 src 10.0.1.1
ip route add 8.154.36.0/22 via 10.0.1.35 dev a0 table 300
ip route add 205.154.164.0/23 via 10.0.2.20 dev b0 table 300
ip route add 157.30.46.0/24 via 10.0.2.26 dev b0 table 300
ip route add 136.213.159.224/28 via 10.0.1.17 dev a0 table 300 proto 99
ip route add 121.151.44.0/24 via 10.0.2.9 dev b0 table 100
ip route add 186.186.32.0/20 via 10.0.2.19 dev b0 table isp
ip route add 31.139.178.0/24 via 10.0.2.32 dev b0 table 300 metric 150
ip route append 200.60.32.0/20 via 10.0.1.23 dev a0 metric 331
ip route add 124.126.163.0/24 via 10.0.1.30 dev a0 table isp
ip route add 37.225.220.0/23 via 10.0.2.28 dev b0 table isp metric 291
ip route add 2.17.8.0/24 via 10.0.1.29
ip route add 33.115.68.0/23 via 10.0.1.28 dev a0
ip route add 4.58.82.0/24 via 10.0.1.19 dev a0
ip route add 191.175.100.0/23 via 10.0.1.3 dev a0 table isp
ip route add 183.143.23.0/24 via 10.0.2.33 dev b0
ip route add 128.156.0.0/16 via 10.0.2.10
ip route add 222.119.59.83 via 10.0.1.21 dev a0
ip route add 70.106.127.0/24 via 10.0.2.15 dev b0 table 300 metric 82
ip route add 57.133.127.0/24 via 10.0.2.14 dev b0 table 300 proto static src 10.0.2.1
ip route add 190.203.105.0/24 via 10.0.2.39 dev b0 table 300
ip route add 72.212.176.0/22 via 10.0.1.39 dev a0 table 100 proto 99
ip route add 91.43.160.0/19 via 10.0.1.25 dev a0 table isp
ip route add 18.47.98.0/24 via 10.0.1.27 dev a0
ip route add 181.124.191.0/24 via 10.0.2.33 dev b0 table isp
ip route add 182.76.166.0/23 via 10.0.1.40 dev a0 table 300
ip route add 79.34.0.0/19 via 10.0.1.7 dev a0 table 100
ip route add 154.216.0.0/24 via 10.0.2.18 dev b0
ip route add 151.168.0.0/16 via 10.0.1.37 dev a0
ip route add 144.76.109.0/24 via 10.0.2.35 dev b0 table 300
ip route add 124.89.76.0/22 via 10.0.1.27 dev a0 table 300
ip route add 44.85.156.0/24 via 10.0.1.3 dev a0 table 100
ip route add 177.197.84.0/22 via 10.0.1.27 dev a0 proto static
ip route add 218.242.51.0/24 via 10.0.1.18 proto kernel
ip route append 68.255.90.0/24 via 10.0.1.30 dev a0 src 10.0.1.1 metric 338
ip route add 151.105.224.0/19 via 10.0.2.32 dev b0 table isp
ip route add 184.238.80.0/20 via 10.0.1.2 table isp proto kernel metric 494
ip route add 201.95.152.0/22 via 10.0.2.29 dev b0 table 300
ip route add 9.66.232.0/22 via 10.0.2.24
ip route add 214.184.226.0/24 via 10.0.1.34 dev a0 table isp
ip route add 117.144.72.0/22 via 10.0.1.5 dev a0 table 100 metric 293
ip route add 5.158.38.0/24 via 10.0.2.34 dev b0 table isp
ip route add 81.23.122.0/24 via 10.0.2.36 dev b0 table 300 proto 99
ip route add 101.120.38.0/24 via 10.0.1.4 dev a0 table 100
ip route add 159.79.160.0/19 via 10.0.1.20 dev a0 proto 99
ip route add 61.240.128.0/19 via 10.0.2.25 dev b0 table 100
ip route add 5.38.108.0/24 via 10.0.1.23 dev a0 table isp proto 99
ip route add 165.0.0.0/8 via 10.0.2.29 dev b0 table 300
ip route add 165.249.52.0/24 via 10.0.2.20 dev b0 table isp
ip route add 205.213.66.0/23 via 10.0.1.3 table 100
ip route add 114.0.101.0/24 via 10.0.1.25 dev a0 table 300 proto kernel src 10.0.1.1
ip route add 28.11.252.0/24 via 10.0.1.30
ip route add 176.11.180.0/22 via 10.0.1.31 table 300
ip route add 37.183.0.0/16 via 10.0.1.6 dev a0 table isp proto static src 10.0.1.1
ip route add 84.198.32.0/20 via 10.0.2.18 dev b0 proto kernel
ip route add 199.249.208.0/22 via 10.0.1.6 dev a0 table 300
ip route add 76.195.208.0/20 via 10.0.1.21 dev a0 table isp
ip route add 147.60.228.0/24 via 10.0.2.34 table 300
ip route add 148.223.24.0/23 via 10.0.1.20 dev a0 metric 323
ip route add 114.198.96.0/24 via 10.0.1.28 dev a0 src 10.0.1.1
ip route add 42.70.128.0/20 via 10.0.1.23
ip route add 211.50.90.0/24 via 10.0.2.25 table 100 proto static
ip route add 82.3.230.0/23 via 10.0.1.23 dev a0 table 300
ip route add 113.83.110.0/24 via 10.0.1.22 dev a0 table 100 proto kernel
ip route add 96.89.8.0/24 via 10.0.2.19 dev b0 table 300 proto 99
ip route add 110.183.190.0/23 via 10.0.1.35 dev a0 table 100 proto 99
ip route add 97.225.149.0/24 via 10.0.1.40 dev a0 table 300 proto static
ip route add 134.129.96.0/19 via 10.0.2.19 dev b0 src 10.0.2.1 metric 392
ip route add 28.49.2.112/28 via 10.0.2.30 table 300
ip route add 70.7.162.0/23 via 10.0.2.36 table isp
ip route add 6.126.128.0/20 via 10.0.2.22 dev b0 table isp
ip route add 124.113.0.0/16 via 10.0.1.11 dev a0
ip route add 163.113.68.0/24 via 10.0.1.15 dev a0 table isp
ip route add 19.208.98.0/23 via 10.0.1.4 dev a0 table isp
ip route add 89.208.232.0/22 via 10.0.2.23 dev b0 table isp metric 72
ip route add 95.246.70.0/23 via 10.0.1.29 table isp
ip route add 196.21.192.0/24 via 10.0.1.8 dev a0 table 100 proto static
ip route add 40.165.175.0/24 via 10.0.1.11 dev a0 table isp
ip route add 64.106.217.0/24 via 10.0.2.4 table 300 proto static
ip route add 223.129.96.0/19 via 10.0.1.8 table isp
ip route add 193.132.8.0/24 via 10.0.2.19 dev b0 table isp
ip route add 212.61.94.0/24 via 10.0.2.17 dev b0 proto static
ip route add 89.121.202.0/23 via 10.0.1.22 dev a0
ip route add 83.123.0.0/20 via 10.0.1.12 dev a0 table isp
ip route add 98.110.36.0/24 via 10.0.2.16 dev b0 table isp metric 355
ip route add 18.6.23.0/24 via 10.0.1.30 dev a0
ip route add 68.101.218.0/23 via 10.0.2.21 dev b0 proto 99
ip route add 151.218.39.0/24 via 10.0.2.27 dev b0 table 100
ip route add 62.72.143.0/24 via 10.0.2.24 dev b0 table isp
ip route add 95.177.84.0/22 via 10.0.1.39 dev a0 proto kernel metric 33
ip route append 34.147.58.117 via 10.0.2.37 dev b0 metric 193
ip route add 197.105.154.0/24 via 10.0.1.33 dev a0 table isp
ip route add 72.202.0.0/23 via 10.0.1.24 dev a0 table 100
ip route add 73.86.170.0/24 via 10.0.1.25 table 300 metric 43
ip route add 69.121.20.0/22 via 10.0.2.14 dev b0 table 300
ip route add 60.33.196.0/24 via 10.0.2.32 dev b0 table 300
ip route add 208.181.20.0/24 via 10.0.1.25 dev a0 table 300
ip route add 218.114.128.0/19 via 10.0.1.23 dev a0 table isp
ip route add 76.65.168.0/24 via 10.0.1.37 dev a0 proto 99
ip route add 63.96.16.0/22 via 10.0.2.2 dev b0 table isp
ip route add 65.72.205.0/24 via 10.0.1.5 table 300
ip route add 72.26.18.0/24 via 10.0.2.10 proto kernel src 10.0.2.1
ip route add 109.74.206.0/24 via 10.0.1.35 dev a0 proto static
ip route add 160.176.173.0/24 via 10.0.1.35 dev a0
ip route add 121.27.122.0/24 via 10.0.1.10 dev a0 table 300
ip route add 204.247.28.0/22 via 10.0.1.38 dev a0 table isp proto 99
ip route add 46.149.192.0/22 via 10.0.1.30 dev a0 table 100 metric 242
ip route add 144.127.8.0/24 via 10.0.2.27 dev b0 table 100
ip route add 37.206.136.0/22 via 10.0.1.21 dev a0
ip route add 45.175.0.0/16 via 10.0.2.29 dev b0 table 300
ip route add 155.2.19.0/24 via 10.0.2.22 dev b0 table 300
ip route add 8.160.126.0/24 via 10.0.2.39 dev b0 table 300
ip route add 57.224.204.0/23 via 10.0.2.38 table 100
ip route add 188.47.59.0/24 via 10.0.2.8 dev b0 table 300
ip route add 35.73.58.0/24 via 10.0.1.12 dev a0 table 100
ip route add 183.235.216.0/22 via 10.0.2.40 dev b0 table 300
ip route append 18.6.23.0/24 via 10.0.1.15 metric 447
ip route add 28.179.168.200 via 10.0.1.20 dev a0 table isp proto static
ip route add 137.228.178.0/24 via 10.0.2.15 dev b0 table 100 proto kernel
ip route add 97.252.236.0/22 via 10.0.1.40 dev a0 table 300 proto 99
ip route add 96.248.71.16/28 via 10.0.2.40 dev b0
ip route add 21.12.0.0/22 via 10.0.1.19 dev a0 table isp
ip route add 109.170.248.0/22 via 10.0.2.8 dev b0 table 100
ip route add 153.5.86.0/24 via 10.0.2.2 dev b0 metric 393
ip route add 135.66.227.0/24 via 10.0.2.38 dev b0 table 300
ip route add 54.253.248.0/23 via 10.0.1.9 dev a0 table isp
ip route add 191.0.0.0/8 via 10.0.2.6 dev b0 table 100
ip route add 11.213.50.0/24 via 10.0.1.33
ip route add 148.164.180.0/22 via 10.0.2.24 dev b0 table isp src 10.0.2.1
ip route add 180.192.56.0/22 via 10.0.2.9 dev b0 table isp
ip route add 171.106.230.0/24 via 10.0.1.33 dev a0 proto 99
ip route add 56.131.197.0/24 via 10.0.2.24 dev b0 table 300
ip route add 146.229.248.0/22 via 10.0.1.31 dev a0 table 300
ip route add 95.235.70.0/24 via 10.0.2.5 dev b0 table 300
ip route add 39.230.3.0/24 via 10.0.1.39 dev a0 table 100
ip route add 208.90.0.0/16 via 10.0.2.9
ip route add 45.103.96.0/19 via 10.0.1.36 dev a0
ip route add 119.15.168.0/23 via 10.0.1.12 dev a0 table 100 proto kernel metric 45
ip route add 132.27.192.0/23 via 10.0.1.4 dev a0 table isp
ip route add 191.69.208.0/20 via 10.0.2.31 dev b0
ip route add 129.95.78.0/24 via 10.0.2.15 table isp
ip route add 183.246.112.0/20 via 10.0.1.36 dev a0 table 100
ip route add 194.235.4.0/22 via 10.0.1.33 dev a0 table isp
ip route add 63.53.96.0/20 via 10.0.2.32 dev b0
ip route add 74.166.227.0/24 via 10.0.1.16 dev a0 table 100
ip route add 212.169.138.0/23 via 10.0.1.26 dev a0 table isp
ip route add 55.208.224.0/19 via 10.0.1.7 dev a0 proto kernel src 10.0.1.1
ip route add 13.49.232.0/24 via 10.0.1.11 dev a0 table 300
ip route add 150.246.20.0/24 via 10.0.2.19 dev b0 table 300
ip route add 170.123.35.0/24 via 10.0.2.20 dev b0 table 100
ip route add 121.0.0.0/12 via 10.0.2.9 table 300
ip route add 32.56.128.0/19 via 10.0.2.17 table isp metric 9
ip route add 135.137.192.0/20 via 10.0.1.7 dev a0 table 300 proto kernel
ip route add 51.108.233.0/24 via 10.0.1.40 dev a0
ip route add 44.30.166.247 via 10.0.2.13 dev b0 table isp metric 408
ip route add 120.87.64.0/24 via 10.0.1.36 dev a0 metric 493
ip route add 220.99.0.0/16 via 10.0.1.37 dev a0
ip route add 153.23.212.0/22 via 10.0.1.25 dev a0 table isp
ip route add 164.119.16.0/24 via 10.0.1.36 dev a0
ip route add 23.90.241.0/24 via 10.0.2.7 dev b0 table 300
ip route add 96.159.192.0/20 via 10.0.1.3 dev a0 table 100
ip route add 186.58.176.0/20 via 10.0.2.15 dev b0 table 100 proto static
ip route add 175.43.255.109 via 10.0.2.28 dev b0 table 300 metric 79
ip route add 215.88.224.0/19 via 10.0.2.21 dev b0 table 300
ip route append 26.184.120.0/24 via 10.0.1.2 dev a0 metric 118
ip route add 72.107.224.0/20 via 10.0.2.39 dev b0 src 10.0.2.1
ip route append 93.60.207.0/24 via 10.0.1.40 dev a0 metric 477
ip route add 38.36.24.0/24 via 10.0.1.17 dev a0 table 300
ip route add 145.206.243.0/24 via 10.0.2.25 table isp proto 99
ip route add 218.192.206.0/24 via 10.0.2.35 table 100
ip route add 29.160.0.0/12 via 10.0.2.40 table isp metric 127
ip route add 43.38.206.0/24 via 10.0.2.12 dev b0 table 100 proto 99
ip route add 38.139.208.0/20 via 10.0.2.23 dev b0 proto 99
ip route add 102.244.231.0/24 via 10.0.1.35 dev a0 table 100 proto 99
ip route add 59.178.131.192/28 via 10.0.2.5 dev b0 table 300
ip route add 51.184.154.0/24 via 10.0.1.40 table isp proto 99
ip route add 44.84.242.0/24 via 10.0.1.10 table 100
ip route add 135.13.72.0/24 via 10.0.1.21 src 10.0.1.1
ip route add 25.172.40.0/22 via 10.0.2.31 dev b0 table 300
ip route add 114.199.136.0/22 via 10.0.2.4 dev b0 table 300
ip route add 22.57.92.0/22 via 10.0.2.40 dev b0 table 100
ip route append 147.17.201.0/24 via 10.0.2.31 dev b0 metric 291
ip route add 182.158.166.0/23 via 10.0.2.34 dev b0 table 100 proto static metric 65
ip route add 181.185.130.0/24 via 10.0.1.13 dev a0 table 100
ip route add 47.120.127.0/24 via 10.0.2.13 dev b0 table 100
ip route add 24.211.177.0/24 via 10.0.1.40 dev a0 table 300 proto kernel
ip route add 132.114.48.0/20 via 10.0.2.31 dev b0
ip route add 214.44.228.0/22 via 10.0.2.16 dev b0
ip route add 221.114.58.0/23 via 10.0.1.6 dev a0
ip route add 30.139.107.0/24 via 10.0.2.14 table isp
ip route add 102.220.23.0/24 via 10.0.2.18 table isp
ip route add 93.48.0.0/16 via 10.0.1.35 dev a0 table isp
ip route add 128.96.0.0/12 via 10.0.1.38 dev a0 table isp proto 99
ip route add 54.209.38.0/24 via 10.0.2.28 dev b0 table 300 proto 99
ip route add 170.40.160.0/22 via 10.0.2.40 table 100
ip route add 47.143.12.0/23 via 10.0.2.9 dev b0 table isp metric 39
ip route add 209.179.213.0/24 via 10.0.1.39 dev a0 table 100 proto kernel
ip route append 42.70.128.0/20 via 10.0.2.27 dev b0 metric 460
ip route add 70.164.148.0/24 via 10.0.1.13 dev a0 proto kernel
ip route add 189.92.188.0/24 via 10.0.2.14 dev b0 table isp
ip route add 136.147.88.0/22 via 10.0.2.12 dev b0 table isp
ip route add 77.203.196.0/24 via 10.0.2.11 dev b0
ip route add 59.56.22.0/24 via 10.0.1.6 table 100 proto static
ip route add 118.132.136.0/28 via 10.0.2.38 dev b0 table 300
ip route add 182.1.133.0/24 via 10.0.1.26
ip route add 6.237.116.0/23 via 10.0.2.19 dev b0 table 100
ip route add 212.12.80.0/23 via 10.0.2.9 dev b0 table 300 proto kernel
ip route add 217.9.73.0/24 via 10.0.1.13 dev a0 table 300
ip route add 214.182.250.0/24 via 10.0.1.28 dev a0 table 100
ip route add 210.153.96.0/19 via 10.0.2.30 dev b0
ip route add 22.235.17.0/24 via 10.0.2.35 table isp proto kernel
ip route add 120.185.87.0/24 via 10.0.2.37
ip route add 41.2.134.0/24 via 10.0.1.7 dev a0 table 300
ip route add 179.182.221.0/24 via 10.0.1.33 dev a0
ip route add 150.135.233.0/24 via 10.0.2.29 dev b0 table 300
ip route add 172.253.193.128/28 via 10.0.2.9 dev b0 table 100 src 10.0.2.1 metric 43
ip route add 48.156.145.16/28 via 10.0.2.30 table 300 proto static
ip route add 223.207.59.0/24 via 10.0.1.31 table 300
ip route add 54.162.57.0/24 via 10.0.1.11 dev a0
ip route add 22.187.0.0/16 via 10.0.2.33
ip route append 153.92.184.0/22 via 10.0.2.28 dev b0 metric 167
ip route add 197.135.168.0/24 via 10.0.1.8 dev a0 table 300 metric 136
ip route add 191.143.44.0/24 via 10.0.1.21 dev a0 table 100
ip route add 148.119.246.0/24 via 10.0.1.21 dev a0
ip route add 36.94.240.0/20 via 10.0.2.29 dev b0 table 100 metric 346
ip route add 147.46.104.0/22 via 10.0.1.13 dev a0 table 300
ip route add 64.253.128.0/19 via 10.0.2.27 dev b0 table isp
ip route add 53.111.192.0/19 via 10.0.2.10 dev b0 table 100 src 10.0.2.1
ip route add 111.218.16.0/22 via 10.0.2.37 table isp
ip route add 29.162.100.0/23 via 10.0.2.40 table isp
ip route add 20.175.124.0/23 via 10.0.2.21 dev b0 table 100
ip route add 165.4.85.0/24 via 10.0.1.32 dev a0 table 100
ip route add 100.143.147.0/24 via 10.0.1.5 dev a0 table 300
ip route add 157.19.134.0/24 via 10.0.1.9 dev a0
ip route add 17.56.48.0/20 via 10.0.2.31 dev b0
ip route add 186.71.227.0/24 via 10.0.2.30 dev b0 metric 440
ip route add 36.184.48.0/20 via 10.0.1.14 dev a0 table isp
ip route add 63.178.212.0/24 via 10.0.1.34 metric 98
ip route add 33.135.168.0/24 via 10.0.2.22 dev b0 table 300
ip route add 204.47.250.0/23 via 10.0.2.34 dev b0 table isp proto kernel
ip route add 33.178.232.0/24 via 10.0.1.10 dev a0 table 300 metric 379
ip route add 44.227.209.0/24 via 10.0.2.19 dev b0 table isp
ip route add 186.180.112.0/24 via 10.0.2.12 dev b0
ip route add 64.222.226.0/24 via 10.0.2.14 dev b0 table 300
ip route add 77.157.19.0/24 via 10.0.2.4 dev b0 table 100
ip route add 22.149.240.0/23 via 10.0.1.23 dev a0 table 300
ip route add 40.31.20.0/24 via 10.0.2.29 dev b0 table 100
ip route add 176.70.64.0/19 via 10.0.2.40 dev b0 table 100
ip route add 192.184.176.0/20 via 10.0.2.21 dev b0 table 100
ip route add 67.40.118.0/23 via 10.0.2.14 table isp
ip route append 207.96.0.0/12 via 10.0.2.32 dev b0 metric 199
ip route add 85.172.192.0/20 via 10.0.2.20 dev b0 proto static
ip route add 13.24.240.0/24 via 10.0.1.38 dev a0 table 100 metric 347
ip route add 122.146.74.0/24 via 10.0.1.31 dev a0
ip route add 95.249.106.0/23 via 10.0.1.39 dev a0 table 300
ip route add 175.119.180.0/24 via 10.0.2.22 table 100
ip route add 90.53.116.152 via 10.0.2.33 dev b0 table 100
ip route add 117.135.32.0/19 via 10.0.2.16 dev b0
ip route add 188.82.184.0/24 via 10.0.2.20 dev b0 table isp src 10.0.2.1 metric 207
ip route add 190.121.174.0/24 via 10.0.1.4 table isp
ip route add 186.47.180.0/23 via 10.0.1.26 dev a0 table 300
ip route add 155.86.160.0/19 via 10.0.2.31 dev b0 table 100
ip route add 43.124.0.0/16 via 10.0.2.19 dev b0 table isp src 10.0.2.1
ip route add 151.238.203.0/24 via 10.0.2.15 dev b0
ip route add 196.252.113.0/24 via 10.0.1.13 dev a0 proto 99
ip route add 174.228.82.0/24 via 10.0.2.20 dev b0 table 300 proto kernel
ip route add 119.144.212.0/22 via 10.0.2.7 dev b0 table isp proto kernel metric 484
ip route add 116.237.92.0/24 via 10.0.1.23 dev a0 table 300
ip route add 216.48.0.0/20 via 10.0.2.7 dev b0 proto kernel
ip route add 113.122.96.0/19 via 10.0.1.18 dev a0 table 100
ip route add 186.186.240.0/22 via 10.0.2.14 dev b0
ip route add 3.172.224.0/19 via 10.0.1.31 table isp
ip route add 100.5.141.0/24 via 10.0.2.40 dev b0 table isp
ip route add 13.203.140.0/23 via 10.0.2.40 dev b0
ip route add 108.211.0.0/16 via 10.0.2.37 table 100
ip route add 18.96.133.0/24 via 10.0.1.25 dev a0 table 100
ip route add 97.149.28.0/24 via 10.0.2.34 table 100
ip route add 178.84.113.0/24 via 10.0.1.14 dev a0
ip route add 12.168.78.0/24 via 10.0.1.28 dev a0 table 100
ip route add 121.188.61.0/24 via 10.0.2.18 dev b0 table 100
ip route add 53.143.217.146 via 10.0.1.37 dev a0 table 100
ip route add 25.219.0.0/16 via 10.0.2.7 dev b0 table 100
ip route add 58.216.212.0/22 via 10.0.1.37 dev a0
ip route add 122.179.0.0/19 via 10.0.2.19 dev b0 table 300 metric 212
ip route add 150.93.204.0/24 via 10.0.2.39 table 100
ip route add 105.167.157.0/24 via 10.0.2.6 dev b0 table 100 metric 62
ip route add 142.63.90.0/23 via 10.0.1.12 dev a0 table 100
ip route add 106.254.218.0/23 via 10.0.1.33 dev a0
ip route add 31.228.147.0/24 via 10.0.2.4 dev b0 table isp
ip route add 149.153.132.0/24 via 10.0.1.32 dev a0 table 100
ip route add 189.166.208.0/20 via 10.0.2.17 dev b0 proto static
ip route add 23.129.44.0/24 via 10.0.1.24 dev a0 table 100 src 10.0.1.1
ip route add 210.166.16.0/24 via 10.0.1.32 dev a0 table 100
ip route add 42.58.57.0/24 via 10.0.1.25 dev a0 table isp
ip route add 48.49.29.0/24 via 10.0.2.26 dev b0 table 300 proto 99
ip route add 79.45.160.0/24 via 10.0.2.36 dev b0 src 10.0.2.1
ip route add 166.129.176.0/20 via 10.0.1.15 dev a0
ip route add 139.36.106.0/24 via 10.0.2.9 dev b0 table 100 metric 448
ip route add 74.59.253.0/24 via 10.0.2.22 dev b0 table 100
ip route add 2.205.100.0/23 via 10.0.2.23 table 300 proto kernel
ip route add 6.96.40.0/22 via 10.0.1.30 table isp src 10.0.1.1
ip route add 136.187.0.0/19 via 10.0.2.8 proto static
ip route add 200.207.208.0/22 via 10.0.2.25 dev b0 table isp src 10.0.2.1
ip route add 77.141.38.0/23 via 10.0.1.5 dev a0 table 100 proto kernel
ip route add 148.125.176.0/24 via 10.0.2.31 dev b0 table 100 proto 99
ip route add 17.207.142.0/23 via 10.0.2.16 table 300 proto static
ip route add 111.230.84.0/24 via 10.0.2.38 dev b0 table 300
ip route add 217.3.192.0/19 via 10.0.2.15 dev b0 table isp src 10.0.2.1
ip route add 21.106.52.18 via 10.0.2.16
ip route add 20.32.28.0/22 via 10.0.2.2 dev b0 table 100 src 10.0.2.1
ip route add 213.102.236.0/22 via 10.0.1.18 dev a0 proto 99
ip route add 142.180.128.0/20 via 10.0.1.8 dev a0 table isp
ip route add 22.205.82.0/24 via 10.0.1.37 table isp
ip route add 24.237.226.0/24 via 10.0.1.36 dev a0 table 100
ip route add 202.37.12.0/24 via 10.0.2.19 dev b0 table isp
ip route add 153.120.65.0/24 via 10.0.2.32 dev b0 table isp
ip route add 222.40.61.0/24 via 10.0.1.22 dev a0 table 100
ip route add 150.177.0.0/16 via 10.0.2.14 dev b0 table isp
ip route add 7.156.160.0/23 via 10.0.1.11 dev a0 table isp
ip route add 146.226.54.0/24 via 10.0.2.13 dev b0 table 300
ip route add 17.101.96.0/24 via 10.0.2.12 dev b0 table 100
ip route add 200.54.107.229 via 10.0.1.12 dev a0 table 100
ip route add 118.80.169.0/24 via 10.0.1.14 dev a0 table 300 src 10.0.1.1
ip route add 197.2.196.0/22 via 10.0.1.17 dev a0
ip route add 100.208.0.0/12 via 10.0.1.38 table 300
ip route add 33.76.146.0/23 via 10.0.1.2 dev a0
ip route add 192.10.200.0/24 via 10.0.2.35 dev b0 table 300
ip route add 186.20.120.0/24 via 10.0.1.18 dev a0 table 100 proto static metric 358
ip route add 107.41.39.0/24 via 10.0.1.13 dev a0 table 100
ip route add 151.196.0.0/16 via 10.0.1.8 dev a0 table 300
ip route add 207.141.116.0/24 via 10.0.1.6 dev a0 table 300
ip route add 121.74.212.0/24 via 10.0.2.9 dev b0 table 300 proto static
ip route add 12.159.55.0/24 via 10.0.2.16 dev b0 table 100
ip route add 11.134.198.0/23 via 10.0.1.16 dev a0 table 100
ip route add 34.13.214.0/24 via 10.0.2.4 table 100
ip route add 215.229.0.0/24 via 10.0.2.22 table 100
ip route add 193.38.103.216 via 10.0.2.30 dev b0 table isp proto static metric 24
ip route add 164.255.0.0/16 via 10.0.1.32 dev a0 table 300
ip route add 55.238.238.0/24 via 10.0.2.7 dev b0
ip route add 164.38.24.0/23 via 10.0.1.15 dev a0 table 300
ip route add 189.251.32.0/24 via 10.0.2.12 dev b0 table 300 src 10.0.2.1
ip route add 41.117.69.0/24 via 10.0.2.29 table 100
ip route add 203.120.133.159 via 10.0.2.16 dev b0 table 300 src 10.0.2.1 metric 404
ip route add 150.248.235.0/24 via 10.0.2.6 dev b0
ip route add 114.102.167.32/28 via 10.0.1.17 dev a0
ip route add 183.97.13.216 via 10.0.1.40 table 100
ip route add 67.74.243.0/24 via 10.0.1.36 dev a0 table 100
ip route add 79.43.4.0/23 via 10.0.1.5 dev a0 table isp proto static metric 236
ip route add 37.92.93.146 via 10.0.2.26 dev b0 table 100 proto static
ip route add 120.15.240.0/20 via 10.0.2.30 dev b0 table 300
ip route add 200.211.128.0/20 via 10.0.2.37 dev b0
ip route add 171.37.149.0/24 via 10.0.2.26 dev b0 table isp
ip route add 177.98.52.0/23 via 10.0.1.32 dev a0
ip route add 118.70.0.0/16 via 10.0.2.10 dev b0 table isp
ip route add 17.220.87.0/24 via 10.0.2.24 dev b0 table 300
ip route add 66.155.85.245 via 10.0.2.7 dev b0 table isp
ip route add 222.196.240.0/20 via 10.0.1.5 dev a0 table 300
ip route add 126.214.224.0/19 via 10.0.1.27 table 300 proto kernel
ip route add 194.161.128.0/23 via 10.0.1.37 dev a0 table 100
ip route add 94.77.0.0/16 via 10.0.1.35 dev a0 table isp
ip route add 29.130.0.0/16 via 10.0.1.16 table 300 proto static
ip route add 217.50.160.0/19 via 10.0.2.14 dev b0 table isp
ip route add 175.140.197.0/24 via 10.0.2.22 dev b0 table 100 src 10.0.2.1
ip route add 191.79.196.0/22 via 10.0.2.9 dev b0
ip route add 177.244.14.0/24 via 10.0.1.4 dev a0 table isp
ip route add 64.195.60.0/22 via 10.0.2.15 dev b0 table 300 proto static
ip route append 221.247.220.0/22 via 10.0.2.2 metric 156
ip route add 107.67.85.0/24 via 10.0.2.24 dev b0
ip route add 184.120.196.0/24 via 10.0.1.29 table isp
ip route add 33.110.232.0/28 via 10.0.2.40 dev b0 table isp
ip route add 120.174.228.0/24 via 10.0.2.16 dev b0 table isp
ip route add 96.164.0.0/16 via 10.0.2.23 dev b0 table isp
ip route add 150.27.114.0/24 via 10.0.1.27 dev a0 table 300
ip route add 79.52.248.0/22 via 10.0.1.34 dev a0
ip route add 172.216.192.0/19 via 10.0.2.18 dev b0 table isp
ip route add 194.82.20.0/24 via 10.0.1.10 dev a0 table 100 proto kernel
ip route add 126.43.141.0/24 via 10.0.1.23 dev a0 table isp metric 381
ip route add 121.48.76.0/24 via 10.0.1.2 table isp
ip route add 196.29.156.32/28 via 10.0.2.38
ip route add 164.163.192.0/22 via 10.0.2.12 dev b0 proto kernel
ip route add 209.84.145.0/24 via 10.0.1.31 table 300 metric 115
ip route add 160.41.141.0/24 via 10.0.2.10 table isp
ip route add 38.54.110.0/23 via 10.0.1.3 dev a0 table isp
ip route add 175.123.112.0/22 via 10.0.1.29 dev a0 table isp
ip route add 22.58.146.0/24 via 10.0.1.21 dev a0 table isp
ip route add 106.233.98.0/24 via 10.0.2.13 dev b0 table 100
ip route add 48.217.140.0/24 via 10.0.1.37 dev a0
ip route add 126.39.66.0/24 via 10.0.2.2 dev b0 table isp
ip route add 76.124.128.0/20 via 10.0.2.8 dev b0 table isp proto 99
ip route add 151.197.76.0/22 via 10.0.2.14 dev b0 table 100
ip route append 185.88.140.0/22 via 10.0.1.10 dev a0 metric 458
ip route add 1.0.0.0/8 via 10.0.2.29
ip route add 196.194.79.0/24 via 10.0.1.39 dev a0 table 100
ip route add 104.12.20.0/24 via 10.0.2.13 dev b0 table 100 proto static
ip route add 22.96.236.0/22 via 10.0.1.5 dev a0 table 300
ip route add 141.176.128.0/24 via 10.0.1.27 dev a0 table 300 proto kernel metric 415
ip route add 197.204.255.0/24 via 10.0.2.2 dev b0 table 100
ip route add 17.107.112.0/20 via 10.0.1.29 dev a0 table isp
ip route add 152.91.176.0/20 via 10.0.2.17 dev b0 table isp
ip route add 139.128.221.0/24 via 10.0.2.11 dev b0 proto 99
ip route add 214.236.33.0/24 via 10.0.1.3 dev a0 table 100 proto 99
ip route add 144.234.222.0/24 via 10.0.2.21 dev b0 table 100
ip route add 202.79.0.0/16 via 10.0.2.4 dev b0 table 300
ip route add 117.202.120.0/22 via 10.0.2.25 dev b0
ip route add 91.139.127.0/24 via 10.0.2.6 dev b0 table 300
ip route add 66.238.64.0/20 via 10.0.1.37 dev a0 table 100
ip route add 188.15.227.0/24 via 10.0.2.14 dev b0
ip route add 130.139.14.0/24 via 10.0.1.4 dev a0 table 300
ip route add 80.50.174.0/24 via 10.0.2.36 dev b0
ip route add 7.90.27.0/24 via 10.0.2.17 dev b0 src 10.0.2.1 metric 223
ip route add 58.204.180.0/22 via 10.0.1.22 table 100 proto 99
ip route add 15.177.115.0/24 via 10.0.1.8 dev a0 proto kernel
ip route add 41.119.56.0/22 via 10.0.1.26 dev a0 table 100
ip route add 144.156.48.0/22 via 10.0.1.34 dev a0 table 300
ip route add 205.45.172.0/24 via 10.0.1.39 dev a0 table 300 src 10.0.1.1
ip route add 157.176.254.0/24 via 10.0.2.4 dev b0 table isp
ip route add 47.206.72.0/24 via 10.0.2.32 dev b0 table 300
ip route add 187.69.195.0/24 via 10.0.2.30 dev b0 table 100
ip route add 96.109.103.0/24 via 10.0.1.12 dev a0 table isp
ip route add 151.113.236.0/22 via 10.0.2.8 dev b0 table isp metric 465
ip route add 189.47.12.0/24 via 10.0.2.30 dev b0 table 100
ip route add 201.119.80.0/20 via 10.0.1.23 dev a0 table isp
ip route add 84.103.12.0/23 via 10.0.1.6 dev a0 table 300
ip route add 186.212.193.0/24 via 10.0.1.4 dev a0 table 300
ip route add 91.169.188.0/23 via 10.0.1.8 dev a0 table isp proto static
ip route add 143.98.224.0/20 via 10.0.1.26 dev a0 table isp
ip route add 153.168.69.0/24 via 10.0.2.35 dev b0 table 100
ip route add 192.161.0.0/16 via 10.0.2.28 dev b0 table 300
ip route add 22.130.136.0/22 via 10.0.1.7 dev a0
ip route add 200.108.16.0/20 via 10.0.2.3 dev b0 table 300 proto kernel
ip route add 63.56.154.0/24 via 10.0.2.32 dev b0 table 300
ip route add 166.52.145.174 via 10.0.2.28 dev b0
ip route add 178.235.196.0/22 via 10.0.2.40 dev b0 table isp proto 99
ip route add 31.86.112.0/20 via 10.0.2.38 dev b0 table 100
ip route add 14.206.165.0/24 via 10.0.1.19 dev a0 table 100 proto 99
ip route add 176.254.188.0/22 via 10.0.1.20 dev a0 table 100 proto static
ip route add 178.32.72.0/24 via 10.0.1.9 dev a0
ip route add 169.37.243.0/24 via 10.0.1.18 dev a0 table 100
ip route add 19.118.47.0/24 via 10.0.2.8 dev b0 table 300
ip route add 98.202.0.0/16 via 10.0.2.30 dev b0
ip route add 48.72.20.0/22 via 10.0.1.24 dev a0 table 300
ip route add 189.123.144.0/23 via 10.0.2.29 dev b0
ip route add 104.67.125.0/24 via 10.0.2.31 dev b0 table 300
ip route add 59.54.204.0/22 via 10.0.2.19 dev b0 table 300
ip route add 62.10.224.0/19 via 10.0.2.23 dev b0 table 100 proto static metric 178
ip route add 221.212.45.0/24 via 10.0.2.17 dev b0 table 300
ip route add 73.234.251.0/24 via 10.0.2.30 dev b0 table 100
ip route add 138.187.104.0/22 via 10.0.2.14 dev b0 table 300
ip route add 200.163.231.0/24 via 10.0.1.32 dev a0
ip route add 187.142.172.0/22 via 10.0.2.30 dev b0 table 100
ip route add 124.63.255.0/24 via 10.0.1.4 dev a0
ip route add 37.66.56.0/22 via 10.0.1.23 table 100
ip route add 195.250.32.0/19 via 10.0.2.13 dev b0
ip route add 183.167.249.0/24 via 10.0.2.33 dev b0 table 300
ip route add 168.156.35.0/24 via 10.0.1.15 table isp
ip route add 114.167.160.0/19 via 10.0.2.4 dev b0 table isp
ip route add 216.247.162.0/24 via 10.0.1.32 dev a0
ip route add 41.16.158.0/24 via 10.0.1.11 dev a0
ip route add 88.47.207.0/24 via 10.0.1.32 dev a0 table 300
ip route add 33.25.48.0/20 via 10.0.2.5 dev b0 table 300
ip route add 122.244.189.0/24 via 10.0.2.15 dev b0 table isp proto static
ip route add 14.231.108.0/22 via 10.0.2.17 table 100 metric 102
ip route add 205.144.0.0/19 via 10.0.2.18 dev b0 table 300 proto 99
ip route add 130.72.144.0/20 via 10.0.1.31 dev a0 table 100
ip route add 87.21.0.0/16 via 10.0.2.28 dev b0 table isp
ip route add 179.86.124.0/22 via 10.0.2.5 dev b0 table isp proto kernel metric 213
ip route add 207.214.162.0/23 via 10.0.1.34 dev a0 table isp
ip route add 187.2.46.0/23 via 10.0.2.9 table isp proto 99 src 10.0.2.1
ip route add 23.18.8.0/22 via 10.0.1.4 dev a0 table 100 src 10.0.1.1
ip route add 213.64.48.0/22 via 10.0.2.11 dev b0 table isp
ip route add 109.102.80.0/20 via 10.0.1.30 dev a0 table 300 src 10.0.1.1
ip route add 22.103.115.0/24 via 10.0.1.21 dev a0 table isp
ip route add 104.24.81.0/24 via 10.0.2.16 dev b0 table 100
ip route add 39.30.84.0/24 via 10.0.2.20 dev b0 table 100
ip route add 165.56.193.0/24 via 10.0.1.12 table 100
ip route add 77.92.46.0/24 via 10.0.1.8 dev a0 table 300
ip route add 69.61.120.0/24 via 10.0.1.36 dev a0 table isp
ip route add 112.76.71.198 via 10.0.2.5 dev b0 table 100
ip route add 74.61.237.0/24 via 10.0.2.37 dev b0
ip route add 96.61.12.0/22 via 10.0.2.13 dev b0 table 100
ip route add 175.43.0.0/16 via 10.0.1.21 table 100 proto 99
ip route add 38.57.113.0/24 via 10.0.2.27
ip route add 193.241.192.0/19 via 10.0.1.28 table 300 src 10.0.1.1
ip route add 58.226.207.0/24 via 10.0.1.29 dev a0 table 100 src 10.0.1.1
ip route add 217.55.36.0/22 via 10.0.1.16 src 10.0.1.1
ip route add 206.217.176.0/24 via 10.0.1.37 dev a0 table 300
ip route add 190.206.212.0/23 via 10.0.1.25 table isp proto kernel
ip route add 120.153.228.0/22 via 10.0.2.5 dev b0 table 300
ip route add 31.12.144.0/24 via 10.0.1.2 dev a0 table 100 proto kernel
ip route add 184.47.32.0/20 via 10.0.1.36 table 100
ip route add 51.143.160.0/23 via 10.0.2.32 dev b0 table isp
ip route add 64.135.64.0/19 via 10.0.2.18 dev b0 table isp
ip route add 202.109.96.0/19 via 10.0.2.10 dev b0 table 100
ip route add 194.202.0.0/16 via 10.0.2.12 dev b0 table 100 proto static
ip route add 121.87.223.0/24 via 10.0.1.20 table isp
ip route add 53.80.134.0/24 via 10.0.2.32 dev b0 table 100 metric 306
ip route add 71.0.0.0/8 via 10.0.2.39 table 300 metric 212
ip route add 24.186.220.0/24 via 10.0.2.30 dev b0 table 300 proto static src 10.0.2.1
ip route add 46.93.72.0/22 via 10.0.2.11 dev b0 table isp
ip route add 220.240.6.0/23 via 10.0.2.11 dev b0 proto 99 src 10.0.2.1
ip route add 38.170.32.0/19 via 10.0.2.12 dev b0 table 300 metric 347
ip route add 145.240.96.0/24 via 10.0.1.9 dev a0 metric 160
ip route add 212.255.63.128/28 via 10.0.1.25 dev a0 table 100
ip route add 4.199.182.0/23 via 10.0.1.36 dev a0 table isp
ip route add 40.79.211.32/28 via 10.0.2.10 table 100
ip route append 117.55.17.0/24 via 10.0.2.7 dev b0 metric 23
ip route add 117.64.0.0/12 via 10.0.2.29 dev b0 table isp
ip route add 102.174.29.0/24 via 10.0.2.39 table isp src 10.0.2.1
ip route add 95.131.186.0/23 via 10.0.1.27 dev a0 table isp
ip route add 101.0.0.0/8 via 10.0.2.30 dev b0 table isp
ip route add 184.82.33.2 via 10.0.2.16 dev b0 table 300
ip route add 101.32.244.0/22 via 10.0.2.7 dev b0 table 100 src 10.0.2.1
ip route add 153.170.165.0/24 via 10.0.2.9 dev b0
ip route add 95.77.24.0/22 via 10.0.1.21 dev a0 table 100
ip route add 183.195.0.0/16 via 10.0.1.16 dev a0 table isp
ip route add 55.85.248.0/24 via 10.0.2.34 dev b0 table 100 proto static metric 248
ip route add 138.107.0.0/20 via 10.0.2.38 dev b0
ip route add 203.146.89.0/24 via 10.0.1.38 dev a0
ip route add 188.245.233.0/24 via 10.0.2.19
ip route add 210.130.252.0/22 via 10.0.1.21 dev a0 table isp proto static
ip route add 198.108.154.0/24 via 10.0.1.6 dev a0 table 100
ip route add 112.252.43.0/24 via 10.0.2.2 dev b0 table 300
ip route add 145.157.0.0/16 via 10.0.1.7 dev a0 proto kernel
ip route add 180.20.172.0/22 via 10.0.2.9 dev b0 table 100 proto 99
ip route add 114.125.152.0/22 via 10.0.2.23 dev b0 src 10.0.2.1
ip route add 213.69.168.0/24 via 10.0.1.16 dev a0
ip route add 112.67.236.0/22 via 10.0.1.8 dev a0 table isp proto static
ip route add 36.228.125.0/24 via 10.0.2.12 table isp
ip route add 9.200.32.0/19 via 10.0.1.14 dev a0 table 100
ip route add 207.0.0.0/8 via 10.0.1.21 dev a0
ip route add 35.246.232.0/22 via 10.0.1.19 dev a0 table 100
ip route add 185.253.132.0/23 via 10.0.1.33 dev a0 table 300
ip route add 3.238.133.0/24 via 10.0.2.40 dev b0 table isp proto kernel
ip route add 211.2.144.0/24 via 10.0.1.12 dev a0 table 100
ip route append 49.208.90.0/23 via 10.0.2.36 dev b0 proto 99 metric 50
ip route add 118.152.88.0/22 via 10.0.2.9 dev b0 table 300 proto 99
ip route add 134.208.0.0/12 via 10.0.2.27 dev b0 metric 154
ip route add 158.122.144.0/20 via 10.0.2.19 dev b0 table 300
ip route add 67.80.250.0/24 via 10.0.2.16 dev b0
ip route add 81.194.236.0/22 via 10.0.1.11 dev a0 proto 99
ip route add 13.182.170.0/24 via 10.0.2.12 dev b0 table 100 proto 99
ip route add 32.112.50.0/24 via 10.0.1.31 dev a0
ip route add 222.85.18.0/23 via 10.0.2.37 table 300
ip route add 139.114.88.0/23 via 10.0.1.9 table 100
ip route add 170.138.0.0/16 via 10.0.2.39 src 10.0.2.1 metric 147
ip route add 21.120.11.0/24 via 10.0.1.39 dev a0 table isp proto 99
ip route add 206.168.32.0/19 via 10.0.2.4 dev b0 table 100
ip route add 50.1.176.0/20 via 10.0.2.31 table isp
ip route add 189.217.19.0/24 via 10.0.1.24 dev a0 table 100
ip route add 155.9.199.0/24 via 10.0.2.31 dev b0 table 100
ip route add 82.167.188.0/24 via 10.0.1.20 dev a0
ip route add 26.25.126.0/23 via 10.0.2.37 dev b0 table 100
ip route add 101.126.158.0/24 via 10.0.1.18 dev a0 src 10.0.1.1
ip route add 69.203.214.171 via 10.0.2.10 dev b0
ip route add 136.64.138.0/23 via 10.0.2.35 dev b0 table 300
ip route append 63.178.212.0/24 via 10.0.1.21 dev a0 metric 294
ip route append 107.52.110.0/24 via 10.0.2.7 dev b0 metric 469
ip route add 179.66.0.0/16 via 10.0.1.6 dev a0 table isp
ip route add 122.38.102.0/23 via 10.0.2.5 dev b0
ip route add 143.20.70.0/24 via 10.0.2.30 dev b0
ip route add 91.142.128.0/20 via 10.0.1.20 dev a0
ip route add 183.118.70.0/24 via 10.0.1.34 dev a0 table 300 proto kernel metric 445
ip route add 176.139.0.0/16 via 10.0.2.13 table 100 proto 99
ip route add 203.33.100.0/24 via 10.0.2.20 dev b0 table 100
ip route add 192.148.187.66 via 10.0.1.15 dev a0 table isp src 10.0.1.1 metric 355
ip route add 192.231.252.0/24 via 10.0.2.4 dev b0 table isp
ip route add 107.205.195.0/24 via 10.0.2.27 table isp proto static
ip route add 223.62.160.0/24 via 10.0.1.7 dev a0 table isp proto 99
ip route add 54.187.12.0/24 via 10.0.1.23 dev a0 table 100 src 10.0.1.1
ip route add 73.126.24.0/22 via 10.0.2.36 dev b0 table isp proto 99
ip route add 2.147.212.0/22 via 10.0.2.9 dev b0 table isp
ip route add 23.74.92.9 via 10.0.1.38 dev a0 proto static
ip route add 9.83.0.0/20 via 10.0.1.26 dev a0 table 300
ip route add 94.125.192.0/23 via 10.0.2.11 table 100 proto kernel metric 363
ip route add 161.170.96.0/22 via 10.0.2.12
ip route append 172.222.0.0/24 via 10.0.2.39 proto 99 metric 418
ip route add 33.235.224.0/19 via 10.0.2.11
ip route add 41.182.3.0/24 via 10.0.2.2 dev b0 table 300 src 10.0.2.1 metric 289
ip route add 210.202.132.0/22 via 10.0.2.7 dev b0 table isp
ip route add 169.69.62.0/23 via 10.0.1.36 dev a0 table 300
ip route add 91.209.0.0/16 via 10.0.1.32 proto kernel
ip route add 117.30.28.0/23 via 10.0.1.9
ip route add 93.117.92.0/23 via 10.0.1.9 dev a0 table 100 proto static
ip route add 164.21.56.0/22 via 10.0.1.28 dev a0 table isp proto kernel
ip route add 158.223.0.0/20 via 10.0.1.28 dev a0 table 100
ip route add 179.113.136.0/22 via 10.0.1.7 table 300 proto kernel
ip route add 68.105.68.0/23 via 10.0.2.33 dev b0
ip route add 103.150.50.0/24 via 10.0.1.24 dev a0 table 100
ip route add 161.106.179.152 via 10.0.2.21 dev b0
ip route add 114.111.16.0/24 via 10.0.1.7 table isp
ip route add 192.108.252.0/22 via 10.0.2.37 dev b0 table isp
ip route add 42.8.166.0/24 via 10.0.2.21 dev b0
ip route add 90.187.64.0/19 via 10.0.2.39 table isp metric 356
ip route add 11.30.200.0/22 via 10.0.1.11 dev a0 table 300 proto kernel
ip route add 138.89.0.0/19 via 10.0.1.31 dev a0
ip route add 111.197.80.0/20 via 10.0.1.37 dev a0 table 100 src 10.0.1.1
ip route add 33.240.198.0/23 via 10.0.2.21 dev b0 table isp proto static
ip route add 115.44.64.0/20 via 10.0.1.20 dev a0 table 300 proto static
ip route add 218.175.0.0/16 via 10.0.1.8 dev a0
ip route add 213.28.140.0/23 via 10.0.2.14 dev b0
ip route add 204.51.171.0/24 via 10.0.1.13 dev a0 table 300
ip route add 48.100.240.0/22 via 10.0.2.19 dev b0
ip route add 151.129.44.0/24 via 10.0.2.12 dev b0 table isp src 10.0.2.1 metric 384
ip route add 116.49.139.0/24 via 10.0.2.40 dev b0 proto kernel
ip route add 150.245.166.0/24 via 10.0.1.24 dev a0 table 100
ip route add 92.236.34.0/24 via 10.0.2.27 table isp
ip route add 98.10.24.0/24 via 10.0.2.8 dev b0 table 100
ip route add 182.44.51.0/24 via 10.0.1.19 dev a0 table isp
ip route add 40.175.226.0/23 via 10.0.2.7 dev b0 table 300 proto 99
ip route add 171.139.242.0/23 via 10.0.1.20 dev a0 table 300 proto static src 10.0.1.1
ip route add 37.202.70.0/24 via 10.0.2.24 dev b0 table 100 proto static
ip route add 64.255.160.0/24 via 10.0.1.21 dev a0 table 300
ip route add 108.9.74.0/24 via 10.0.2.39 dev b0 table 300
ip route add 164.96.0.0/12 via 10.0.2.28 dev b0 table isp
ip route append 45.50.160.0/19 via 10.0.2.7 metric 349
ip route add 53.197.64.0/20 via 10.0.1.38 dev a0 table isp
ip route add 197.73.192.0/19 via 10.0.2.17 dev b0
ip route add 106.38.80.0/22 via 10.0.1.29 table 100 proto 99
ip route add 131.210.62.0/24 via 10.0.2.10 dev b0
ip route add 26.19.157.0/24 via 10.0.2.29 table isp
ip route add 176.151.48.0/20 via 10.0.1.9 dev a0
ip route add 39.91.33.0/24 via 10.0.1.27 dev a0 table 300
ip route add 205.195.32.0/20 via 10.0.1.18 dev a0 table 100 proto 99
ip route append 64.122.224.0/24 via 10.0.1.22 dev a0 metric 22
ip route add 195.65.10.0/24 via 10.0.1.15 dev a0 table isp
ip route add 18.6.160.0/19 via 10.0.2.34 dev b0 table 100
ip route add 191.214.128.0/20 via 10.0.2.14 dev b0 table 300 proto kernel
ip route add 22.161.246.0/24 via 10.0.2.2 table 100 proto kernel
ip route add 177.248.204.0/22 via 10.0.2.16 table 300 src 10.0.2.1
ip route add 72.194.206.0/23 via 10.0.1.35 dev a0
ip route add 67.230.8.0/22 via 10.0.2.33 dev b0
ip route add 185.223.52.0/24 via 10.0.1.36 dev a0
ip route add 64.148.12.0/22 via 10.0.2.18
ip route add 175.216.11.0/24 via 10.0.1.31 dev a0 table isp
ip route add 113.71.44.0/22 via 10.0.1.15 dev a0 proto static
ip route add 4.168.106.0/24 via 10.0.1.22 dev a0 table 300 metric 500
ip route add 9.193.110.0/24 via 10.0.2.6 metric 364
ip route add 219.64.8.0/22 via 10.0.1.24 dev a0 table 100 proto 99 metric 172
ip route add 119.76.0.0/20 via 10.0.2.34 dev b0 table 300
ip route add 4.237.69.0/24 via 10.0.2.4 dev b0 table 100
ip route add 20.108.217.0/24 via 10.0.1.14 dev a0 table isp
ip route add 63.110.144.0/20 via 10.0.1.15 dev a0 table 100 proto kernel
ip route add 1.33.116.0/23 via 10.0.2.30 dev b0 table 300
ip route add 87.73.0.0/16 via 10.0.2.14 dev b0 table 100
ip route add 112.112.96.0/19 via 10.0.2.40 dev b0
ip route add 143.210.139.0/24 via 10.0.2.10 proto 99
ip route add 36.177.36.0/24 via 10.0.2.29 table isp
ip route add 81.248.107.0/24 via 10.0.2.37 dev b0 table 100 metric 317
ip route add 219.116.31.0/24 via 10.0.1.21 dev a0 proto 99
ip route add 61.254.107.200 via 10.0.1.21
ip route add 222.179.123.0/24 via 10.0.1.22 dev a0 table isp
ip route add 34.109.165.0/24 via 10.0.2.23 dev b0 table 100
ip route add 198.216.0.0/16 via 10.0.1.12 dev a0 table isp
ip route add 34.10.168.0/22 via 10.0.1.3 table 300
ip route add 6.211.15.0/24 via 10.0.1.10 dev a0
ip route add 109.9.0.0/20 via 10.0.1.37 dev a0
ip route add 130.0.0.0/8 via 10.0.2.11 dev b0 proto 99
ip route add 61.76.247.0/24 via 10.0.1.4 dev a0 table isp
ip route add 149.46.207.0/24 via 10.0.2.9 dev b0 table 100
ip route add 69.195.181.0/24 via 10.0.1.39 table isp
ip route add 50.116.64.0/19 via 10.0.1.3 dev a0 table isp proto 99 metric 417
ip route add 181.93.198.0/24 via 10.0.2.24
ip route add 84.228.184.0/22 via 10.0.2.32 proto static
ip route add 180.120.166.0/24 via 10.0.1.14 table 300
ip route add 135.245.84.0/24 via 10.0.2.11 dev b0 table isp proto static
ip route add 124.79.128.0/20 via 10.0.1.39 dev a0 table isp proto static
ip route add 47.102.160.0/20 via 10.0.1.27 dev a0
ip route add 5.192.132.0/24 via 10.0.1.16 dev a0 table isp
ip route add 86.50.64.0/20 via 10.0.2.35 proto kernel
ip route add 178.57.166.195 via 10.0.2.26 dev b0 table 100
ip route add 73.203.8.0/24 via 10.0.1.32 dev a0 table isp
ip route add 196.0.0.0/8 via 10.0.1.4 dev a0 table isp metric 267
ip route add 192.199.240.0/24 via 10.0.1.30 dev a0 table isp
ip route add 131.98.192.0/24 via 10.0.1.9 dev a0 table isp
ip route add 170.167.23.0/24 via 10.0.1.40 dev a0 table isp
ip route add 11.122.229.163 via 10.0.2.24 dev b0 proto kernel
ip route add 23.78.215.0/24 via 10.0.2.31 table 300
ip route add 138.203.176.0/20 via 10.0.1.16 dev a0 table 300
ip route append 113.74.252.0/23 via 10.0.2.5 dev b0 metric 366
ip route add 160.185.64.0/19 via 10.0.1.39 dev a0 table 300
ip route add 152.154.84.0/22 via 10.0.2.11 dev b0 table isp
ip route add 147.202.128.0/24 via 10.0.2.16 table 300
ip route add 121.223.209.0/24 via 10.0.1.22 dev a0 table 100
ip route add 189.187.141.0/24 via 10.0.1.40 table 300 proto 99
ip route add 1.175.176.0/20 via 10.0.1.23 table isp
ip route add 112.13.174.73 via 10.0.1.30 dev a0 table 100
ip route add 174.84.178.0/24 via 10.0.2.24 dev b0 table 300
ip route add 179.50.97.0/24 via 10.0.2.34 dev b0 proto static
ip route add 11.198.215.0/24 via 10.0.2.16 table isp
ip route add 87.213.192.0/19 via 10.0.1.36 table 300
ip route add 12.136.70.240/28 via 10.0.2.26 table 100
ip route add 89.113.168.0/22 via 10.0.1.37 dev a0 table 300
ip route add 187.0.0.0/8 via 10.0.1.30 dev a0 table isp
ip route add 52.13.215.0/24 via 10.0.1.3 dev a0 table 100
ip route add 50.8.16.0/20 via 10.0.1.30 dev a0 table 300
ip route add 148.195.160.0/19 via 10.0.2.30 dev b0 table 300
ip route add 172.53.219.0/24 via 10.0.2.17 dev b0 table 100
ip route add 156.231.255.0/24 via 10.0.2.25 dev b0 table 300
ip route add 219.250.140.0/24 via 10.0.2.40 dev b0 table 100
ip route add 54.88.250.130 via 10.0.2.10 dev b0 table 100
ip route add 34.187.208.0/20 via 10.0.1.37 dev a0 table 100
ip route add 158.125.16.0/20 via 10.0.1.24 table 100 proto kernel
ip route add 118.220.0.0/16 via 10.0.1.3 dev a0 table isp proto kernel
ip route add 33.100.43.0/24 via 10.0.1.10 dev a0 table 100
ip route add 13.144.96.0/19 via 10.0.1.28 dev a0 table 100 proto static
ip route add 128.42.215.0/24 via 10.0.2.18 dev b0 table 300
ip route add 206.111.96.0/22 via 10.0.2.32 dev b0 table 300
ip route add 49.22.0.0/16 via 10.0.1.18 dev a0 table 100
ip route add 101.128.253.0/24 via 10.0.2.16
ip route add 44.224.122.0/24 via 10.0.2.7 dev b0 table isp
ip route add 22.138.58.0/24 via 10.0.1.14 table 300
ip route add 143.231.4.0/22 via 10.0.2.10 dev b0 table isp proto kernel
ip route add 220.40.31.0/24 via 10.0.1.2 table isp proto static
ip route add 84.64.168.0/22 via 10.0.2.36 dev b0 table isp metric 234
ip route add 177.32.190.0/24 via 10.0.1.4 dev a0
ip route add 155.103.128.47 via 10.0.1.23
ip route add 223.191.100.0/22 via 10.0.1.2 dev a0 table 100
ip route add 196.141.122.0/23 via 10.0.2.11 dev b0 proto static
ip route add 158.239.130.0/24 via 10.0.2.18 dev b0 table 100
ip route add 202.26.36.0/24 via 10.0.2.16 table isp
ip route add 204.0.0.0/8 via 10.0.2.22 table isp
ip route add 73.148.219.0/24 via 10.0.1.13 dev a0 table 100
ip route add 191.172.188.0/24 via 10.0.2.26 dev b0 table 100
ip route add 142.109.0.0/20 via 10.0.2.5 dev b0 table isp
ip route add 105.131.26.0/23 via 10.0.2.2 dev b0 table isp proto static
ip route add 187.251.43.0/24 via 10.0.2.24 dev b0 table 100 proto static metric 124
ip route add 49.169.13.0/24 via 10.0.2.20 table isp proto kernel
ip route add 38.247.212.0/23 via 10.0.2.26 dev b0 table 100 proto kernel
ip route add 196.243.172.0/24 via 10.0.1.28 dev a0
ip route add 193.38.208.0/22 via 10.0.2.21 dev b0 table 300
ip route add 148.24.240.0/22 via 10.0.2.22 table 300
ip route add 134.38.26.0/24 via 10.0.2.16 dev b0 table isp proto 99
ip route add 136.62.88.0/22 via 10.0.2.36 dev b0
ip route add 6.135.128.0/23 via 10.0.1.17 dev a0
ip route add 68.142.225.0/24 via 10.0.1.27 dev a0 table 300
ip route add 165.18.14.0/24 via 10.0.2.29 dev b0 proto kernel
ip route add 92.164.0.0/19 via 10.0.2.12 table isp src 10.0.2.1
ip route add 105.213.136.0/22 via 10.0.2.30 dev b0 proto kernel metric 325
ip route add 186.204.184.0/22 via 10.0.2.2 dev b0 table isp
ip route add 217.252.32.0/20 via 10.0.1.29 dev a0 proto kernel
ip route add 89.123.32.0/23 via 10.0.2.34 dev b0 table isp proto kernel
ip route add 223.75.129.0/24 via 10.0.1.7 dev a0 table 100 proto kernel
ip route add 118.237.124.0/22 via 10.0.1.31 dev a0 proto static
ip route add 15.76.99.0/24 via 10.0.2.31 dev b0 table 300
ip route add 205.61.254.0/24 via 10.0.1.29 table isp
ip route add 63.34.33.0/24 via 10.0.1.28 dev a0 table isp
ip route add 106.170.142.0/24 via 10.0.2.40 dev b0 table 100
ip route add 106.238.90.0/24 via 10.0.2.25 dev b0 metric 49
ip route add 69.177.108.0/22 via 10.0.1.26 table 300
ip route add 193.51.183.0/24 via 10.0.2.13 dev b0 table isp
ip route add 210.114.80.0/20 via 10.0.1.6
ip route add 36.211.58.0/24 via 10.0.2.13 dev b0 table 300
ip route add 85.132.48.0/22 via 10.0.2.11 table isp
ip route add 54.109.162.0/24 via 10.0.1.23 table isp
ip route add 32.53.80.0/23 via 10.0.2.26 dev b0 table isp
ip route add 192.210.84.0/22 via 10.0.2.38 dev b0 proto 99
ip route add 194.119.66.176/28 via 10.0.1.21 dev a0
ip route add 168.218.160.0/24 via 10.0.1.36 dev a0 table isp
ip route add 123.145.104.0/22 via 10.0.2.23 dev b0
ip route add 190.245.75.0/24 via 10.0.1.36 dev a0 table 100
ip route add 37.178.113.0/24 via 10.0.2.9 dev b0 table isp
ip route add 185.121.95.0/24 via 10.0.1.21 dev a0 table 100 src 10.0.1.1 metric 415
ip route add 84.230.90.0/24 via 10.0.1.38 dev a0 table isp proto static metric 324
ip route add 146.199.41.0/24 via 10.0.2.15 table isp proto static
ip route add 213.203.17.0/24 via 10.0.2.21 dev b0 table 100
ip route add 42.118.215.0/24 via 10.0.2.14 dev b0 table isp
ip route add 19.147.92.0/22 via 10.0.2.26 dev b0 table 300 src 10.0.2.1
ip route add 164.80.228.0/23 via 10.0.2.20 dev b0 table 300
ip route add 153.245.17.0/24 via 10.0.2.3 dev b0
ip route add 13.48.108.0/24 via 10.0.1.2 dev a0 table isp
ip route add 80.176.176.0/24 via 10.0.2.16 dev b0 table 300
ip route add 86.27.134.0/23 via 10.0.1.34 dev a0 table isp
ip route add 169.229.132.0/24 via 10.0.1.33 dev a0 table 100
ip route add 72.174.65.0/24 via 10.0.1.32 table 100
ip route add 134.199.140.0/24 via 10.0.1.32 dev a0 table 300 proto 99
ip route add 140.194.64.0/20 via 10.0.1.23 dev a0 table 100 proto 99
ip route add 59.104.125.0/24 via 10.0.1.3 dev a0
ip route add 216.111.68.0/24 via 10.0.2.22 dev b0 table isp
ip route add 67.221.207.0/24 via 10.0.2.11 dev b0 table 100
ip route add 154.174.231.0/24 via 10.0.1.36 dev a0 table isp
ip route add 140.54.224.0/24 via 10.0.1.12 dev a0 metric 8
ip route add 67.20.1.0/24 via 10.0.2.9 dev b0 table 100 proto kernel
ip route add 207.143.108.0/22 via 10.0.2.23 dev b0 table 100 src 10.0.2.1 metric 84
ip route add 179.4.56.0/24 via 10.0.1.11 dev a0
ip route add 38.251.196.0/24 via 10.0.1.4 table 300
ip route add 188.112.0.0/12 via 10.0.2.19 dev b0 table isp
ip route add 124.243.90.0/24 via 10.0.1.14 dev a0 table 100
ip route add 187.144.56.0/22 via 10.0.1.17 dev a0
ip route add 180.181.49.0/24 via 10.0.2.38
ip route add 122.205.240.0/22 via 10.0.2.38 dev b0 table isp
ip route add 59.20.132.0/22 via 10.0.1.9 dev a0 proto static
ip route add 92.46.0.0/19 via 10.0.2.25 dev b0 table 100
ip route add 68.232.0.0/16 via 10.0.2.24 dev b0 table 100
ip route add 74.52.72.0/22 via 10.0.2.10 dev b0 table 300
ip route add 60.248.125.0/24 via 10.0.1.24 table 300
ip route add 179.0.0.0/8 via 10.0.1.26 dev a0 table 100
ip route add 191.16.0.0/12 via 10.0.2.27 dev b0 table isp
ip route add 4.30.167.0/24 via 10.0.1.31 table 300 metric 493
ip route add 90.248.144.0/24 via 10.0.1.7 dev a0 table isp proto kernel
ip route add 62.241.151.0/24 via 10.0.2.36
ip route add 15.156.32.0/19 via 10.0.2.17 dev b0 table isp
ip route add 119.39.0.0/16 via 10.0.2.26 dev b0 table 300
ip route add 92.233.8.0/23 via 10.0.2.15 dev b0
ip route add 130.225.32.0/22 via 10.0.1.7 dev a0 table 100 src 10.0.1.1 metric 432
ip route add 114.178.25.0/24 via 10.0.2.36 dev b0 table 100
ip route add 126.171.38.0/24 via 10.0.1.30 dev a0 table 300
ip route add 198.8.0.0/16 via 10.0.2.39 dev b0 table 300
ip route add 175.87.40.0/24 via 10.0.2.4 dev b0 table 100 proto static
ip route add 219.232.246.0/24 via 10.0.1.28 table isp
ip route add 197.133.112.0/20 via 10.0.1.36 dev a0 table isp
ip route add 198.81.232.0/24 via 10.0.1.15 dev a0
ip route add 33.201.224.0/22 via 10.0.2.11 table isp
ip route add 203.156.20.0/22 via 10.0.2.38
ip route add 67.192.164.0/24 via 10.0.2.3 table 100 src 10.0.2.1
ip route add 135.249.82.0/24 via 10.0.2.27 table 100
ip route add 151.203.211.0/24 via 10.0.2.23 dev b0
ip route add 113.187.163.0/24 via 10.0.1.25 dev a0 table isp
ip route add 179.232.129.0/24 via 10.0.2.10 dev b0 table 100
ip route add 86.232.215.0/24 via 10.0.1.40 dev a0 table isp
ip route add 36.36.0.0/19 via 10.0.1.15 table isp
ip route add 125.0.0.0/8 via 10.0.1.12 dev a0 table isp
ip route append 109.210.64.0/19 via 10.0.2.19 dev b0 proto kernel metric 317
ip route add 121.182.137.0/24 via 10.0.1.18 dev a0 table 300 proto kernel
ip route add 216.15.110.0/23 via 10.0.1.12 dev a0 table isp proto 99
ip route add 13.130.250.0/23 via 10.0.2.5 dev b0 table 300
ip route add 46.147.31.0/24 via 10.0.1.4 dev a0 table isp
ip route add 190.223.228.0/22 via 10.0.1.30 dev a0 table isp
ip route add 45.125.180.0/24 via 10.0.1.21 dev a0 table 100 proto static
ip route add 118.22.34.0/23 via 10.0.1.6 dev a0 table 100 metric 212
ip route add 132.13.65.0/24 via 10.0.1.16 table 300
ip route add 34.58.112.0/24 via 10.0.1.37 dev a0 table isp
ip route add 79.1.4.0/22 via 10.0.2.4 dev b0
ip route add 119.54.244.0/24 via 10.0.2.19 dev b0 table isp proto kernel
ip route add 160.174.143.0/24 via 10.0.2.14 table 300
ip route add 84.142.205.0/24 via 10.0.2.10 dev b0 table 300
ip route add 24.39.0.0/16 via 10.0.2.20 dev b0 table isp
ip route add 223.125.251.0/24 via 10.0.1.7 dev a0 table isp
ip route add 149.240.96.0/24 via 10.0.1.25 dev a0 table 100
ip route add 221.28.224.0/19 via 10.0.1.3 dev a0 table isp
ip route add 215.144.139.0/24 via 10.0.1.10 table 300
ip route add 136.4.224.0/19 via 10.0.1.39 dev a0 table isp
ip route add 163.32.53.0/24 via 10.0.1.5 dev a0 table 100
ip route add 140.114.148.0/22 via 10.0.1.34 dev a0 table 300
ip route add 192.194.217.0/24 via 10.0.2.7 dev b0 table 300 proto static
ip route add 76.130.100.0/22 via 10.0.2.29 dev b0 table 100 proto 99
ip route add 102.0.34.0/24 via 10.0.2.25 dev b0 table 100
ip route add 121.81.149.0/24 via 10.0.1.32 dev a0 table isp
ip route add 35.65.224.0/19 via 10.0.1.30 dev a0 table isp
ip route add 84.122.41.0/24 via 10.0.1.26 dev a0 table 300
ip route add 41.85.224.0/19 via 10.0.2.16 dev b0 table 300
ip route add 128.5.233.0/24 via 10.0.1.30 dev a0 table 300 metric 271
ip route add 124.106.226.0/24 via 10.0.2.23 dev b0 table 300
ip route add 207.30.198.0/23 via 10.0.1.3 dev a0 table 300 proto kernel
ip route add 112.138.47.0/24 via 10.0.2.39 dev b0 table 300
ip route add 170.211.132.0/23 via 10.0.2.13 dev b0 table 100 metric 356
ip route add 167.168.48.0/22 via 10.0.2.5 dev b0 table 300 proto 99
ip route add 198.70.144.208/28 via 10.0.2.14 dev b0 table isp
ip route add 102.57.126.0/24 via 10.0.2.27
ip route add 57.18.239.0/24 via 10.0.1.18 table 300
ip route add 143.160.60.0/22 via 10.0.1.3 dev a0 table 300 proto static
ip route add 82.88.200.0/22 via 10.0.2.6 dev b0 metric 482
ip route add 124.222.60.0/23 via 10.0.2.17 dev b0 table 300
ip route add 140.28.132.0/24 via 10.0.2.19 dev b0 table 300
ip route add 188.243.224.0/22 via 10.0.1.15 dev a0 table isp src 10.0.1.1
ip route add 79.38.92.0/24 via 10.0.2.11 dev b0 table isp
ip route add 51.196.123.0/24 via 10.0.2.22 dev b0 table isp proto static metric 343
ip route add 88.222.148.0/24 via 10.0.1.12 dev a0 table 100
ip route add 200.148.2.0/23 via 10.0.1.38 table isp
ip route add 211.70.158.0/24 via 10.0.2.14 dev b0 table isp metric 401
ip route add 4.172.186.0/24 via 10.0.2.25 dev b0 table 300 proto kernel
ip route add 2.70.23.0/24 via 10.0.2.38 dev b0 table 300
ip route add 62.205.160.0/20 via 10.0.1.19 dev a0 table 300
ip route add 172.129.32.0/22 via 10.0.2.27 dev b0 table 300 proto static
ip route add 102.247.112.0/20 via 10.0.2.5 dev b0 table 100
ip route add 1.28.35.0/24 via 10.0.2.5 dev b0 table 300 metric 305
ip route add 173.44.100.0/24 via 10.0.1.2 dev a0 table 100 proto 99
ip route add 165.147.8.112/28 via 10.0.1.30 table 100 proto 99
ip route add 19.237.108.0/22 via 10.0.2.9 dev b0 table isp
ip route add 152.135.107.0/24 via 10.0.2.31 table 100
ip route add 39.233.226.0/24 via 10.0.2.20 dev b0 table 300 proto 99
ip route add 41.139.96.0/19 via 10.0.2.8 dev b0 table isp proto static
ip route add 26.89.160.0/19 via 10.0.2.17 dev b0
ip route add 166.125.204.0/22 via 10.0.1.19 table 300
ip route add 117.176.0.0/12 via 10.0.1.23 dev a0 metric 406
ip route add 79.19.140.0/22 via 10.0.1.22 dev a0 table 300 proto static metric 322
ip route add 97.176.204.0/22 via 10.0.2.9 dev b0 table 100
ip route add 220.99.65.0/24 via 10.0.1.17 dev a0 table 300
ip route add 101.165.10.0/24 via 10.0.1.14 dev a0 proto 99
ip route add 175.224.0.0/12 via 10.0.2.10 dev b0 table isp proto kernel src 10.0.2.1
ip route add 48.85.32.0/20 via 10.0.1.19 dev a0 table 100
ip route add 219.71.146.0/23 via 10.0.1.17 dev a0 table 300
ip route add 178.57.57.0/24 via 10.0.2.26 dev b0
ip route add 132.236.185.0/24 via 10.0.2.20 dev b0 table 100
ip route add 147.198.0.0/16 via 10.0.2.14 dev b0 table 300
ip route add 68.193.193.0/24 via 10.0.2.7 dev b0
ip route add 213.118.134.184 via 10.0.2.19 dev b0 table 300
ip route add 91.40.188.0/22 via 10.0.1.37 dev a0 table 100
ip route add 60.138.127.0/24 via 10.0.2.28 dev b0
ip route add 201.64.132.0/24 via 10.0.1.30 dev a0 table isp
ip route add 23.38.32.0/22 via 10.0.2.34 table isp
ip route add 7.9.80.0/23 via 10.0.1.14 dev a0 table isp
ip route add 174.252.128.0/20 via 10.0.1.4 dev a0 proto 99
ip route add 9.50.0.0/16 via 10.0.1.3 dev a0 table 100
ip route add 147.217.35.0/24 via 10.0.1.24 table 100
ip route add 44.236.76.0/23 via 10.0.1.22 dev a0 table 100 metric 397
ip route add 67.156.238.0/23 via 10.0.1.17 dev a0 table 300 proto static
ip route add 169.235.40.0/22 via 10.0.1.37 dev a0 table 100
ip route add 187.242.97.0/24 via 10.0.1.7 dev a0 table 300
ip route add 217.100.80.0/20 via 10.0.1.14 dev a0 table 300
ip route add 175.22.246.0/24 via 10.0.1.32
ip route add 97.245.156.0/22 via 10.0.2.7 dev b0 table isp
ip route add 129.27.10.0/24 via 10.0.2.15 dev b0
ip route add 42.225.235.0/24 via 10.0.2.13 dev b0 table isp src 10.0.2.1
ip route add 113.194.96.0/19 via 10.0.2.29 dev b0 table 300 proto 99
ip route add 131.180.0.0/16 via 10.0.2.12 dev b0 table 100 metric 7
ip route add 74.250.97.0/24 via 10.0.1.14 dev a0 src 10.0.1.1
ip route add 89.1.80.0/24 via 10.0.2.32 dev b0 src 10.0.2.1
ip route add 89.229.224.0/19 via 10.0.2.9 dev b0 table 100
ip route add 80.99.224.0/20 via 10.0.1.4 dev a0
ip route add 91.221.110.0/23 via 10.0.1.28 table 100
ip route add 188.64.0.0/12 via 10.0.2.25 table isp
ip route add 196.144.188.0/22 via 10.0.1.11 dev a0 table 300 proto 99
ip route add 69.195.112.0/20 via 10.0.2.11 dev b0 table isp proto static
ip route add 142.25.248.0/23 via 10.0.2.18 dev b0 table 300
ip route add 50.157.84.0/24 via 10.0.1.8 dev a0
ip route add 8.170.107.0/24 via 10.0.1.36 dev a0 table isp
ip route add 142.98.202.0/24 via 10.0.1.7 metric 274
ip route add 25.227.0.0/16 via 10.0.2.30 dev b0 table isp
ip route add 98.201.192.0/19 via 10.0.1.6 dev a0
ip route add 144.224.170.99 via 10.0.1.18 dev a0 table 300
ip route add 195.88.18.0/24 via 10.0.1.15 dev a0 table 300
ip route add 185.213.48.0/24 via 10.0.1.20 dev a0 table 100
ip route add 109.138.32.0/20 via 10.0.1.28 dev a0 table 300 proto static
ip route add 40.197.204.191 via 10.0.2.39 table 100
ip route add 19.81.236.0/24 via 10.0.2.26 dev b0 table isp metric 152
ip route add 115.79.150.0/23 via 10.0.1.22
ip route append 207.96.0.0/12 via 10.0.2.13 metric 202
ip route add 172.44.102.0/23 via 10.0.2.34 dev b0
ip route add 33.0.253.0/24 via 10.0.1.19 dev a0 proto kernel
ip route add 111.46.23.0/24 via 10.0.2.31 dev b0
ip route add 177.250.166.0/24 via 10.0.2.22 table isp proto static
ip route add 45.18.176.0/20 via 10.0.1.10 dev a0 table isp
ip route add 211.152.174.0/24 via 10.0.1.3 dev a0 table 100
ip route add 175.162.200.0/23 via 10.0.1.8 dev a0 table 300 proto 99
ip route add 99.247.244.0/24 via 10.0.1.4 dev a0 table 300
ip route add 20.60.171.0/24 via 10.0.2.22 table 100
ip route add 190.135.44.0/22 via 10.0.2.5 dev b0 table 100
ip route add 6.129.243.0/24 via 10.0.2.23 dev b0 table 100
ip route add 157.218.0.0/20 via 10.0.1.31 dev a0 table 300
ip route add 147.141.130.0/24 via 10.0.2.15 table 100
ip route add 179.182.116.0/22 via 10.0.2.39 dev b0 table 300 proto kernel
ip route add 215.143.28.0/22 via 10.0.1.4 dev a0
ip route add 184.85.222.0/24 via 10.0.2.29 dev b0 table isp
ip route add 122.0.0.0/8 via 10.0.1.38 dev a0 table 300
ip route add 132.9.140.0/24 via 10.0.1.39 dev a0
ip route add 116.187.8.0/23 via 10.0.1.19 dev a0 table 100
ip route add 12.60.102.0/24 via 10.0.1.39 dev a0 table 100
ip route add 56.190.148.0/24 via 10.0.1.12 table 300
ip route add 157.176.95.0/24 via 10.0.2.21 dev b0 table isp
ip route add 223.0.0.0/8 via 10.0.2.33 dev b0 table 100 proto static
ip route append 201.133.0.0/16 via 10.0.1.16 dev a0 metric 276
ip route add 45.235.32.0/22 via 10.0.1.37 dev a0 table isp
ip route add 101.64.0.0/12 via 10.0.2.2 dev b0 table 300
ip route add 91.228.212.0/22 via 10.0.1.19
ip route add 180.59.180.0/24 via 10.0.2.13 dev b0 table 100
ip route add 18.142.27.0/24 via 10.0.1.13 dev a0
ip route add 18.167.220.0/24 via 10.0.1.27 proto 99
ip route add 72.13.90.0/24 via 10.0.1.27 dev a0 table isp src 10.0.1.1
ip route add 12.130.33.0/24 via 10.0.1.6 table isp
ip route add 19.228.221.0/24 via 10.0.1.15 table 300 proto kernel
ip route add 45.99.252.0/22 via 10.0.2.17
ip route add 39.213.19.0/24 via 10.0.1.23 dev a0 proto 99
ip route add 18.103.100.0/22 via 10.0.2.12 dev b0 table 100
ip route add 117.194.247.0/24 via 10.0.2.8 table isp
ip route add 100.21.176.0/20 via 10.0.1.15 table isp
ip route add 108.200.68.0/22 via 10.0.2.38 dev b0 table 100
ip route add 105.157.236.0/24 via 10.0.1.40 table isp
ip route add 39.50.58.0/24 via 10.0.1.31 dev a0 table 300 metric 368
ip route add 54.67.72.0/24 via 10.0.1.29 dev a0
ip route add 129.166.46.74 via 10.0.1.19 dev a0 table 300
ip route add 14.155.44.0/22 via 10.0.1.19 dev a0
ip route add 89.130.94.0/23 via 10.0.1.9 dev a0
ip route add 111.6.80.0/20 via 10.0.1.34 table 100
ip route add 179.199.185.0/24 via 10.0.1.12 dev a0 table 100 proto static
ip route add 161.213.12.0/24 via 10.0.2.8 dev b0 table 100
ip route add 55.135.124.0/24 via 10.0.2.32 dev b0 table 100 proto 99
ip route add 181.198.111.0/24 via 10.0.1.8 dev a0 table isp proto static
ip route add 25.198.242.0/23 via 10.0.1.21 table 100 proto kernel
ip route add 180.166.224.0/22 via 10.0.1.37 dev a0 table 300
ip route add 112.75.108.0/24 via 10.0.1.28 dev a0 proto kernel
ip route add 63.136.15.0/24 via 10.0.1.35 dev a0 table 100
ip route add 173.243.20.0/23 via 10.0.1.34
ip route add 25.205.245.0/24 via 10.0.1.24 table isp
ip route add 92.192.56.0/22 via 10.0.1.5 dev a0
ip route add 62.206.35.64/28 via 10.0.2.6 dev b0
ip route add 8.155.254.0/23 via 10.0.2.31 table 300
ip route add 150.150.102.0/24 via 10.0.1.22 dev a0 table 300 metric 492
ip route add 67.153.42.0/24 via 10.0.2.16 dev b0 table 300
ip route add 181.129.197.0/24 via 10.0.2.32 dev b0 table 100
ip route add 158.35.8.0/22 via 10.0.1.40 dev a0
ip route add 42.48.0.0/16 via 10.0.1.20 dev a0 table 300
ip route add 168.26.194.0/23 via 10.0.1.24
ip route add 24.112.40.0/24 via 10.0.1.9 dev a0 table 300 metric 465
ip route add 117.76.182.0/24 via 10.0.1.21 dev a0 table isp
ip route add 140.255.126.0/24 via 10.0.2.12 dev b0 table isp
ip route add 37.222.132.0/24 via 10.0.1.26 dev a0 table isp metric 104
ip route add 217.229.248.0/24 via 10.0.1.13 table 300 src 10.0.1.1
ip route add 34.12.137.0/24 via 10.0.1.26 dev a0 table isp
ip route add 218.188.141.0/24 via 10.0.1.9 dev a0 table isp
ip route add 41.168.140.0/22 via 10.0.1.16 dev a0
ip route add 82.145.114.0/24 via 10.0.1.8 dev a0 table 100
ip route add 86.190.169.0/24 via 10.0.1.8 dev a0 table 300
ip route add 173.73.181.0/24 via 10.0.1.18 dev a0 table 300
ip route add 42.241.12.0/22 via 10.0.1.9 dev a0 table 300
ip route add 164.232.128.0/20 via 10.0.2.4 table isp
ip route add 215.19.171.0/24 via 10.0.2.14 dev b0 table 300
ip route add 142.107.76.0/24 via 10.0.1.29 table isp proto 99
ip route add 168.232.64.0/19 via 10.0.1.39 dev a0 table isp
ip route add 93.172.196.0/23 via 10.0.1.27
ip route add 167.167.78.0/24 via 10.0.1.40 dev a0 proto static
ip route add 74.75.219.0/24 via 10.0.1.40 dev a0
ip route add 70.180.90.0/24 via 10.0.2.6 dev b0 table 100
ip route add 12.238.224.0/24 via 10.0.2.17 dev b0
ip route add 66.101.12.0/22 via 10.0.1.3 dev a0 table 100
ip route add 84.117.95.0/24 via 10.0.1.19 dev a0 table 300
ip route add 129.250.0.0/16 via 10.0.1.30 dev a0 table 300
ip route add 173.126.241.0/24 via 10.0.2.4 dev b0 table isp
ip route add 50.190.27.0/24 via 10.0.2.29 dev b0 table 100 proto static
ip route add 32.34.132.0/24 via 10.0.2.13 dev b0
ip route add 45.105.35.0/24 via 10.0.1.29 dev a0 table 100 proto kernel
ip route append 175.22.246.0/24 via 10.0.1.34 dev a0 metric 404
ip route add 92.176.0.0/19 via 10.0.2.33 dev b0 table 100
ip route add 60.227.65.0/24 via 10.0.1.20 dev a0 table isp
ip route add 100.246.60.0/24 via 10.0.1.21 dev a0 table 300 proto static
ip route add 198.112.215.0/24 via 10.0.1.3 table 300
ip route add 223.199.0.0/20 via 10.0.1.38 dev a0 table 100 metric 72
ip route add 95.79.36.0/24 via 10.0.1.9 dev a0 table 100
ip route add 52.250.65.0/24 via 10.0.1.9 dev a0 table 100
ip route add 86.176.69.0/24 via 10.0.2.12 dev b0 table isp metric 411
ip route add 215.147.160.0/19 via 10.0.1.32 dev a0 table 100
ip route add 215.254.16.0/20 via 10.0.2.2 dev b0 table 300
ip route add 90.239.192.0/24 via 10.0.2.9 dev b0 table 100
ip route add 121.96.133.0/24 via 10.0.1.25 table isp
ip route add 125.50.64.0/19 via 10.0.2.11 dev b0 table 100
ip route add 185.12.240.0/20 via 10.0.2.38 dev b0 table isp
ip route add 27.247.156.0/22 via 10.0.1.19 dev a0 table 300
ip route add 87.4.212.0/23 via 10.0.2.35 table 100 proto kernel metric 72
ip route append 46.26.200.0/22 via 10.0.2.19 dev b0 metric 99
ip route add 181.73.96.0/19 via 10.0.2.28 dev b0 table isp
ip route add 7.92.192.0/19 via 10.0.2.32 dev b0 table 100
ip route add 11.44.166.0/24 via 10.0.1.9 dev a0 table 300
ip route append 18.6.23.0/24 via 10.0.1.27 dev a0 metric 53
ip route add 219.235.60.0/24 via 10.0.1.30 dev a0 table 100 proto kernel
ip route add 80.68.15.0/24 via 10.0.1.25 dev a0 table 300 metric 213
ip route add 32.48.0.0/12 via 10.0.1.25 dev a0 table isp
ip route add 62.61.81.0/24 via 10.0.2.26 dev b0 table 100 proto 99
ip route append 93.60.207.0/24 via 10.0.1.37 dev a0 metric 198
ip route add 155.229.34.208/28 via 10.0.2.2 dev b0 table 100 proto static src 10.0.2.1
ip route add 223.194.112.0/20 via 10.0.1.21 dev a0 table 100 proto kernel metric 259
ip route add 182.22.88.0/24 via 10.0.1.2 dev a0 table isp
ip route add 95.61.200.0/22 via 10.0.1.26 dev a0 table isp proto kernel
ip route add 89.115.93.0/24 via 10.0.1.10 dev a0 table 300
ip route add 81.107.158.0/23 via 10.0.2.20 dev b0 table 300
ip route add 70.122.32.0/20 via 10.0.1.11 table isp proto 99
ip route add 172.67.76.0/24 via 10.0.1.37 dev a0 table isp src 10.0.1.1 metric 364
ip route add 177.0.0.0/8 via 10.0.1.12 dev a0
ip route add 132.102.0.0/16 via 10.0.2.32 dev b0 table 100
ip route add 159.125.158.0/23 via 10.0.1.23 dev a0 table isp
ip route add 119.26.80.0/20 via 10.0.2.21 dev b0 table 300
ip route add 156.82.180.0/24 via 10.0.1.34 dev a0
ip route add 87.15.80.189 via 10.0.2.31 dev b0
ip route add 111.220.112.0/20 via 10.0.2.2 dev b0
ip route add 135.10.230.0/24 via 10.0.1.4 dev a0 table 300
ip route add 67.152.0.0/16 via 10.0.1.7 dev a0
ip route add 63.37.51.0/24 via 10.0.1.27 table 300
ip route add 218.70.28.32/28 via 10.0.1.13
ip route add 27.197.104.0/24 via 10.0.1.24 dev a0 table 100
ip route add 181.203.154.0/24 via 10.0.1.19 dev a0 table isp metric 114
ip route add 35.64.17.76 via 10.0.1.24 dev a0
ip route add 139.77.140.0/24 via 10.0.1.14 dev a0 table isp proto static src 10.0.1.1
ip route add 1.165.240.0/20 via 10.0.1.16 dev a0 table 300 proto static
ip route add 29.242.228.0/23 via 10.0.2.4 dev b0 table isp
ip route add 27.124.19.0/24 via 10.0.2.23 dev b0 table 100 proto static metric 77
ip route add 59.61.192.0/22 via 10.0.2.19 dev b0 table 300
ip route add 169.59.170.0/24 via 10.0.2.9 dev b0 table 100
ip route add 14.247.192.0/23 via 10.0.2.24 dev b0 table isp
ip route add 200.63.238.0/24 via 10.0.2.13 dev b0 table 100
ip route add 215.87.171.0/24 via 10.0.2.37 dev b0 table 300
ip route add 128.125.138.0/24 via 10.0.2.27 dev b0 table 300
ip route add 150.111.240.0/20 via 10.0.2.37 dev b0 table 300
ip route add 59.3.225.0/24 via 10.0.1.27 proto 99
ip route add 153.34.117.0/24 via 10.0.1.7 dev a0 table 300 proto static
ip route add 137.33.181.0/24 via 10.0.2.26 dev b0
ip route append 153.170.165.0/24 via 10.0.2.23 dev b0 metric 156
ip route add 108.155.144.0/20 via 10.0.1.37 table 300
ip route add 179.112.0.0/16 via 10.0.2.31 dev b0 table 100
ip route add 169.163.114.0/24 via 10.0.1.9 table isp
ip route add 171.0.0.0/8 via 10.0.1.26 proto kernel metric 148
ip route add 110.16.186.0/24 via 10.0.2.10 table isp proto kernel
ip route add 99.129.96.0/19 via 10.0.1.34 dev a0 table isp
ip route add 30.49.0.0/16 via 10.0.2.25 dev b0 table 100 src 10.0.2.1
ip route add 173.24.191.0/24 via 10.0.1.24 dev a0 table 300 proto 99
ip route add 100.127.26.0/23 via 10.0.1.28 table 100
ip route add 193.65.0.0/16 via 10.0.1.23 table 100
ip route add 200.177.52.0/24 via 10.0.1.32 table 100
ip route add 39.76.197.0/24 via 10.0.2.26 dev b0 table 300
ip route add 42.13.128.0/20 via 10.0.2.30 dev b0 table 300
ip route add 175.255.88.0/22 via 10.0.2.10 table isp proto static metric 38
ip route add 86.16.0.0/12 via 10.0.2.31 table 100
ip route add 117.137.0.0/20 via 10.0.2.8 dev b0 table 100 metric 31
ip route add 60.82.196.0/22 via 10.0.1.8 dev a0 table 300
ip route add 79.194.160.0/20 via 10.0.1.18 dev a0 table 300
ip route add 186.194.160.0/19 via 10.0.1.15 dev a0 table 300
ip route add 69.6.130.0/24 via 10.0.2.8 dev b0 table isp
ip route add 60.237.0.0/16 via 10.0.2.12 dev b0
ip route add 88.48.96.0/22 via 10.0.2.15 dev b0 table 100
ip route add 209.157.0.0/16 via 10.0.2.26 dev b0 table 100
ip route add 155.182.150.0/23 via 10.0.2.38 dev b0 table 300 metric 119
ip route add 53.145.103.0/24 via 10.0.2.34 table isp
ip route add 118.139.15.0/24 via 10.0.2.25 dev b0 table 300 metric 392
ip route add 74.207.74.0/24 via 10.0.1.5 table 300 src 10.0.1.1
ip route add 170.138.44.0/23 via 10.0.2.29 dev b0 proto 99
ip route add 220.186.199.0/24 via 10.0.1.27
ip route add 163.27.237.0/24 via 10.0.1.7 dev a0 table 100
ip route append 134.192.145.0/24 via 10.0.2.23 dev b0 metric 271
ip route add 153.222.185.0/24 via 10.0.1.34 dev a0 table isp
ip route add 66.98.254.0/24 via 10.0.1.34 table 300
ip route append 24.169.224.0/20 via 10.0.1.9 dev a0 metric 234
ip route add 146.107.35.0/24 via 10.0.2.37 dev b0
ip route add 32.124.155.0/24 via 10.0.1.14 dev a0 table 300
ip route add 151.225.62.0/23 via 10.0.2.6 dev b0 table 100
ip route add 11.234.233.0/24 via 10.0.2.29 dev b0
ip route add 109.93.124.160/28 via 10.0.1.20 dev a0 table isp proto static
ip route add 83.3.246.0/23 via 10.0.2.38 proto static
ip route add 43.93.32.0/20 via 10.0.2.16 table 300 src 10.0.2.1
ip route add 142.164.11.0/24 via 10.0.2.24 dev b0 table isp
ip route append 101.165.10.0/24 via 10.0.1.33 dev a0 metric 66
ip route add 119.5.57.74 via 10.0.1.15 dev a0 table 300 metric 319
ip route add 215.81.12.0/22 via 10.0.2.34 table isp metric 83
ip route add 13.99.88.0/22 via 10.0.1.9 dev a0 table isp proto kernel
ip route add 123.111.184.0/24 via 10.0.2.26 table 300 proto static metric 181
ip route add 28.110.192.0/19 via 10.0.1.25 dev a0 table 300
ip route add 97.72.64.0/23 via 10.0.2.36
ip route add 142.44.236.0/24 via 10.0.2.32 dev b0 table 100
ip route add 34.0.133.148 via 10.0.2.31 dev b0 table 100
ip route add 197.112.88.0/22 via 10.0.1.8 dev a0 table isp src 10.0.1.1
ip route add 3.83.0.0/16 via 10.0.1.25 dev a0 proto kernel
ip route add 217.51.147.0/24 via 10.0.2.15 table isp
ip route add 121.81.117.0/24 via 10.0.2.16 dev b0 table isp metric 20
ip route add 168.118.100.0/24 via 10.0.2.34 dev b0 table 300
ip route add 54.173.224.0/20 via 10.0.1.34 dev a0 table isp
ip route add 207.79.167.0/24 via 10.0.1.26 dev a0 proto kernel
ip route add 132.117.192.0/20 via 10.0.1.19 dev a0 table 300 proto static
ip route add 199.56.0.0/16 via 10.0.1.13 dev a0 table isp
ip route add 21.205.135.0/24 via 10.0.2.6 dev b0 table 100
ip route add 24.92.159.139 via 10.0.2.17 dev b0 table 300 proto kernel
ip route add 83.53.74.0/23 via 10.0.2.16 dev b0 table isp
ip route add 48.36.64.0/20 via 10.0.2.6 dev b0 proto 99
ip route add 65.219.87.95 via 10.0.2.14 dev b0 table 100
ip route add 39.97.39.0/24 via 10.0.1.17 dev a0
ip route add 19.41.14.0/24 via 10.0.1.25 dev a0
ip route add 3.104.5.0/24 via 10.0.2.26 dev b0 table 100
ip route add 91.91.105.0/24 via 10.0.1.29 table 300
ip route add 116.124.224.0/19 via 10.0.2.25 dev b0 table 300
ip route add 157.78.39.0/24 via 10.0.1.25 table 100
ip route add 83.20.252.0/23 via 10.0.2.38 dev b0 table 300
ip route add 61.56.123.0/24 via 10.0.2.24
ip route add 144.104.14.0/24 via 10.0.1.26 dev a0 table 100 proto static
ip route add 64.214.216.0/24 via 10.0.2.31 table 100 proto kernel
ip route add 191.235.128.0/24 via 10.0.1.20 dev a0 table isp
ip route add 85.137.238.0/23 via 10.0.2.2 table 100
ip route add 8.88.80.0/20 via 10.0.1.20 table 300
ip route add 67.42.56.0/24 via 10.0.1.35 dev a0 table 300
ip route add 111.154.140.0/24 via 10.0.2.13 dev b0 table isp
ip route add 28.31.106.0/24 via 10.0.1.17 dev a0 table 100
ip route add 72.22.245.0/24 via 10.0.2.29 dev b0 proto kernel
ip route add 202.35.209.0/24 via 10.0.1.5 table 100
ip route add 176.240.106.0/24 via 10.0.1.35 dev a0 proto kernel
ip route add 211.192.198.0/24 via 10.0.2.33 dev b0 table isp
ip route add 22.12.142.0/24 via 10.0.2.34 dev b0 metric 44
ip route add 169.99.23.0/24 via 10.0.1.21 dev a0 table isp
ip route add 56.136.164.0/23 via 10.0.1.27 dev a0 table 300
ip route add 76.120.70.0/23 via 10.0.1.4 dev a0 table 300 proto static
ip route add 162.115.192.0/20 via 10.0.2.36 dev b0
ip route add 185.63.9.0/24 via 10.0.2.27 dev b0
ip route add 183.182.10.0/24 via 10.0.1.40 dev a0
ip route add 157.54.211.0/24 via 10.0.2.9 dev b0 table 100
ip route add 209.49.36.0/23 via 10.0.2.3 dev b0 table 100
ip route add 223.19.125.0/24 via 10.0.1.36 table 100 proto static
ip route add 132.255.168.0/22 via 10.0.2.23 dev b0 table isp
ip route add 59.38.188.0/22 via 10.0.2.17 dev b0 table 100
ip route add 116.49.182.0/24 via 10.0.1.21 dev a0 table isp metric 162
ip route add 187.197.168.0/22 via 10.0.1.6 table 300
ip route add 94.109.176.0/24 via 10.0.1.22 dev a0 table 100
ip route add 77.69.17.0/24 via 10.0.1.15 dev a0 table 100
ip route add 96.35.39.0/24 via 10.0.1.24 dev a0 table 300
ip route add 179.91.27.0/24 via 10.0.1.7
ip route add 202.15.101.0/24 via 10.0.1.16 dev a0 table 100 src 10.0.1.1
ip route add 130.96.224.0/23 via 10.0.2.31 dev b0 table isp proto static
ip route add 75.191.251.0/24 via 10.0.2.14 dev b0 table isp proto static
ip route add 99.168.222.0/24 via 10.0.2.39 dev b0
ip route add 210.199.182.0/24 via 10.0.2.11 dev b0 table 300
ip route add 11.195.73.0/24 via 10.0.2.18 dev b0 table 300
ip route add 123.171.224.0/20 via 10.0.1.38 dev a0 table 100
ip route add 80.138.108.0/24 via 10.0.1.22 dev a0 table 100
ip route add 103.134.205.0/24 via 10.0.1.2 table isp
ip route add 71.138.192.0/20 via 10.0.1.2 dev a0 table 100
ip route add 7.129.184.0/23 via 10.0.1.7 dev a0 table 300 proto 99
ip route add 27.221.249.0/24 via 10.0.2.14 dev b0 table 100 proto kernel
ip route add 115.232.108.0/24 via 10.0.1.20 dev a0 table isp
ip route add 210.144.224.0/19 via 10.0.1.31 dev a0 table 300
ip route add 114.14.128.0/19 via 10.0.2.23 table 100
ip route add 210.232.197.0/24 via 10.0.1.19 table 300
ip route add 181.199.54.0/23 via 10.0.2.4 dev b0 table isp
ip route add 2.197.10.0/23 via 10.0.2.34 table isp metric 376
ip route add 89.163.199.0/24 via 10.0.2.18 table 300
ip route add 5.196.163.0/24 via 10.0.1.32 dev a0 table isp
ip route add 216.63.168.0/22 via 10.0.2.6 dev b0 table 100
ip route add 59.60.96.0/20 via 10.0.1.11 table 300
ip route add 73.180.124.0/22 via 10.0.1.23 dev a0 table 100
ip route add 85.40.143.0/24 via 10.0.1.18 dev a0 table 100 proto kernel
ip route add 220.45.20.0/23 via 10.0.1.30 table 300
ip route add 67.144.192.0/23 via 10.0.1.31 dev a0
ip route add 196.243.92.0/22 via 10.0.2.26 dev b0 table 100
ip route add 205.0.123.0/24 via 10.0.1.23 dev a0 table isp
ip route add 40.130.219.0/24 via 10.0.2.26 dev b0 table 300
ip route add 4.70.91.0/24 via 10.0.1.29 table isp metric 447
ip route add 109.41.39.192/28 via 10.0.2.3 dev b0 table 300 proto kernel
ip route add 165.254.251.0/24 via 10.0.2.22 table isp metric 119
ip route add 91.173.31.0/24 via 10.0.1.7 dev a0 table isp
ip route add 150.0.0.0/12 via 10.0.2.28 dev b0
ip route add 199.238.176.0/20 via 10.0.2.22 dev b0 table 300
ip route add 129.160.0.0/12 via 10.0.1.4 dev a0 table isp proto 99 src 10.0.1.1 metric 386
ip route add 101.121.158.0/24 via 10.0.2.11 dev b0 table 100
ip route add 88.149.156.0/23 via 10.0.1.23 dev a0 table 300 proto 99
ip route add 22.149.8.0/22 via 10.0.2.28 dev b0 table isp
ip route append 38.57.113.0/24 via 10.0.1.33 dev a0 metric 250
ip route add 133.29.253.0/24 via 10.0.2.5 dev b0 table isp proto 99
ip route add 39.20.183.0/24 via 10.0.2.34 dev b0 table 100
ip route add 194.165.235.0/24 via 10.0.1.28 table 100
ip route add 222.236.43.0/24 via 10.0.1.23 dev a0
ip route add 96.38.28.0/22 via 10.0.2.17 dev b0 table isp proto static
ip route add 119.128.28.0/24 via 10.0.1.8 dev a0 table 100
ip route add 71.114.124.0/23 via 10.0.1.26 dev a0 table isp proto static
ip route add 161.60.56.0/23 via 10.0.1.8 dev a0 table 100
ip route add 118.205.35.0/24 via 10.0.1.24 table isp
ip route add 197.72.192.0/22 via 10.0.1.23 dev a0 table isp proto 99
ip route add 171.93.187.0/24 via 10.0.1.14 dev a0
ip route add 31.168.3.0/24 via 10.0.2.40 dev b0 table 300
ip route add 159.39.127.0/24 via 10.0.1.5 dev a0
ip route add 158.27.5.0/24 via 10.0.2.8 dev b0 table 300 proto static src 10.0.2.1
ip route add 220.208.139.130 via 10.0.2.13 dev b0 proto 99
ip route add 153.73.73.0/24 via 10.0.1.29 dev a0 table 100
ip route add 114.0.0.0/8 via 10.0.1.27 table 100 proto static
ip route add 218.128.208.0/22 via 10.0.1.35 dev a0 table isp proto 99
ip route add 20.93.246.0/24 via 10.0.2.28 dev b0 table 100
ip route add 131.114.68.0/22 via 10.0.1.3 table isp
ip route add 159.214.92.0/22 via 10.0.1.29 dev a0 table 100
ip route add 167.8.20.0/22 via 10.0.1.28 table 100
ip route add 52.8.40.0/24 via 10.0.1.22 dev a0 table 300 proto 99
ip route add 162.218.32.0/19 via 10.0.2.14 table isp proto kernel
ip route add 5.189.8.0/22 via 10.0.2.11 dev b0
ip route add 158.75.72.0/24 via 10.0.1.16 dev a0 table 300 metric 492
ip route add 217.135.214.0/24 via 10.0.2.38 dev b0 table isp
ip route append 219.168.44.0/24 via 10.0.1.23 dev a0 metric 427
ip route add 25.132.2.0/24 via 10.0.1.27 dev a0 table 100
ip route add 201.51.0.0/16 via 10.0.2.39 dev b0
ip route add 210.247.34.0/24 via 10.0.1.4 dev a0
ip route add 33.16.0.0/12 via 10.0.2.25 dev b0 table isp
ip route add 134.11.152.0/23 via 10.0.1.35 table 300 proto static
ip route add 166.5.128.0/22 via 10.0.2.6 dev b0 table 100
ip route add 42.146.112.0/22 via 10.0.1.12 dev a0 proto kernel
ip route add 168.127.137.0/24 via 10.0.1.30 dev a0
ip route add 73.24.116.0/22 via 10.0.2.4 dev b0 table isp
ip route add 211.32.162.0/23 via 10.0.1.24 dev a0
ip route add 78.237.76.0/22 via 10.0.2.25 dev b0 table isp
ip route add 51.228.4.0/24 via 10.0.2.24 table 300
ip route add 117.175.27.0/24 via 10.0.1.24 dev a0 table 300 src 10.0.1.1
ip route add 220.225.21.0/24 via 10.0.1.5 dev a0 table 300
ip route add 56.21.164.0/24 via 10.0.1.13 dev a0 table 300
ip route append 91.0.0.0/8 via 10.0.2.9 metric 109
ip route add 160.0.0.0/8 via 10.0.2.21 dev b0 table 300
ip route add 169.96.0.0/12 via 10.0.2.24 dev b0 table isp
ip route add 81.51.23.0/24 via 10.0.1.19 table 100
ip route add 14.222.195.0/24 via 10.0.1.15 dev a0 table 300 proto kernel
ip route add 45.130.253.192/28 via 10.0.1.17 dev a0 metric 457
ip route add 212.24.160.0/19 via 10.0.1.11 dev a0 table 300 proto 99
ip route add 20.188.120.0/23 via 10.0.2.38 dev b0
ip route add 58.245.22.0/23 via 10.0.1.27 dev a0 table isp
ip route add 21.34.31.0/24 via 10.0.2.3 dev b0 table isp
ip route add 143.237.90.0/24 via 10.0.2.9 dev b0 table isp
ip route add 2.75.180.0/22 via 10.0.2.34 dev b0 table isp
ip route add 165.117.183.0/24 via 10.0.2.26 dev b0 table isp
ip route add 165.36.40.0/22 via 10.0.1.4 dev a0
ip route add 198.79.176.0/23 via 10.0.2.6 dev b0 table isp
ip route add 5.252.136.0/22 via 10.0.1.9 dev a0 src 10.0.1.1
ip route add 45.84.240.0/20 via 10.0.2.2 table isp
ip route add 84.22.152.0/23 via 10.0.2.31 proto static
ip route add 106.141.41.0/24 via 10.0.2.9 table 100 metric 386
ip route add 191.109.244.0/22 via 10.0.2.3 dev b0 table 300
ip route add 90.235.224.0/19 via 10.0.1.31 dev a0 table 100
ip route add 26.191.160.0/19 via 10.0.2.27 table 100 proto 99 src 10.0.2.1
ip route add 107.54.165.119 via 10.0.2.4 dev b0
ip route add 53.210.100.48/28 via 10.0.1.23 dev a0 table isp proto 99
ip route add 64.255.76.0/22 via 10.0.1.12 dev a0 table 100
ip route add 114.83.93.0/24 via 10.0.1.10 dev a0
ip route add 99.252.45.0/24 via 10.0.2.18
ip route add 11.157.28.0/24 via 10.0.1.38 dev a0 table isp
ip route append 16.165.17.112/28 via 10.0.1.17 metric 24
ip route add 72.24.58.0/23 via 10.0.1.31 dev a0 table 100
ip route add 70.41.209.0/24 via 10.0.2.18 dev b0 table isp metric 63
ip route add 14.135.0.0/22 via 10.0.2.6 table 100
ip route add 118.114.132.0/22 via 10.0.1.37 proto static
ip route add 124.160.0.0/12 via 10.0.2.12 dev b0 table 300
ip route add 53.157.96.0/22 via 10.0.2.22 dev b0 table 300 proto static
ip route add 143.89.132.0/28 via 10.0.1.30 dev a0
ip route add 170.76.168.0/24 via 10.0.2.24 dev b0 table isp
ip route add 151.111.16.0/24 via 10.0.2.8 dev b0 table 300 proto static
ip route add 217.163.75.0/24 via 10.0.2.7 dev b0 table 300 proto static
ip route add 94.224.207.0/24 via 10.0.2.40 table 300 metric 286
ip route add 166.17.216.0/22 via 10.0.1.7 dev a0 table 300
ip route add 132.27.98.0/24 via 10.0.2.21 table 100
ip route add 22.21.152.0/24 via 10.0.1.13 dev a0
ip route add 111.81.172.0/24 via 10.0.2.15 dev b0 table 100 proto static
ip route add 152.198.0.0/16 via 10.0.1.5 table 300
ip route add 90.131.252.0/24 via 10.0.1.4 dev a0 proto 99
ip route add 118.32.0.0/16 via 10.0.2.4 table isp proto kernel
ip route add 86.247.133.0/24 via 10.0.2.17 dev b0 table 100
ip route add 215.145.82.0/23 via 10.0.1.35 dev a0 table 100 proto static
ip route add 2.174.192.0/22 via 10.0.2.24 dev b0
ip route append 105.239.180.0/23 via 10.0.1.21 dev a0 metric 182
ip route add 150.133.185.0/24 via 10.0.2.15 table 300
ip route add 64.168.112.0/20 via 10.0.1.8 dev a0
ip route add 53.120.73.0/24 via 10.0.2.26 dev b0 table isp proto 99
ip route add 159.215.112.0/24 via 10.0.2.23 dev b0 table isp
ip route add 67.61.246.155 via 10.0.2.25 dev b0 table 300
ip route add 74.84.189.0/24 via 10.0.1.4 dev a0 table 100
ip route add 9.120.200.0/24 via 10.0.2.13 table isp proto 99 src 10.0.2.1
ip route add 136.90.128.0/20 via 10.0.2.36 dev b0
ip route add 1.255.196.0/24 via 10.0.1.17 table 300 metric 250
ip route add 193.206.223.0/24 via 10.0.2.4 dev b0 table 300
ip route add 150.67.209.0/24 via 10.0.1.5 dev a0 table 300
ip route add 131.51.26.0/24 via 10.0.1.3 dev a0 table isp
ip route add 182.48.43.0/24 via 10.0.1.40 dev a0 table isp proto kernel
ip route add 161.77.204.0/24 via 10.0.2.12
ip route add 151.26.185.34 via 10.0.2.39 dev b0 table 100
ip route add 165.114.195.0/24 via 10.0.2.21 dev b0 table 300
ip route add 103.220.78.0/24 via 10.0.2.28 dev b0 table isp proto 99
ip route add 129.78.208.0/20 via 10.0.1.4 dev a0 metric 412
ip route add 79.91.100.0/24 via 10.0.1.36 dev a0
ip route add 60.68.205.0/24 via 10.0.1.25 dev a0 table isp proto 99
ip route add 76.213.0.0/16 via 10.0.2.12 dev b0 table 100
ip route add 97.251.151.0/24 via 10.0.1.2 dev a0
ip route add 216.135.116.0/24 via 10.0.1.18 dev a0 table isp
ip route add 23.52.240.0/23 via 10.0.2.21 dev b0
ip route add 120.157.47.0/24 via 10.0.2.23 dev b0 table isp
ip route add 56.141.129.0/24 via 10.0.2.29 dev b0 proto static
ip route add 17.2.126.0/23 via 10.0.1.40 table isp
ip route add 132.112.57.0/24 via 10.0.1.5 dev a0 table isp
ip route add 50.237.184.0/22 via 10.0.1.35 dev a0 table 100
ip route add 65.196.112.0/22 via 10.0.2.24 table 300 proto static
ip route add 177.92.0.0/16 via 10.0.1.15 dev a0
ip route add 44.98.185.128/28 via 10.0.2.13 table 100
ip route add 172.149.23.0/24 via 10.0.1.36 metric 266
ip route add 80.33.94.0/24 via 10.0.1.34 dev a0
ip route add 105.64.156.0/24 via 10.0.2.27 dev b0 table 100
ip route add 108.114.3.112/28 via 10.0.1.35 table isp
ip route add 144.205.120.0/22 via 10.0.2.23 dev b0 proto kernel metric 105
ip route add 209.116.164.0/24 via 10.0.1.21 dev a0 table 300
ip route add 208.227.176.0/23 via 10.0.1.23 dev a0 proto kernel
ip route add 3.10.159.0/24 via 10.0.2.18 dev b0 table 100
ip route add 62.209.16.0/20 via 10.0.1.32 dev a0 table isp metric 21
ip route append 81.194.236.0/22 via 10.0.2.35 proto kernel metric 237
ip route add 196.232.64.0/19 via 10.0.2.23 dev b0
ip route add 54.235.32.0/22 via 10.0.1.18 dev a0 table isp
ip route add 140.96.144.0/20 via 10.0.1.20 dev a0 table 100
ip route add 169.130.105.0/24 via 10.0.1.7 dev a0 table 300
ip route add 90.194.17.0/24 via 10.0.1.17 dev a0 table isp
ip route add 20.45.56.0/22 via 10.0.2.24 dev b0 table 300
ip route add 211.7.108.0/22 via 10.0.1.18 table isp proto kernel
ip route add 114.92.0.0/16 via 10.0.1.7 table 100 proto static
ip route add 139.123.184.0/22 via 10.0.1.13 dev a0
ip route add 45.71.19.0/24 via 10.0.2.18 dev b0
ip route add 202.251.56.0/22 via 10.0.1.23 dev a0 table 300
ip route add 173.100.65.0/24 via 10.0.2.39 dev b0 table isp proto kernel
ip route add 112.180.192.0/20 via 10.0.1.27 dev a0 table 300 proto static
ip route add 81.61.129.0/24 via 10.0.2.10 dev b0
ip route add 27.127.168.0/24 via 10.0.2.28 dev b0 table 300
ip route add 183.83.124.0/23 via 10.0.2.18 dev b0
ip route add 92.191.213.0/24 via 10.0.2.32 dev b0
ip route add 105.100.64.0/20 via 10.0.2.2 dev b0 table isp proto 99
ip route add 108.239.192.0/19 via 10.0.2.13
ip route add 214.118.201.0/24 via 10.0.2.35 dev b0 table 100
ip route add 23.180.18.0/23 via 10.0.1.9 table isp
ip route add 204.65.97.0/24 via 10.0.1.7 dev a0 src 10.0.1.1
ip route add 20.167.76.0/22 via 10.0.2.2 dev b0 table 100
ip route add 143.74.30.0/24 via 10.0.1.36 dev a0
ip route add 53.62.106.0/23 via 10.0.2.26 dev b0 table 300
ip route add 126.53.234.0/24 via 10.0.2.25 dev b0 table 100 src 10.0.2.1
ip route add 71.191.228.0/22 via 10.0.2.30 dev b0 table isp proto static
ip route add 52.194.208.0/20 via 10.0.2.10 dev b0 table 300
ip route add 124.224.208.0/20 via 10.0.1.7 table 100
ip route add 211.187.248.0/23 via 10.0.2.32 dev b0 table 300 proto static
ip route add 94.102.128.0/23 via 10.0.2.15 table 300 metric 126
ip route add 189.6.141.0/24 via 10.0.2.34 dev b0
ip route add 166.84.241.0/24 via 10.0.1.4 dev a0 table isp proto static
ip route add 16.55.234.0/24 via 10.0.1.32 dev a0 table 300
ip route append 68.187.172.0/22 via 10.0.2.31 dev b0 metric 177
ip route add 88.230.182.0/24 via 10.0.1.9 table 300
ip route add 187.29.131.0/24 via 10.0.1.5 proto static
ip route add 140.251.70.0/23 via 10.0.1.12 dev a0 table 300
ip route add 219.161.0.0/19 via 10.0.1.13 dev a0
ip route add 64.64.96.0/24 via 10.0.2.37 dev b0
ip route add 174.222.0.0/16 via 10.0.1.9 table 300
ip route add 163.20.113.0/24 via 10.0.2.40 dev b0 table isp
ip route add 172.160.0.0/12 via 10.0.2.30 dev b0
ip route append 185.230.0.0/16 via 10.0.2.2 dev b0 proto static metric 302
ip route add 199.222.16.0/20 via 10.0.2.25 dev b0 table isp
ip route add 64.76.64.0/24 via 10.0.2.8 dev b0 table isp src 10.0.2.1
ip route add 92.184.32.0/22 via 10.0.2.28 dev b0 table 300
ip route add 89.208.0.0/12 via 10.0.2.25 dev b0 proto 99
ip route add 119.115.0.0/16 via 10.0.1.13 table 100
ip route add 133.151.133.0/24 via 10.0.2.40 dev b0 table 100
ip route add 55.119.136.0/24 via 10.0.1.23 dev a0 table isp proto static
ip route add 222.228.241.0/24 via 10.0.2.27 dev b0 proto 99
ip route append 69.203.214.171 via 10.0.1.2 dev a0 proto 99 metric 193
ip route add 189.189.240.0/20 via 10.0.1.30 dev a0
ip route add 200.25.176.0/24 via 10.0.1.10 dev a0 table 100 src 10.0.1.1 metric 187
ip route add 113.116.164.0/24 via 10.0.2.3 dev b0 table 100
ip route add 154.42.128.0/20 via 10.0.1.21 dev a0 table 300 proto kernel
ip route add 58.0.60.0/22 via 10.0.2.22 dev b0
ip route add 125.143.177.0/24 via 10.0.2.8 dev b0 table 100
ip route add 135.135.115.0/24 via 10.0.1.19 dev a0 table 100 metric 230
ip route add 217.205.84.0/22 via 10.0.1.39 table isp
ip route add 60.251.64.0/22 via 10.0.1.2 table 300 proto static
ip route add 147.44.123.0/24 via 10.0.2.17 dev b0 table 300
ip route add 21.79.116.0/23 via 10.0.2.38 table 100
ip route add 217.106.40.0/24 via 10.0.1.38 dev a0
ip route add 153.11.43.0/24 via 10.0.1.7 dev a0 table 100 metric 401
ip route add 213.195.244.0/22 via 10.0.2.5 dev b0
ip route add 47.170.93.0/24 via 10.0.2.26 metric 444
ip route add 82.174.248.0/24 via 10.0.1.26 dev a0 table isp
ip route add 76.210.84.0/22 via 10.0.2.23 dev b0 table 100 metric 374
ip route add 70.234.160.0/19 via 10.0.1.10 dev a0 table isp
ip route add 186.215.50.0/24 via 10.0.2.35 dev b0 table 300 metric 349
ip route append 201.51.0.0/16 via 10.0.1.28 dev a0 metric 67
ip route add 118.77.56.0/24 via 10.0.2.16 dev b0 table 300
ip route add 94.156.8.0/22 via 10.0.1.39 dev a0 proto static
ip route add 69.117.86.0/24 via 10.0.2.25 table 300 proto static
ip route add 145.158.0.0/16 via 10.0.2.2 dev b0 table 100 proto 99
ip route add 111.140.120.0/22 via 10.0.2.12 dev b0 table isp src 10.0.2.1 metric 266
ip route add 26.225.52.0/22 via 10.0.2.29 dev b0
ip route add 164.71.144.0/20 via 10.0.2.28 dev b0
ip route add 150.158.129.0/24 via 10.0.2.2 dev b0 table 300 metric 55
ip route add 209.199.49.0/24 via 10.0.1.14 dev a0 table 100
ip route add 64.160.0.0/12 via 10.0.2.35 table 100
ip route add 48.255.192.0/24 via 10.0.1.38 proto kernel src 10.0.1.1
ip route add 12.111.160.0/22 via 10.0.1.11 dev a0 table 300
ip route add 57.42.144.0/20 via 10.0.1.29 dev a0 proto static metric 273
ip route add 212.143.80.0/22 via 10.0.2.3 dev b0 table 100
ip route add 107.82.72.0/22 via 10.0.1.39 dev a0 table isp
ip route add 33.66.176.0/22 via 10.0.1.8 dev a0 table 100
ip route add 102.158.62.0/23 via 10.0.2.38 dev b0 src 10.0.2.1 metric 401
ip route add 14.61.219.0/24 via 10.0.1.27 dev a0 table 100
ip route add 76.215.96.0/19 via 10.0.2.13 dev b0 table 300
ip route add 96.0.0.0/16 via 10.0.1.25 dev a0 table isp
ip route add 89.7.224.0/19 via 10.0.1.2 dev a0 table 300
ip route add 8.121.165.161 via 10.0.1.24 table 100
ip route add 38.160.0.0/16 via 10.0.1.22 dev a0 table 100
ip route add 202.82.172.0/22 via 10.0.1.34 table 100
ip route add 123.230.3.0/24 via 10.0.1.40 metric 210
ip route add 66.229.112.0/20 via 10.0.1.22 dev a0 table 300
ip route add 93.206.152.0/24 via 10.0.2.39 dev b0 table isp
ip route add 43.193.86.0/24 via 10.0.2.37 dev b0 table 100
ip route add 56.175.182.0/24 via 10.0.2.8 dev b0
ip route append 162.61.216.112/28 via 10.0.1.21 dev a0 metric 116
ip route add 129.67.42.0/24 via 10.0.1.20 dev a0 table isp
ip route add 38.246.227.0/24 via 10.0.1.21 dev a0 table 300 metric 53
ip route add 162.79.0.0/20 via 10.0.1.18 src 10.0.1.1
ip route add 145.37.165.0/24 via 10.0.1.9 dev a0 table 100
ip route add 126.132.108.0/23 via 10.0.2.20 dev b0 table isp
ip route add 160.152.9.0/24 via 10.0.2.32 dev b0 table isp
ip route add 104.81.62.0/24 via 10.0.1.22 dev a0 table 100
ip route add 197.230.0.0/16 via 10.0.2.21 dev b0 table 100 proto kernel
ip route add 103.73.199.0/24 via 10.0.1.40 dev a0 table 100
ip route add 129.202.215.0/24 via 10.0.2.6 dev b0 proto 99
ip route add 47.35.76.0/24 via 10.0.2.21 dev b0 table 300
ip route add 159.224.0.0/12 via 10.0.1.37 dev a0 table 300
ip route add 184.246.160.0/24 via 10.0.1.9 dev a0 table 100
ip route add 148.76.192.0/20 via 10.0.1.9 dev a0 table 300
ip route add 124.250.223.0/24 via 10.0.1.16 dev a0 table isp
ip route add 204.63.205.0/24 via 10.0.2.13 table isp
ip route add 147.128.0.0/12 via 10.0.1.34 dev a0 table isp
ip route add 204.168.155.0/24 via 10.0.1.35 dev a0 table 300 src 10.0.1.1
ip route add 207.215.130.0/23 via 10.0.1.13 dev a0 table 100
ip route add 157.66.2.0/24 via 10.0.2.27 dev b0 table isp proto 99 src 10.0.2.1
ip route add 185.147.29.0/24 via 10.0.2.18 table 300 metric 458
ip route add 131.117.0.0/16 via 10.0.2.9 dev b0 table isp
ip route add 147.36.244.0/24 via 10.0.2.28 dev b0 table 300
ip route add 104.198.192.0/22 via 10.0.2.28 dev b0
ip route add 46.246.254.0/24 via 10.0.1.25 table isp
ip route add 61.48.197.0/24 via 10.0.1.34 dev a0 table 300
ip route add 70.48.7.0/24 via 10.0.2.18 dev b0 proto kernel
ip route add 209.118.68.0/24 via 10.0.1.28 dev a0 table isp proto kernel
ip route add 172.128.0.0/12 via 10.0.2.29 dev b0 metric 55
ip route add 40.32.0.0/20 via 10.0.1.5 proto kernel
ip route add 91.189.204.0/24 via 10.0.2.25 dev b0
ip route add 94.33.152.0/22 via 10.0.1.16 table 100
ip route add 98.227.248.0/24 via 10.0.1.25 dev a0 table 100
ip route add 220.208.203.128/28 via 10.0.2.18 dev b0 table 100 metric 29
ip route add 148.153.92.0/24 via 10.0.1.30 dev a0 table 100
ip route add 73.155.189.0/24 via 10.0.2.21 table 100
ip route add 198.45.26.0/24 via 10.0.2.36 dev b0
ip route add 148.45.10.0/23 via 10.0.2.35 dev b0 table isp
ip route add 84.68.208.0/24 via 10.0.1.20 table 100
ip route add 171.192.232.0/22 via 10.0.2.10 dev b0 table 300
ip route add 88.1.255.0/24 via 10.0.2.31 dev b0 proto kernel metric 251
ip route add 9.207.48.0/24 via 10.0.2.27 dev b0 table isp metric 484
ip route add 204.56.211.0/24 via 10.0.2.7 dev b0 table 100
ip route add 98.168.134.0/24 via 10.0.1.25 table 300
ip route add 43.189.130.0/24 via 10.0.1.27 dev a0 metric 6
ip route add 69.113.96.0/19 via 10.0.2.22 metric 112
ip route add 106.171.109.0/24 via 10.0.2.23 table 300
ip route add 68.197.178.0/23 via 10.0.1.17 dev a0 table 300 src 10.0.1.1
ip route add 164.128.0.0/12 via 10.0.1.16 dev a0 table 100 proto static
ip route add 140.74.141.176/28 via 10.0.2.11 dev b0 table isp
ip route add 12.28.60.0/23 via 10.0.1.28 dev a0 table isp
ip route add 87.128.57.0/24 via 10.0.2.20 dev b0 table 300
ip route add 1.102.164.0/22 via 10.0.2.21 dev b0 table 300 proto 99
ip route append 199.185.112.0/22 via 10.0.1.2 dev a0 metric 111
ip route add 2.214.21.0/24 via 10.0.1.10 dev a0 table 300
ip route add 79.197.235.0/24 via 10.0.2.9 dev b0
ip route add 181.153.29.0/24 via 10.0.1.29 dev a0 table 100
ip route add 136.48.12.0/22 via 10.0.1.4 dev a0 table 100 proto static metric 48
ip route append 23.52.240.0/23 via 10.0.2.38 dev b0 metric 356
ip route add 173.255.16.0/20 via 10.0.2.33 dev b0 table isp
ip route add 97.132.182.0/24 via 10.0.1.34 dev a0 table isp
ip route add 27.15.202.0/24 via 10.0.2.40 table 100
ip route add 13.120.48.0/23 via 10.0.1.34 dev a0
ip route add 170.164.30.0/23 via 10.0.2.11 dev b0 proto 99
ip route add 35.124.54.0/23 via 10.0.2.31 dev b0 table isp
ip route add 79.114.84.0/24 via 10.0.2.14 dev b0
ip route add 67.104.11.0/24 via 10.0.1.31 dev a0 table 300
ip route add 152.236.0.0/16 via 10.0.1.14 dev a0
ip route add 90.86.184.0/24 via 10.0.1.24 table 300
ip route add 87.71.117.59 via 10.0.1.17 dev a0 table isp
ip route add 124.215.160.0/20 via 10.0.1.33 dev a0 table 300
