// SPDX-License-Identifier: GPL-2.0
/*
 * ftsim: device pairs, module parameters and ethtool.
 *
 * Each pair hangs off a platform device bound to the "ftsim" platform
 * driver, so /sys/class/net/<port>/device/driver names the driver like a
 * real NIC does, and the ports behave like hardware: they cannot be deleted
 * with "ip link del" and go back to the initial namespace when theirs dies.
 */
#include <linux/etherdevice.h>
#include <linux/ethtool.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/platform_device.h>
#include <linux/rtnetlink.h>

#include "ftsim.h"

static unsigned int ftsim_pairs = 2;
module_param_named(pairs, ftsim_pairs, uint, 0444);
MODULE_PARM_DESC(pairs, "Number of port pairs (ftsim<N>a <-> ftsim<N>b) created at load, 1-64 (default 2)");

unsigned int ftsim_table_size = 1024;

static int ftsim_table_size_set(const char *val, const struct kernel_param *kp)
{
	unsigned int n;
	int err = kstrtouint(val, 0, &n);

	if (err)
		return err;
	if (n < 1 || n > FTSIM_TABLE_MAX) {
		pr_err(FTSIM_DRV_NAME ": table_size=%u out of range, use 1-%u\n", n, FTSIM_TABLE_MAX);
		return -ERANGE;
	}
	WRITE_ONCE(ftsim_table_size, n);
	return 0;
}

static const struct kernel_param_ops ftsim_table_size_ops = {
	.set = ftsim_table_size_set,
	.get = param_get_uint,
};
module_param_cb(table_size, &ftsim_table_size_ops, &ftsim_table_size, 0644);
MODULE_PARM_DESC(table_size, "Hardware rule entries per port, 1-16384 (default 1024); one offloaded flow uses one entry on each of its two ingress ports; beyond it flows stay in software");

bool ftsim_hw_forward;
module_param_named(hw_forward, ftsim_hw_forward, bool, 0644);
MODULE_PARM_DESC(hw_forward, "Forward packets matching installed rules in the driver, bypassing the stack (default off: rules are only accounted, the software flowtable forwards)");

LIST_HEAD(ftsim_ports);
DEFINE_MUTEX(ftsim_ports_lock);

static const struct net_device_ops ftsim_netdev_ops;

bool ftsim_is_port(const struct net_device *dev)
{
	return dev->netdev_ops == &ftsim_netdev_ops;
}

void ftsim_count_rx(struct net_device *dev, unsigned int len)
{
	dev_sw_netstats_rx_add(dev, len);
}

void ftsim_count_tx(struct net_device *dev, unsigned int len)
{
	dev_sw_netstats_tx_add(dev, 1, len);
}

struct ftsim_pair {
	struct net_device *port[2];
};

static netdev_tx_t ftsim_xmit(struct sk_buff *skb, struct net_device *dev)
{
	struct ftsim_port *port = netdev_priv(dev);
	struct net_device *peer;
	unsigned int len = skb->len;

	rcu_read_lock();
	peer = rcu_dereference(port->peer);
	if (unlikely(!peer || !netif_running(peer))) {
		dev_core_stats_tx_dropped_inc(dev);
		kfree_skb(skb);
		goto out;
	}

	/* The receiving port's "hardware" sees the frame before its stack does. */
	if (READ_ONCE(ftsim_hw_forward) && ftsim_hw_try_forward(netdev_priv(peer), skb)) {
		ftsim_count_tx(dev, len);
		goto out;
	}

	if (likely(dev_forward_skb(peer, skb) == NET_RX_SUCCESS)) {
		ftsim_count_tx(dev, len);
		ftsim_count_rx(peer, len);
	} else {
		dev_core_stats_rx_dropped_inc(peer);
	}
out:
	rcu_read_unlock();
	return NETDEV_TX_OK;
}

static void ftsim_update_carrier(struct net_device *dev)
{
	struct ftsim_port *port = netdev_priv(dev);
	struct net_device *peer = rtnl_dereference(port->peer);

	if (peer && netif_running(dev) && netif_running(peer)) {
		netif_carrier_on(dev);
		netif_carrier_on(peer);
	} else {
		netif_carrier_off(dev);
		if (peer)
			netif_carrier_off(peer);
	}
}

