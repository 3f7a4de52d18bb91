// SPDX-License-Identifier: GPL-2.0
/*
 * ftsim: the "hardware" forwarding path (module parameter hw_forward=1).
 *
 * A frame arriving at a port is looked up in that port's rule table before
 * the stack sees it. On a hit the driver applies the rule's rewrites
 * (Ethernet addresses, NAT addresses and ports with incremental checksum
 * fixes), decrements the TTL / hop limit like a router ASIC, and hands the
 * frame straight to the peer of the redirect port. Anything it cannot
 * finish (no rule, TCP FIN/RST, TTL about to expire, too big for the
 * egress MTU, IP options fragments) goes to the stack unchanged.
 */
#include <linux/etherdevice.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/skbuff.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <asm/unaligned.h>
#include <net/checksum.h>
#include <net/ip.h>

#include "ftsim.h"

struct ftsim_parsed {
	struct ftsim_key key;
	unsigned int l4_off;	/* from the Ethernet header */
	unsigned int l4_len;	/* fixed part that is rewritten */
};

/* Fill the key from the frame; false when the frame is not a candidate. */
static bool ftsim_parse(struct sk_buff *skb, struct ftsim_parsed *p)
{
	const struct ethhdr *eth = (const struct ethhdr *)skb->data;
	u8 ip_proto;

	memset(&p->key, 0, sizeof(p->key));
	p->key.n_proto = eth->h_proto;

	if (eth->h_proto == htons(ETH_P_IP)) {
		const struct iphdr *iph;

		if (!pskb_may_pull(skb, ETH_HLEN + sizeof(*iph)))
			return false;
		iph = (const struct iphdr *)(skb->data + ETH_HLEN);
		if (iph->version != 4 || iph->ihl < 5 || ip_is_fragment(iph) || iph->ttl <= 1)
			return false;
		ip_proto = iph->protocol;
		p->l4_off = ETH_HLEN + iph->ihl * 4;
		p->key.addr.v4[0] = iph->saddr;
		p->key.addr.v4[1] = iph->daddr;
	} else if (eth->h_proto == htons(ETH_P_IPV6)) {
		const struct ipv6hdr *ip6h;

		if (!pskb_may_pull(skb, ETH_HLEN + sizeof(*ip6h)))
			return false;
		ip6h = (const struct ipv6hdr *)(skb->data + ETH_HLEN);
		/* Extension headers are left to software. */
		if (ip6h->hop_limit <= 1)
			return false;
		ip_proto = ip6h->nexthdr;
		p->l4_off = ETH_HLEN + sizeof(*ip6h);
		p->key.addr.v6[0] = ip6h->saddr;
		p->key.addr.v6[1] = ip6h->daddr;
	} else {
		return false;
	}

	if (ip_proto == IPPROTO_TCP)
		p->l4_len = sizeof(struct tcphdr);
	else if (ip_proto == IPPROTO_UDP)
		p->l4_len = sizeof(struct udphdr);
	else
		return false;
	if (!pskb_may_pull(skb, p->l4_off + p->l4_len))
		return false;

	if (ip_proto == IPPROTO_TCP) {
		const struct tcphdr *th = (const struct tcphdr *)(skb->data + p->l4_off);

		/* The flowtable's rule requires FIN and RST clear: software tears the flow down. */
		if (th->fin || th->rst)
			return false;
	}
	p->key.ip_proto = ip_proto;
	/* Source and destination ports are the first word of both TCP and UDP headers. */
	p->key.sport = ((const __be16 *)(skb->data + p->l4_off))[0];
	p->key.dport = ((const __be16 *)(skb->data + p->l4_off))[1];
	return true;
}

static void ftsim_l4_csum_replace(struct sk_buff *skb, const struct ftsim_parsed *p,
				  __be32 from, __be32 to, bool pseudohdr)
{
	u8 *l4 = skb->data + p->l4_off;

	if (p->key.ip_proto == IPPROTO_TCP) {
		inet_proto_csum_replace4(&((struct tcphdr *)l4)->check, skb, from, to, pseudohdr);
	} else {
		struct udphdr *uh = (struct udphdr *)l4;

		/* A zero UDP checksum over IPv4 means "none": keep it that way. */
		if (!uh->check && skb->ip_summed != CHECKSUM_PARTIAL)
			return;
		inet_proto_csum_replace4(&uh->check, skb, from, to, pseudohdr);
		if (!uh->check)
			uh->check = CSUM_MANGLED_0;
	}
}

