// SPDX-License-Identifier: GPL-2.0
/*
 * ftsim: the flow block (TC_SETUP_FT) and each port's rule table.
 *
 * nf_flow_table calls every bound block callback of a flowtable with each
 * rule; a rule belongs to the port named by its ingress-ifindex match key,
 * so every port keeps only its own rules and answers -EOPNOTSUPP to others.
 * An offloaded flow therefore takes one entry on each of its two ingress
 * ports, and table_size is counted per port, like a per-NIC hardware table.
 */
#include <linux/jhash.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <net/ipv6.h>
#include <linux/ip.h>
#include <net/flow_offload.h>
#include <net/pkt_cls.h>

#include "ftsim.h"

atomic_t ftsim_live_rules = ATOMIC_INIT(0);
atomic_t ftsim_bound_blocks = ATOMIC_INIT(0);

void ftsim_port_table_init(struct ftsim_port *port)
{
	spin_lock_init(&port->table_lock);
	hash_init(port->rules_by_key);
	hash_init(port->rules_by_cookie);
}

u32 ftsim_key_hash(const struct ftsim_key *key)
{
	return jhash2((const u32 *)key, sizeof(*key) / sizeof(u32), 0);
}

struct ftsim_rule *ftsim_rule_lookup_rcu(struct ftsim_port *port, const struct ftsim_key *key)
{
	struct ftsim_rule *rule;

	hash_for_each_possible_rcu(port->rules_by_key, rule, key_node, ftsim_key_hash(key))
		if (!memcmp(&rule->key, key, sizeof(*key)))
			return rule;
	return NULL;
}

static struct ftsim_rule *ftsim_rule_by_cookie(struct ftsim_port *port, unsigned long cookie)
{
	struct ftsim_rule *rule;

	hash_for_each_possible(port->rules_by_cookie, rule, cookie_node, cookie)
		if (rule->cookie == cookie)
			return rule;
	return NULL;
}

static void ftsim_rule_free_rcu(struct rcu_head *head)
{
	kfree(container_of(head, struct ftsim_rule, rcu));
	atomic_dec(&ftsim_live_rules);
}

/* Caller holds table_lock. */
static void ftsim_rule_unlink(struct ftsim_port *port, struct ftsim_rule *rule)
{
	hash_del_rcu(&rule->key_node);
	hash_del(&rule->cookie_node);
	port->n_rules--;
	ftsim_stat_add(port, FTSIM_STAT_RULES_INSTALLED, -1);
	call_rcu(&rule->rcu, ftsim_rule_free_rcu);
}

/* Caller holds table_lock. */
static void ftsim_rule_link(struct ftsim_port *port, struct ftsim_rule *rule)
{
	hash_add_rcu(port->rules_by_key, &rule->key_node, ftsim_key_hash(&rule->key));
	hash_add(port->rules_by_cookie, &rule->cookie_node, rule->cookie);
	port->n_rules++;
	ftsim_stat_add(port, FTSIM_STAT_RULES_INSTALLED, 1);
}

/* Drop the rules one flowtable installed (all of the port's when binding is NULL). */
unsigned int ftsim_port_flush(struct ftsim_port *port, const struct ftsim_binding *binding)
{
	struct ftsim_rule *rule;
	struct hlist_node *tmp;
	unsigned int n = 0;
	int bkt;

	spin_lock_bh(&port->table_lock);
	hash_for_each_safe(port->rules_by_cookie, bkt, tmp, rule, cookie_node) {
		if (binding && rule->binding != binding)
			continue;
		ftsim_rule_unlink(port, rule);
		n++;
	}
	spin_unlock_bh(&port->table_lock);
	ftsim_stat_add(port, FTSIM_STAT_RULES_FLUSHED, n);
	return n;
}

/*
 * Whether a header rewrite fits the header it names; ftsim applies only
 * whole 32-bit words inside the fixed headers it parses.
 */
