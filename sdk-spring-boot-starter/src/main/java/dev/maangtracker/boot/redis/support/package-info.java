/** What every Redis adapter of the starter shares: outage logging and the JSON mapper for stored values. */
package dev.maangtracker.boot.redis.support;
