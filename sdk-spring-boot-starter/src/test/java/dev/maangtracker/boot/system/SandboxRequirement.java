package dev.maangtracker.boot.system;

import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.Language;
import java.util.Optional;

/**
 * Whether the sandbox judge of a context can run a language. Without it a test leaves out its code steps,
 * loudly; with {@code CI=true} (where {@code scripts/judge-runtimes.sh} has run) a missing sandbox fails.
 */
final class SandboxRequirement {

    private SandboxRequirement() {
    }

    static boolean canRun(CodeJudge judge, Language language) {
        Optional<String> whyNot = judge.availability().whyNot(language);
        if (whyNot.isEmpty()) {
            return true;
        }
        String reason = "the sandbox judge cannot run " + language + ": " + whyNot.get();
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(reason + " (CI=true requires it; run scripts/judge-runtimes.sh)");
        }
        System.err.println("LEAVING OUT the code steps: " + reason);
        return false;
    }
}