static bool ftsim_mangle_supported(const struct flow_action_entry *act, __be16 n_proto, u8 ip_proto)
{
	u32 off = act->mangle.offset;
	u32 hdr_len;

	if (off % 4)
		return false;
	switch (act->mangle.htype) {
	case FLOW_ACT_MANGLE_HDR_TYPE_ETH:
		hdr_len = ETH_HLEN;
		break;
	case FLOW_ACT_MANGLE_HDR_TYPE_IP4:
		if (n_proto != htons(ETH_P_IP))
			return false;
		/* Only the addresses: everything else would need more than a checksum fix. */
		return off == offsetof(struct iphdr, saddr) || off == offsetof(struct iphdr, daddr);
	case FLOW_ACT_MANGLE_HDR_TYPE_IP6:
		if (n_proto != htons(ETH_P_IPV6))
			return false;
		return off >= offsetof(struct ipv6hdr, saddr) && off + 4 <= sizeof(struct ipv6hdr);
	case FLOW_ACT_MANGLE_HDR_TYPE_TCP:
		if (ip_proto != IPPROTO_TCP)
			return false;
		return off == 0;	/* the port word */
	case FLOW_ACT_MANGLE_HDR_TYPE_UDP:
		if (ip_proto != IPPROTO_UDP)
			return false;
		return off == 0;
	default:
		return false;
	}
	return off + 4 <= hdr_len;
}

/* Turn the flow_rule into a rule; -EOPNOTSUPP when this port cannot do it. */
static int ftsim_rule_parse(struct ftsim_port *port, struct flow_cls_offload *cls,
			    struct ftsim_rule *rule, bool *foreign)
{
	struct flow_rule *fr = flow_cls_offload_flow_rule(cls);
	struct flow_dissector *d = fr->match.dissector;
	const unsigned int allowed_keys =
		BIT(FLOW_DISSECTOR_KEY_META) | BIT(FLOW_DISSECTOR_KEY_CONTROL) |
		BIT(FLOW_DISSECTOR_KEY_BASIC) | BIT(FLOW_DISSECTOR_KEY_IPV4_ADDRS) |
		BIT(FLOW_DISSECTOR_KEY_IPV6_ADDRS) | BIT(FLOW_DISSECTOR_KEY_TCP) |
		BIT(FLOW_DISSECTOR_KEY_PORTS);
	struct flow_match_meta meta;
	struct flow_match_basic basic;
	struct flow_match_control control;
	struct flow_match_ports ports;
	const struct flow_action_entry *act;
	bool redirect = false;
	int i;

	*foreign = false;
	memset(&rule->key, 0, sizeof(rule->key));

	if (!flow_rule_match_key(fr, FLOW_DISSECTOR_KEY_META)) {
		*foreign = true;
		return -EOPNOTSUPP;
	}
	flow_rule_match_meta(fr, &meta);
	if ((u32)meta.mask->ingress_ifindex != 0xffffffffU ||
	    meta.key->ingress_ifindex != port->dev->ifindex) {
		*foreign = true;
		return -EOPNOTSUPP;
	}

	/* VLAN, PPPoE and tunnel matches are not simulated: leave those flows to software. */
	if (d->used_keys & ~allowed_keys)
		return -EOPNOTSUPP;
	if (!flow_rule_match_key(fr, FLOW_DISSECTOR_KEY_BASIC) ||
	    !flow_rule_match_key(fr, FLOW_DISSECTOR_KEY_CONTROL) ||
	    !flow_rule_match_key(fr, FLOW_DISSECTOR_KEY_PORTS))
		return -EOPNOTSUPP;

	flow_rule_match_basic(fr, &basic);
	flow_rule_match_control(fr, &control);
	flow_rule_match_ports(fr, &ports);
	if (basic.mask->n_proto != htons(0xffff) || basic.mask->ip_proto != 0xff)
		return -EOPNOTSUPP;
	if (basic.key->ip_proto != IPPROTO_TCP && basic.key->ip_proto != IPPROTO_UDP)
		return -EOPNOTSUPP;
	if (ports.mask->src != htons(0xffff) || ports.mask->dst != htons(0xffff))
		return -EOPNOTSUPP;
	rule->key.n_proto = basic.key->n_proto;
	rule->key.ip_proto = basic.key->ip_proto;
	rule->key.sport = ports.key->src;
	rule->key.dport = ports.key->dst;

