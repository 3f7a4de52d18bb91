// SPDX-License-Identifier: GPL-2.0
/*
 * ftsim: debugfs view of the "hardware" tables.
 *
 *   /sys/kernel/debug/ftsim/rules    one line per installed rule, all ports
 *   /sys/kernel/debug/ftsim/summary  module-wide live rule and block counts
 *
 * Port names can change (rename, netns move), so the dump prints each
 * port's current name and ifindex instead of having per-port files.
 */
#include <linux/debugfs.h>
#include <linux/jiffies.h>
#include <linux/seq_file.h>

#include "ftsim.h"

static struct dentry *ftsim_debugfs_dir;

static const char *ftsim_proto_name(u8 proto)
{
	return proto == IPPROTO_TCP ? "tcp" : "udp";
}

static void ftsim_show_rule(struct seq_file *m, struct ftsim_port *port, const struct ftsim_rule *r)
{
	const struct ftsim_key *k = &r->key;

	seq_printf(m, "%s ifindex=%d cookie=%lx %s ", netdev_name(port->dev), port->dev->ifindex,
		   r->cookie, ftsim_proto_name(k->ip_proto));
	if (k->n_proto == htons(ETH_P_IP))
		seq_printf(m, "src=%pI4:%u dst=%pI4:%u", &k->addr.v4[0], ntohs(k->sport),
			   &k->addr.v4[1], ntohs(k->dport));
	else
		seq_printf(m, "src=[%pI6c]:%u dst=[%pI6c]:%u", &k->addr.v6[0], ntohs(k->sport),
			   &k->addr.v6[1], ntohs(k->dport));
	seq_printf(m, " out_ifindex=%d nat=%d packets=%lld bytes=%lld age_ms=%u idle_ms=%u\n",
		   r->out_ifindex, r->nat, (long long)atomic64_read(&r->packets),
		   (long long)atomic64_read(&r->bytes),
		   jiffies_to_msecs(jiffies - r->installed),
		   jiffies_to_msecs(jiffies - READ_ONCE(r->lastused)));
}

static int ftsim_rules_show(struct seq_file *m, void *unused)
{
	struct ftsim_port *port;
	struct ftsim_rule *rule;
	int bkt;

	mutex_lock(&ftsim_ports_lock);
	list_for_each_entry(port, &ftsim_ports, node) {
		spin_lock_bh(&port->table_lock);
		hash_for_each(port->rules_by_cookie, bkt, rule, cookie_node)
			ftsim_show_rule(m, port, rule);
		spin_unlock_bh(&port->table_lock);
	}
	mutex_unlock(&ftsim_ports_lock);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(ftsim_rules);

static int ftsim_summary_show(struct seq_file *m, void *unused)
{
	struct ftsim_port *port;
	unsigned int ports = 0;

	mutex_lock(&ftsim_ports_lock);
	list_for_each_entry(port, &ftsim_ports, node)
		ports++;
	mutex_unlock(&ftsim_ports_lock);
	seq_printf(m, "ports %u\nlive_rules %d\nbound_blocks %d\ntable_size %u\nhw_forward %d\n",
		   ports, atomic_read(&ftsim_live_rules), atomic_read(&ftsim_bound_blocks),
		   READ_ONCE(ftsim_table_size), READ_ONCE(ftsim_hw_forward));
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(ftsim_summary);

void ftsim_debugfs_init(void)
{
	ftsim_debugfs_dir = debugfs_create_dir(FTSIM_DRV_NAME, NULL);
	debugfs_create_file("rules", 0400, ftsim_debugfs_dir, NULL, &ftsim_rules_fops);
	debugfs_create_file("summary", 0400, ftsim_debugfs_dir, NULL, &ftsim_summary_fops);
}

void ftsim_debugfs_exit(void)
{
	debugfs_remove_recursive(ftsim_debugfs_dir);
}
