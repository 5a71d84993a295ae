package dev.maangtracker.core.judge;

import java.util.UUID;

class InMemoryCodeSubmissionRepositoryTest extends CodeSubmissionRepositoryContract {

    @Override
    protected CodeSubmissionRepository newRepository() {
        return new InMemoryCodeSubmissionRepository();
    }

    @Override
    protected UUID newSession(UUID userId) {
        return UUID.randomUUID();
    }
}
