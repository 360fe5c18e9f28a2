// Appended to a PAC file by tst_pacscript and run with node: PAC's standard helpers, with every
// function that would resolve a name throwing (a DNS lookup from the PAC file is a leak).
function dnsResolve(h) { throw new Error("DNS lookup for " + h); }
function isResolvable(h) { throw new Error("DNS lookup for " + h); }
function myIpAddress() { return "192.0.2.1"; }
function ipv4(a) { return a.split(".").reduce(function (n, o) { return n * 256 + Number(o); }, 0); }
function isInNet(h, net, mask) {
    if (!/^[0-9.]+$/.test(h)) dnsResolve(h);
    var m = ipv4(mask);
    return (ipv4(h) & m) >>> 0 === (ipv4(net) & m) >>> 0;
}
function shExpMatch(s, p) {
    var re = new RegExp("^" + p.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".") + "$");
    return re.test(s);
}
var hosts = process.argv.slice(2);
for (var i = 0; i < hosts.length; ++i) console.log(hosts[i] + " => " + FindProxyForURL("http://" + hosts[i] + "/", hosts[i]));
