/** Sandbox plumbing of the judge: bubblewrap launch, seccomp filter, cgroups, language harnesses. Not an API. */
package dev.maangtracker.core.judge.internal;
