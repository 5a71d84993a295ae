package dev.maangtracker.core.judge.internal;

/**
 * Limits of one run's cgroup.
 *
 * @param memoryBytes  memory (and memory+swap) limit
 * @param maxProcesses most tasks (processes and threads)
 * @param cpus         CPU quota in whole cores
 */
public record CgroupLimits(long memoryBytes, int maxProcesses, int cpus) {
}
