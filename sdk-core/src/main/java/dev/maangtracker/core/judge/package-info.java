/**
 * The code judge: runs a candidate's function against a coding problem's tests inside a sandbox and returns
 * verdicts. {@link dev.maangtracker.core.judge.CodeJudge} is the port; {@link dev.maangtracker.core.judge.SandboxJudge}
 * runs Java, Python 3 and JavaScript under bubblewrap with seccomp and cgroup limits. See {@code docs/judge.md}.
 */
package dev.maangtracker.core.judge;
