package dev.maangtracker.boot.judge.queue;

import dev.maangtracker.core.judge.JudgeAvailability;

/**
 * What a worker writes to the heartbeat hash, as JSON.
 *
 * @param at           epoch milliseconds of the heartbeat
 * @param availability what its local judge can run
 */
record WorkerHeartbeat(long at, JudgeAvailability availability) {
}
