package org.nftoffload.fleet.ops;

/**
 * What {@link ModuleOperations#ensure} may do besides loading modules the host already has.
 *
 * @param build   upload the kmod package and build the modules from the kernel's own source when
 *                the host has none (needs headers, a compiler and the source on the host)
 * @param persist have them loaded at boot ({@code module.persist}: modules-load.d, and agent-built
 *                modules installed under /lib/modules)
 */
public record ModuleOptions(boolean build, boolean persist) {
}