static int ftsim_open(struct net_device *dev)
{
	ftsim_update_carrier(dev);
	return 0;
}

static int ftsim_stop(struct net_device *dev)
{
	netif_carrier_off(dev);
	ftsim_update_carrier(dev);
	return 0;
}

static int ftsim_init(struct net_device *dev)
{
	dev->tstats = netdev_alloc_pcpu_stats(struct pcpu_sw_netstats);
	return dev->tstats ? 0 : -ENOMEM;
}

static void ftsim_uninit(struct net_device *dev)
{
	struct ftsim_port *port = netdev_priv(dev);

	/*
	 * The flowtable unbinds on NETDEV_UNREGISTER, before this point, and
	 * no DESTROY may ever come for the rules that were left: flush them.
	 */
	if (READ_ONCE(port->n_bindings))
		netdev_warn(dev, "removed while a flow block is still bound\n");
	ftsim_port_flush(port, NULL);
}

static void ftsim_destructor(struct net_device *dev)
{
	free_percpu(dev->tstats);
}

static int ftsim_set_features(struct net_device *dev, netdev_features_t features)
{
	struct ftsim_port *port = netdev_priv(dev);

	/* Like real NICs with active offloaded rules: unbind the flowtable first. */
	if (!(features & NETIF_F_HW_TC) && (dev->features & NETIF_F_HW_TC) &&
	    READ_ONCE(port->n_bindings)) {
		netdev_err(dev, "a flowtable with 'flags offload' is bound to this port; remove it before turning hw-tc-offload off\n");
		return -EBUSY;
	}
	return 0;
}

static const struct net_device_ops ftsim_netdev_ops = {
	.ndo_init		= ftsim_init,
	.ndo_uninit		= ftsim_uninit,
	.ndo_open		= ftsim_open,
	.ndo_stop		= ftsim_stop,
	.ndo_start_xmit		= ftsim_xmit,
	.ndo_get_stats64	= dev_get_tstats64,
	.ndo_set_mac_address	= eth_mac_addr,
	.ndo_validate_addr	= eth_validate_addr,
	.ndo_set_features	= ftsim_set_features,
	.ndo_setup_tc		= ftsim_setup_tc,
};

const char ftsim_stat_names[FTSIM_STAT_COUNT][ETH_GSTRING_LEN] = {
	[FTSIM_STAT_RULES_INSTALLED]		= "rules_installed",
	[FTSIM_STAT_RULE_ADD]			= "rule_add",
	[FTSIM_STAT_RULE_UPDATE]		= "rule_update",
	[FTSIM_STAT_RULE_DESTROY]		= "rule_destroy",
	[FTSIM_STAT_RULE_STATS]			= "rule_stats",
	[FTSIM_STAT_REJECT_TABLE_FULL]		= "rule_rejected_table_full",
	[FTSIM_STAT_REJECT_UNSUPPORTED]		= "rule_rejected_unsupported",
	[FTSIM_STAT_RULE_OTHER_PORT]		= "rule_for_other_port",
	[FTSIM_STAT_RULES_FLUSHED]		= "rules_flushed",
	[FTSIM_STAT_BLOCK_BIND]			= "block_bind",
	[FTSIM_STAT_BLOCK_UNBIND]		= "block_unbind",
	[FTSIM_STAT_BIND_REFUSED_OFFLOAD_OFF]	= "block_bind_refused_offload_off",
	[FTSIM_STAT_HW_FWD_PACKETS]		= "hw_fwd_packets",
	[FTSIM_STAT_HW_FWD_BYTES]		= "hw_fwd_bytes",
	[FTSIM_STAT_HW_PUNT_TO_SOFTWARE]	= "hw_punt_to_software",
};

static void ftsim_get_drvinfo(struct net_device *dev, struct ethtool_drvinfo *info)
{
	strscpy(info->driver, FTSIM_DRV_NAME, sizeof(info->driver));
	strscpy(info->version, FTSIM_DRV_VERSION, sizeof(info->version));
	if (dev->dev.parent)
		strscpy(info->bus_info, dev_name(dev->dev.parent), sizeof(info->bus_info));
}