	if (control.key->addr_type == FLOW_DISSECTOR_KEY_IPV4_ADDRS &&
	    basic.key->n_proto == htons(ETH_P_IP)) {
		struct flow_match_ipv4_addrs a;

		flow_rule_match_ipv4_addrs(fr, &a);
		if (a.mask->src != htonl(0xffffffff) || a.mask->dst != htonl(0xffffffff))
			return -EOPNOTSUPP;
		rule->key.addr.v4[0] = a.key->src;
		rule->key.addr.v4[1] = a.key->dst;
	} else if (control.key->addr_type == FLOW_DISSECTOR_KEY_IPV6_ADDRS &&
		   basic.key->n_proto == htons(ETH_P_IPV6)) {
		struct flow_match_ipv6_addrs a;

		flow_rule_match_ipv6_addrs(fr, &a);
		if (memchr_inv(&a.mask->src, 0xff, sizeof(a.mask->src)) ||
		    memchr_inv(&a.mask->dst, 0xff, sizeof(a.mask->dst)))
			return -EOPNOTSUPP;
		rule->key.addr.v6[0] = a.key->src;
		rule->key.addr.v6[1] = a.key->dst;
	} else {
		return -EOPNOTSUPP;
	}

	/*
	 * The TCP match (flags FIN/RST must be clear) is what the datapath
	 * does anyway: those segments go to software so it can tear down.
	 */

	flow_action_for_each(i, act, &fr->action) {
		switch (act->id) {
		case FLOW_ACTION_MANGLE:
			if (rule->n_mangles == FTSIM_MAX_MANGLES ||
			    !ftsim_mangle_supported(act, rule->key.n_proto, rule->key.ip_proto))
				return -EOPNOTSUPP;
			rule->mangles[rule->n_mangles].htype = act->mangle.htype;
			rule->mangles[rule->n_mangles].offset = act->mangle.offset;
			rule->mangles[rule->n_mangles].mask = act->mangle.mask;
			rule->mangles[rule->n_mangles].val = act->mangle.val & ~act->mangle.mask;
			if (act->mangle.htype != FLOW_ACT_MANGLE_HDR_TYPE_ETH)
				rule->nat = true;
			rule->n_mangles++;
			break;
		case FLOW_ACTION_CSUM:
			/* Checksums are always fixed incrementally with each rewrite. */
			break;
		case FLOW_ACTION_REDIRECT:
			/* Hardware can only switch between its own ports. */
			if (redirect || !act->dev || !ftsim_is_port(act->dev) ||
			    !net_eq(dev_net(act->dev), dev_net(port->dev)))
				return -EOPNOTSUPP;
			rule->out_ifindex = act->dev->ifindex;
			redirect = true;
			break;
		default:
			/* VLAN push/pop, PPPoE, tunnels: not simulated. */
			return -EOPNOTSUPP;
		}
	}
	return redirect ? 0 : -EOPNOTSUPP;
}

static bool ftsim_rule_same(const struct ftsim_rule *a, const struct ftsim_rule *b)
{
	return !memcmp(&a->key, &b->key, sizeof(a->key)) &&
	       a->out_ifindex == b->out_ifindex &&
	       a->n_mangles == b->n_mangles &&
	       !memcmp(a->mangles, b->mangles, a->n_mangles * sizeof(a->mangles[0]));
}

