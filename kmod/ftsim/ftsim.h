/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ftsim: a simulated NIC with flowtable hardware offload (TC_SETUP_FT).
 *
 * Ports come in pairs like veth; each port owns a small "hardware" rule
 * table that nf_flow_table fills through the flow block callback.
 */
#ifndef FTSIM_H
#define FTSIM_H

#include <linux/atomic.h>
#include <linux/ethtool.h>
#include <linux/hashtable.h>
#include <linux/in6.h>
#include <linux/list.h>
#include <linux/netdevice.h>
#include <linux/spinlock.h>
#include <net/flow_offload.h>

#define FTSIM_DRV_NAME		"ftsim"
#define FTSIM_DRV_VERSION	"0.1"
#define FTSIM_MAX_PAIRS		64
#define FTSIM_TABLE_MAX		16384
#define FTSIM_HASH_BITS		10
/* nf_flow_table sends 4 Ethernet mangles, up to 2 x (1 or 4 address + 1 port) NAT mangles. */
#define FTSIM_MAX_MANGLES	16

/* Module parameters shared by the compilation units. */
extern unsigned int ftsim_table_size;
extern bool ftsim_hw_forward;

/*
 * The exact-match key of one rule: what the flowtable puts in the
 * flow_rule match (the ingress port is implied by the table it lives in).
 * Zero-filled before use so it can be hashed and compared as bytes.
 */
struct ftsim_key {
	__be16 n_proto;
	u8 ip_proto;
	u8 pad;
	__be16 sport;
	__be16 dport;
	union {
		__be32 v4[2];
		struct in6_addr v6[2];
	} addr;		/* [0] source, [1] destination */
};

struct ftsim_mangle {
	enum flow_action_mangle_base htype;
	u32 offset;
	u32 mask;	/* bits to keep, in packet byte order */
	u32 val;	/* bits to set, in packet byte order */
};

struct ftsim_port;

/*
 * One flow block (one flowtable) bound to a port. A port may be bound to
 * several at once: replacing a table atomically binds the new flowtable
 * before the old one lets go, and nft -c dry runs bind a throwaway one.
 */
struct ftsim_binding {
	struct ftsim_port *port;
	struct flow_block *block;
};

struct ftsim_rule {
	struct hlist_node key_node;
	struct hlist_node cookie_node;
	struct rcu_head rcu;
	unsigned long cookie;
	const struct ftsim_binding *binding;	/* the flowtable that installed it */
	struct ftsim_key key;
	int out_ifindex;
	unsigned int n_mangles;
	struct ftsim_mangle mangles[FTSIM_MAX_MANGLES];
	bool nat;
	/* Packets the driver forwarded itself; software-path packets are never counted here. */
	atomic64_t packets;
	atomic64_t bytes;
	u64 reported_packets;	/* already handed to FLOW_CLS_STATS, under table_lock */
	u64 reported_bytes;
	unsigned long lastused;	/* jiffies: install, update or forwarded packet */
	unsigned long installed;
};

enum ftsim_stat {
	FTSIM_STAT_RULES_INSTALLED,	/* gauge */
	FTSIM_STAT_RULE_ADD,
	FTSIM_STAT_RULE_UPDATE,
	FTSIM_STAT_RULE_DESTROY,
	FTSIM_STAT_RULE_STATS,
	FTSIM_STAT_REJECT_TABLE_FULL,
	FTSIM_STAT_REJECT_UNSUPPORTED,
	FTSIM_STAT_RULE_OTHER_PORT,
	FTSIM_STAT_RULES_FLUSHED,
	FTSIM_STAT_BLOCK_BIND,
	FTSIM_STAT_BLOCK_UNBIND,
	FTSIM_STAT_BIND_REFUSED_OFFLOAD_OFF,
	FTSIM_STAT_HW_FWD_PACKETS,
	FTSIM_STAT_HW_FWD_BYTES,
	FTSIM_STAT_HW_PUNT_TO_SOFTWARE,
	FTSIM_STAT_COUNT
};

extern const char ftsim_stat_names[FTSIM_STAT_COUNT][ETH_GSTRING_LEN];

struct ftsim_port {
	struct net_device *dev;
	struct net_device __rcu *peer;
	struct list_head node;		/* in ftsim_ports, under ftsim_ports_lock */
	spinlock_t table_lock;		/* writers of the rule table */
	DECLARE_HASHTABLE(rules_by_key, FTSIM_HASH_BITS);
	DECLARE_HASHTABLE(rules_by_cookie, FTSIM_HASH_BITS);
	unsigned int n_rules;
	unsigned int n_bindings;	/* under table_lock */
	atomic64_t stats[FTSIM_STAT_COUNT];
};

static inline void ftsim_stat_add(struct ftsim_port *port, enum ftsim_stat s, s64 n)
{
	atomic64_add(n, &port->stats[s]);
}

/* ftsim_main.c */
extern struct list_head ftsim_ports;
extern struct mutex ftsim_ports_lock;
bool ftsim_is_port(const struct net_device *dev);
void ftsim_count_rx(struct net_device *dev, unsigned int len);
void ftsim_count_tx(struct net_device *dev, unsigned int len);

/* ftsim_offload.c */
extern atomic_t ftsim_live_rules;
extern atomic_t ftsim_bound_blocks;
void ftsim_port_table_init(struct ftsim_port *port);
int ftsim_setup_tc(struct net_device *dev, enum tc_setup_type type, void *type_data);
unsigned int ftsim_port_flush(struct ftsim_port *port, const struct ftsim_binding *binding);
struct ftsim_rule *ftsim_rule_lookup_rcu(struct ftsim_port *port, const struct ftsim_key *key);
u32 ftsim_key_hash(const struct ftsim_key *key);

/* ftsim_fwd.c */
bool ftsim_hw_try_forward(struct ftsim_port *in, struct sk_buff *skb);

/* ftsim_debugfs.c */
void ftsim_debugfs_init(void);
void ftsim_debugfs_exit(void);

#endif /* FTSIM_H */