static int ftsim_get_sset_count(struct net_device *dev, int sset)
{
	return sset == ETH_SS_STATS ? FTSIM_STAT_COUNT : -EOPNOTSUPP;
}

static void ftsim_get_strings(struct net_device *dev, u32 sset, u8 *buf)
{
	if (sset == ETH_SS_STATS)
		memcpy(buf, ftsim_stat_names, sizeof(ftsim_stat_names));
}

static void ftsim_get_ethtool_stats(struct net_device *dev, struct ethtool_stats *stats, u64 *data)
{
	struct ftsim_port *port = netdev_priv(dev);
	int i;

	for (i = 0; i < FTSIM_STAT_COUNT; i++)
		data[i] = atomic64_read(&port->stats[i]);
}

static const struct ethtool_ops ftsim_ethtool_ops = {
	.get_drvinfo		= ftsim_get_drvinfo,
	.get_link		= ethtool_op_get_link,
	.get_sset_count		= ftsim_get_sset_count,
	.get_strings		= ftsim_get_strings,
	.get_ethtool_stats	= ftsim_get_ethtool_stats,
};

static void ftsim_setup(struct net_device *dev)
{
	struct ftsim_port *port = netdev_priv(dev);

	ether_setup(dev);
	dev->netdev_ops = &ftsim_netdev_ops;
	dev->ethtool_ops = &ftsim_ethtool_ops;
	dev->priv_flags |= IFF_NO_QUEUE;
	dev->features |= NETIF_F_LLTX | NETIF_F_HW_TC;
	dev->hw_features = NETIF_F_HW_TC;
	dev->min_mtu = ETH_MIN_MTU;
	dev->max_mtu = ETH_MAX_MTU;
	dev->needs_free_netdev = true;
	dev->priv_destructor = ftsim_destructor;
	eth_hw_addr_random(dev);

	port->dev = dev;
	ftsim_port_table_init(port);
}

static struct net_device *ftsim_alloc_port(struct platform_device *pdev, char side)
{
	char name[IFNAMSIZ];
	struct net_device *dev;

	snprintf(name, sizeof(name), "ftsim%d%c", pdev->id, side);
	dev = alloc_netdev(sizeof(struct ftsim_port), name, NET_NAME_PREDICTABLE, ftsim_setup);
	if (dev)
		SET_NETDEV_DEV(dev, &pdev->dev);
	return dev;
}

static int ftsim_probe(struct platform_device *pdev)
{
	struct ftsim_pair *pair;
	struct ftsim_port *a, *b;
	int err;

	pair = devm_kzalloc(&pdev->dev, sizeof(*pair), GFP_KERNEL);
	if (!pair)
		return -ENOMEM;
	pair->port[0] = ftsim_alloc_port(pdev, 'a');
	pair->port[1] = ftsim_alloc_port(pdev, 'b');
	if (!pair->port[0] || !pair->port[1]) {
		err = -ENOMEM;
		goto err_free;
	}
	a = netdev_priv(pair->port[0]);
	b = netdev_priv(pair->port[1]);
	RCU_INIT_POINTER(a->peer, pair->port[1]);
	RCU_INIT_POINTER(b->peer, pair->port[0]);
	netif_carrier_off(pair->port[0]);
	netif_carrier_off(pair->port[1]);

	rtnl_lock();
	err = register_netdevice(pair->port[0]);
	if (err) {
		rtnl_unlock();
		goto err_free;
	}
	err = register_netdevice(pair->port[1]);
	if (err) {
		/* needs_free_netdev: unregistering frees port[0]. */
		unregister_netdevice(pair->port[0]);
		rtnl_unlock();
		free_netdev(pair->port[1]);
		return err;
	}
	rtnl_unlock();

	mutex_lock(&ftsim_ports_lock);
	list_add_tail(&a->node, &ftsim_ports);
	list_add_tail(&b->node, &ftsim_ports);
	mutex_unlock(&ftsim_ports_lock);
	platform_set_drvdata(pdev, pair);
	return 0;

err_free:
	if (pair->port[0])
		free_netdev(pair->port[0]);
	if (pair->port[1])
		free_netdev(pair->port[1]);
	return err;
}

