/** Redis wiring of the starter: the full-mode auto-configuration and its properties. */
package dev.maangtracker.boot.redis;
