/** Judge scale-out of the starter: a Redis Streams work queue in front of the code judge, and its workers. */
package dev.maangtracker.boot.judge.queue;