static int ftsim_remove(struct platform_device *pdev)
{
	struct ftsim_pair *pair = platform_get_drvdata(pdev);
	struct ftsim_port *a = netdev_priv(pair->port[0]);
	struct ftsim_port *b = netdev_priv(pair->port[1]);
	LIST_HEAD(kill);

	mutex_lock(&ftsim_ports_lock);
	list_del(&a->node);
	list_del(&b->node);
	mutex_unlock(&ftsim_ports_lock);

	rtnl_lock();
	RCU_INIT_POINTER(a->peer, NULL);
	RCU_INIT_POINTER(b->peer, NULL);
	unregister_netdevice_queue(pair->port[0], &kill);
	unregister_netdevice_queue(pair->port[1], &kill);
	unregister_netdevice_many(&kill);
	rtnl_unlock();
	return 0;
}

static struct platform_driver ftsim_driver = {
	.probe	= ftsim_probe,
	.remove	= ftsim_remove,
	.driver	= {
		.name = FTSIM_DRV_NAME,
	},
};

static struct platform_device *ftsim_pdevs[FTSIM_MAX_PAIRS];

static void ftsim_unregister_pdevs(void)
{
	int i;

	for (i = FTSIM_MAX_PAIRS - 1; i >= 0; i--) {
		if (ftsim_pdevs[i])
			platform_device_unregister(ftsim_pdevs[i]);
		ftsim_pdevs[i] = NULL;
	}
}

static int __init ftsim_module_init(void)
{
	unsigned int i;
	int err;

	if (ftsim_pairs < 1 || ftsim_pairs > FTSIM_MAX_PAIRS) {
		pr_err(FTSIM_DRV_NAME ": pairs=%u out of range, use 1-%d\n", ftsim_pairs, FTSIM_MAX_PAIRS);
		return -EINVAL;
	}
	if (ftsim_table_size < 1 || ftsim_table_size > FTSIM_TABLE_MAX) {
		pr_err(FTSIM_DRV_NAME ": table_size=%u out of range, use 1-%u\n", ftsim_table_size, FTSIM_TABLE_MAX);
		return -EINVAL;
	}

	ftsim_debugfs_init();
	err = platform_driver_register(&ftsim_driver);
	if (err)
		goto err_debugfs;

	for (i = 0; i < ftsim_pairs; i++) {
		ftsim_pdevs[i] = platform_device_register_simple(FTSIM_DRV_NAME, i, NULL, 0);
		if (IS_ERR(ftsim_pdevs[i])) {
			err = PTR_ERR(ftsim_pdevs[i]);
			ftsim_pdevs[i] = NULL;
			goto err_pdevs;
		}
		if (!platform_get_drvdata(ftsim_pdevs[i])) {
			err = -ENODEV;
			goto err_pdevs;
		}
	}
	pr_info(FTSIM_DRV_NAME ": %u port pairs, table_size=%u, hw_forward=%d\n",
		ftsim_pairs, ftsim_table_size, ftsim_hw_forward);
	return 0;

err_pdevs:
	ftsim_unregister_pdevs();
	platform_driver_unregister(&ftsim_driver);
err_debugfs:
	ftsim_debugfs_exit();
	return err;
}

static void __exit ftsim_module_exit(void)
{
	ftsim_unregister_pdevs();
	platform_driver_unregister(&ftsim_driver);
	ftsim_debugfs_exit();
	/* Wait for rules still queued for RCU freeing before reporting the balance. */
	rcu_barrier();
	/* The unload test reads this line: both numbers must be 0. */
	pr_info(FTSIM_DRV_NAME ": unloaded, live_rules=%d bound_blocks=%d\n",
		atomic_read(&ftsim_live_rules), atomic_read(&ftsim_bound_blocks));
}

module_init(ftsim_module_init);
module_exit(ftsim_module_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Simulated NIC pairs with nftables flowtable hardware offload (TC_SETUP_FT)");
MODULE_VERSION(FTSIM_DRV_VERSION);
