/** Code judging in the starter: the judge bean (the SDK sandbox judge, configured by {@code maang.judge.*}, or a disabled one) and judged submissions stored in PostgreSQL over R2DBC. */
package dev.maangtracker.boot.judge;