static void ftsim_apply_mangles(struct sk_buff *skb, const struct ftsim_rule *rule,
				const struct ftsim_parsed *p)
{
	unsigned int i;

	for (i = 0; i < rule->n_mangles; i++) {
		const struct ftsim_mangle *m = &rule->mangles[i];
		unsigned int base;
		__be32 from, to;
		u8 *word;

		switch (m->htype) {
		case FLOW_ACT_MANGLE_HDR_TYPE_ETH:
			base = 0;
			break;
		case FLOW_ACT_MANGLE_HDR_TYPE_IP4:
		case FLOW_ACT_MANGLE_HDR_TYPE_IP6:
			base = ETH_HLEN;
			break;
		default:	/* TCP, UDP */
			base = p->l4_off;
			break;
		}
		word = skb->data + base + m->offset;
		from = (__force __be32)get_unaligned((u32 *)word);
		to = (__force __be32)(((__force u32)from & m->mask) | m->val);
		if (from == to)
			continue;
		put_unaligned((__force u32)to, (u32 *)word);

		switch (m->htype) {
		case FLOW_ACT_MANGLE_HDR_TYPE_IP4:
			csum_replace4(&((struct iphdr *)(skb->data + ETH_HLEN))->check, from, to);
			ftsim_l4_csum_replace(skb, p, from, to, true);
			break;
		case FLOW_ACT_MANGLE_HDR_TYPE_IP6:
			ftsim_l4_csum_replace(skb, p, from, to, true);
			break;
		case FLOW_ACT_MANGLE_HDR_TYPE_TCP:
		case FLOW_ACT_MANGLE_HDR_TYPE_UDP:
			ftsim_l4_csum_replace(skb, p, from, to, false);
			break;
		default:
			break;
		}
	}
}

bool ftsim_hw_try_forward(struct ftsim_port *in, struct sk_buff *skb)
{
	struct net_device *out, *out_peer;
	struct ftsim_port *out_port;
	struct ftsim_parsed p;
	struct ftsim_rule *rule;
	unsigned int len, l3_len;

	if (!READ_ONCE(in->n_rules) || !READ_ONCE(in->n_bindings) ||
	    !(in->dev->features & NETIF_F_HW_TC) || !netif_running(in->dev))
		return false;
	if (skb->len < ETH_HLEN || !pskb_may_pull(skb, ETH_HLEN))
		return false;
	/* The forwarding engine only sees frames addressed to the port itself. */
	if (!ether_addr_equal(((struct ethhdr *)skb->data)->h_dest, in->dev->dev_addr))
		return false;
	if (!ftsim_parse(skb, &p))
		return false;

	rule = ftsim_rule_lookup_rcu(in, &p.key);
	if (!rule)
		return false;

	out = dev_get_by_index_rcu(dev_net(in->dev), rule->out_ifindex);
	if (!out || !ftsim_is_port(out) || !netif_running(out))
		goto punt;
	out_port = netdev_priv(out);
	out_peer = rcu_dereference(out_port->peer);
	if (!out_peer || !netif_running(out_peer))
		goto punt;
	len = skb->len;
	l3_len = len - ETH_HLEN;
	if (l3_len > out->mtu)
		goto punt;	/* software sends the ICMP "too big" */
	if (skb_ensure_writable(skb, p.l4_off + p.l4_len))
		goto punt;

	ftsim_apply_mangles(skb, rule, &p);
	if (p.key.n_proto == htons(ETH_P_IP))
		ip_decrease_ttl((struct iphdr *)(skb->data + ETH_HLEN));
	else
		((struct ipv6hdr *)(skb->data + ETH_HLEN))->hop_limit--;

	atomic64_inc(&rule->packets);
	atomic64_add(l3_len, &rule->bytes);
	WRITE_ONCE(rule->lastused, jiffies);
	ftsim_stat_add(in, FTSIM_STAT_HW_FWD_PACKETS, 1);
	ftsim_stat_add(in, FTSIM_STAT_HW_FWD_BYTES, l3_len);

	ftsim_count_rx(in->dev, len);
	ftsim_count_tx(out, len);
	if (dev_forward_skb(out_peer, skb) == NET_RX_SUCCESS)
		ftsim_count_rx(out_peer, len);
	else
		dev_core_stats_rx_dropped_inc(out_peer);
	return true;

punt:
	ftsim_stat_add(in, FTSIM_STAT_HW_PUNT_TO_SOFTWARE, 1);
	return false;
}