static int ftsim_rule_replace(const struct ftsim_binding *binding, struct flow_cls_offload *cls)
{
	struct ftsim_port *port = binding->port;
	struct ftsim_rule *rule, *old;
	bool foreign;
	int err;

	rule = kzalloc(sizeof(*rule), GFP_KERNEL);
	if (!rule)
		return -ENOMEM;
	atomic_inc(&ftsim_live_rules);

	err = ftsim_rule_parse(port, cls, rule, &foreign);
	if (err) {
		ftsim_stat_add(port, foreign ? FTSIM_STAT_RULE_OTHER_PORT :
					      FTSIM_STAT_REJECT_UNSUPPORTED, 1);
		goto free;
	}
	rule->cookie = cls->cookie;
	rule->binding = binding;
	rule->installed = jiffies;
	rule->lastused = rule->installed;

	spin_lock_bh(&port->table_lock);
	old = ftsim_rule_by_cookie(port, cls->cookie);
	if (old) {
		/*
		 * A repeated cookie is an update (the flowtable re-sends rules
		 * when it refreshes a flow): it never takes a second entry.
		 */
		ftsim_stat_add(port, FTSIM_STAT_RULE_UPDATE, 1);
		if (ftsim_rule_same(old, rule)) {
			WRITE_ONCE(old->lastused, jiffies);
			spin_unlock_bh(&port->table_lock);
			goto free;
		}
		/* Changed actions (new MAC, route): swap, keeping the counters. */
		atomic64_set(&rule->packets, atomic64_read(&old->packets));
		atomic64_set(&rule->bytes, atomic64_read(&old->bytes));
		rule->reported_packets = old->reported_packets;
		rule->reported_bytes = old->reported_bytes;
		rule->installed = old->installed;
		ftsim_rule_unlink(port, old);
		ftsim_rule_link(port, rule);
		spin_unlock_bh(&port->table_lock);
		return 0;
	}
	if (port->n_rules >= READ_ONCE(ftsim_table_size)) {
		spin_unlock_bh(&port->table_lock);
		ftsim_stat_add(port, FTSIM_STAT_REJECT_TABLE_FULL, 1);
		err = -ENOSPC;
		goto free;
	}
	ftsim_rule_link(port, rule);
	spin_unlock_bh(&port->table_lock);
	ftsim_stat_add(port, FTSIM_STAT_RULE_ADD, 1);
	return 0;

free:
	kfree(rule);
	atomic_dec(&ftsim_live_rules);
	return err;
}

static int ftsim_rule_destroy(struct ftsim_port *port, unsigned long cookie)
{
	struct ftsim_rule *rule;

	spin_lock_bh(&port->table_lock);
	rule = ftsim_rule_by_cookie(port, cookie);
	if (rule)
		ftsim_rule_unlink(port, rule);
	spin_unlock_bh(&port->table_lock);
	if (!rule)
		return -ENOENT;
	ftsim_stat_add(port, FTSIM_STAT_RULE_DESTROY, 1);
	return 0;
}

static int ftsim_rule_stats(struct ftsim_port *port, struct flow_cls_offload *cls)
{
	struct ftsim_rule *rule;
	u64 packets, bytes, dp, db;
	unsigned long lastused;

	spin_lock_bh(&port->table_lock);
	rule = ftsim_rule_by_cookie(port, cls->cookie);
	if (!rule) {
		spin_unlock_bh(&port->table_lock);
		return -ENOENT;
	}
	packets = atomic64_read(&rule->packets);
	bytes = atomic64_read(&rule->bytes);
	dp = packets - rule->reported_packets;
	db = bytes - rule->reported_bytes;
	rule->reported_packets = packets;
	rule->reported_bytes = bytes;
	lastused = READ_ONCE(rule->lastused);
	spin_unlock_bh(&port->table_lock);

	/*
	 * Deltas only: the flowtable adds them to conntrack's counters. The
	 * last-used time (jiffies, as nf_flow_table expects) keeps a flow
	 * that only hardware sees from timing out.
	 */
	flow_stats_update(&cls->stats, db, dp, 0, lastused, FLOW_ACTION_HW_STATS_DELAYED);
	ftsim_stat_add(port, FTSIM_STAT_RULE_STATS, 1);
	return 0;
}

