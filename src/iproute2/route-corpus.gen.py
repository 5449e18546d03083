#!/usr/bin/env python3
# Golden corpus of whole `ip route` commands (see route-corpus.test.ts): runs `ip -n NS ARGS` under
# strace, records every rtnetlink route request on the rtnl socket and the kernel's replies
# (decoded), plus stdout, stderr and exit status. Lines starting with `!` run as shell commands.
# Usage (root): ip netns add NS; <set up lo, a0-a1, b0-b1 as in the spec>; route-corpus.gen.py NS < cmds > out.jsonl
import subprocess, sys, re, struct, json, socket
RTA = {1:'dst',2:'src',3:'iif',4:'oif',5:'gateway',6:'priority',7:'prefsrc',8:'metrics',9:'multipath',11:'flow',12:'cacheinfo',15:'table',16:'mark',18:'via',19:'newdst',20:'pref',23:'expires',25:'uid',26:'ttlPropagate',27:'ipProto',28:'sport',29:'dport',30:'nhId'}
RTAX = {1:'lock',2:'mtu',3:'window',4:'rtt',5:'rttvar',6:'ssthresh',7:'cwnd',8:'advmss',9:'reordering',10:'hoplimit',11:'initcwnd',12:'features',13:'rto_min',14:'initrwnd',15:'quickack',16:'congctl',17:'fastopen_no_cookie'}
def tlvs(b):
    out=[];i=0
    while i+4<=len(b):
        l,t=struct.unpack_from('<HH',b,i)
        if l<4: break
        out.append((t&0x3fff,b[i+4:i+l])); i+=(l+3)&~3
    return out
def addr(v): return socket.inet_ntop(socket.AF_INET if len(v)==4 else socket.AF_INET6, v)
def conv(t,v):
    n=RTA.get(t,'rta%d'%t)
    if n in('dst','src','gateway','prefsrc','newdst'): return n,addr(v)
    if n=='via': return n,addr(v[2:])
    if n in('sport','dport'): return n,int.from_bytes(v,'big')
    if n=='cacheinfo':
        f=struct.unpack_from('<IIiIIIII',v,0)
        return n,dict(zip(['clntref','lastuse','expires','error','used','id','ts','tsage'],f))
    if n=='metrics':
        d={};lock=0
        for mt,mv in tlvs(v):
            mn=RTAX.get(mt,'rtax%d'%mt)
            if mn=='lock': lock=int.from_bytes(mv,'little'); continue
            d[mn]=mv.rstrip(b'\0').decode() if mn=='congctl' else int.from_bytes(mv,'little')
        inv={b:a for a,b in RTAX.items()}
        return n,sorted([{'name':k,'value':x,'locked':bool(lock&(1<<inv.get(k,0)))} for k,x in d.items()],key=lambda m:m['name'])
    if n=='multipath':
        res=[];i=0
        while i+8<=len(v):
            l,fl,hops,ifi=struct.unpack_from('<HBBi',v,i)
            h={'flags':fl,'hops':hops,'ifindex':ifi}
            for st,sv in tlvs(v[i+8:i+l]):
                k,x=conv(st,sv)
                if k in ('gateway','via','flow'): h[k]=x
            res.append(h); i+=(l+3)&~3
        return n,res
    if n in ('dst','src'): return n,addr(v)
    if len(v)>4: return n,v.hex()
    return n,int.from_bytes(v,'little')
def route(b):
    fam,dl,sl,tos,tab,proto,scope,typ,flags=struct.unpack_from('<BBBBBBBBI',b,0)
    return {'family':fam,'dstLen':dl,'srcLen':sl,'tos':tos,'table':tab,'protocol':proto,'scope':scope,'type':typ,'flags':flags,'attrs':dict(conv(t,v) for t,v in tlvs(b[12:]))}
def nlmsgs(buf):
    i=0
    while i+16<=len(buf):
        l,t,f,seq,pid=struct.unpack_from('<IHHII',buf,i)
        if l<16: break
        yield t,f,buf[i+16:i+l]
        i+=(l+3)&~3
def errinfo(t,f,p):
    err=struct.unpack_from('<i',p,0)[0]
    rest=p[4:]
    if t==2:
        ol=struct.unpack_from('<I',rest,0)[0]
        rest=rest[16:] if f&0x100 else rest[(ol+3)&~3:]
    ext=None
    if f&0x200:
        for at,av in tlvs(rest):
            if at==1: ext=av.rstrip(b'\0').decode()
    e={'errno':-err}
    if ext is not None: e['extack']=ext
    return e
ROUTE_TYPES={24,25,26}
def run(args):
    p=subprocess.run(['strace','-e','trace=sendmsg,recvmsg,sendto,recvfrom','-e','read=3','-e','write=3','-s','0','ip','-n',ns]+args,capture_output=True)
    lines=p.stderr.decode('utf-8','replace').splitlines(True)
    events=[];cur=None;errl=[]
    for l in lines:
        m=re.match(r'(sendmsg|recvmsg|sendto|recvfrom)\((\d+),',l)
        if m:
            cur={'dir':'out' if m.group(1).startswith('send') else 'in','fd':int(m.group(2)),'data':b''}; events.append(cur); continue
        if l.startswith(' * ') and ' bytes in buffer' in l: continue
        hm=re.match(r' \| [0-9a-f]{5}  ((?:[0-9a-f]{2} {1,2}){1,16})',l)
        if hm and cur is not None:
            cur['data']+=bytes(int(x,16) for x in hm.group(1).split()); continue
        if l.startswith('+++') or l.startswith('---'): continue
        cur=None; errl.append(l)
    exchanges=[]
    for ev in events:
        if ev['fd']!=3 or not ev['data']: continue
        for t,f,pl in nlmsgs(ev['data']):
            if ev['dir']=='out':
                if t in ROUTE_TYPES: exchanges.append({'type':t,'nlflags':f,'request':route(pl),'replies':[]})
                else: exchanges.append(None)
                continue
            if not exchanges or exchanges[-1] is None: continue
            x=exchanges[-1]
            if t==24: x['replies'].append(route(pl))
            elif t in (2,3):
                e=errinfo(t,f,pl)
                if e['errno']: x['error']=e
    return [x for x in exchanges if x], p.stdout.decode('utf-8','replace'), ''.join(errl), p.returncode
ns=sys.argv[1]
for line in sys.stdin:
    line=line.rstrip('\n')
    if not line.strip() or line.startswith('#'): continue
    if line.startswith('!'):
        subprocess.run(line[1:].replace('$NS',ns),shell=True); continue
    args=line.split()
    ex,out,err,rc=run(args)
    print(json.dumps({'argv':args,'exchanges':ex,'stdout':out,'stderr':err,'status':rc}))