static int ftsim_ft_block_cb(enum tc_setup_type type, void *type_data, void *cb_priv)
{
	const struct ftsim_binding *binding = cb_priv;
	struct ftsim_port *port = binding->port;
	struct flow_cls_offload *cls = type_data;

	/*
	 * The block is bound with TC_SETUP_FT, but nf_flow_table hands the
	 * rules to the callback as flower classifiers (TC_SETUP_CLSFLOWER).
	 */
	if (type != TC_SETUP_CLSFLOWER && type != TC_SETUP_FT)
		return -EOPNOTSUPP;

	switch (cls->command) {
	case FLOW_CLS_REPLACE:
		return ftsim_rule_replace(binding, cls);
	case FLOW_CLS_DESTROY:
		return ftsim_rule_destroy(port, cls->cookie);
	case FLOW_CLS_STATS:
		return ftsim_rule_stats(port, cls);
	default:
		return -EOPNOTSUPP;
	}
}

static void ftsim_binding_release(void *cb_priv)
{
	kfree(cb_priv);
}

static int ftsim_block_bind(struct ftsim_port *port, struct flow_block_offload *f)
{
	struct ftsim_binding *binding;
	struct flow_block_cb *block_cb;

	/* The same flowtable binding again (one device listed twice): share it. */
	block_cb = flow_block_cb_lookup(f->block, ftsim_ft_block_cb, port);
	if (block_cb) {
		flow_block_cb_incref(block_cb);
		return 0;
	}

	binding = kzalloc(sizeof(*binding), GFP_KERNEL);
	if (!binding)
		return -ENOMEM;
	binding->port = port;
	binding->block = f->block;
	/*
	 * The port is the callback identity: each port of a flowtable gets a
	 * callback of its own (a per-driver identity would make the second
	 * device of a flowtable look like a duplicate).
	 */
	block_cb = flow_block_cb_alloc(ftsim_ft_block_cb, port, binding, ftsim_binding_release);
	if (IS_ERR(block_cb)) {
		kfree(binding);
		return PTR_ERR(block_cb);
	}
	flow_block_cb_incref(block_cb);
	flow_block_cb_add(block_cb, f);

	spin_lock_bh(&port->table_lock);
	WRITE_ONCE(port->n_bindings, port->n_bindings + 1);
	spin_unlock_bh(&port->table_lock);
	atomic_inc(&ftsim_bound_blocks);
	ftsim_stat_add(port, FTSIM_STAT_BLOCK_BIND, 1);
	return 0;
}

static int ftsim_block_unbind(struct ftsim_port *port, struct flow_block_offload *f)
{
	struct flow_block_cb *block_cb;

	block_cb = flow_block_cb_lookup(f->block, ftsim_ft_block_cb, port);
	if (!block_cb)
		return -ENOENT;
	if (flow_block_cb_decref(block_cb))
		return 0;

	/* No DESTROY comes for the flows still offloaded: drop their rules now. */
	ftsim_port_flush(port, flow_block_cb_priv(block_cb));
	/* The flowtable frees the callback, and with it the binding, once off its list. */
	flow_block_cb_remove(block_cb, f);

	spin_lock_bh(&port->table_lock);
	WRITE_ONCE(port->n_bindings, port->n_bindings - 1);
	spin_unlock_bh(&port->table_lock);
	atomic_dec(&ftsim_bound_blocks);
	ftsim_stat_add(port, FTSIM_STAT_BLOCK_UNBIND, 1);
	return 0;
}

int ftsim_setup_tc(struct net_device *dev, enum tc_setup_type type, void *type_data)
{
	struct ftsim_port *port = netdev_priv(dev);
	struct flow_block_offload *f = type_data;

	if (type != TC_SETUP_FT)
		return -EOPNOTSUPP;
	if (f->binder_type != FLOW_BLOCK_BINDER_TYPE_CLSACT_INGRESS)
		return -EOPNOTSUPP;

	switch (f->command) {
	case FLOW_BLOCK_BIND:
		/* Like real hardware: no offload while the feature is switched off. */
		if (!(dev->features & NETIF_F_HW_TC)) {
			ftsim_stat_add(port, FTSIM_STAT_BIND_REFUSED_OFFLOAD_OFF, 1);
			return -EOPNOTSUPP;
		}
		return ftsim_block_bind(port, f);
	case FLOW_BLOCK_UNBIND:
		return ftsim_block_unbind(port, f);
	default:
		return -EOPNOTSUPP;
	}
}
