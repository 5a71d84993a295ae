package dev.maangtracker.tracker.progress;

class InMemoryProgressRepositoryTest extends ProgressRepositoryContract {

    @Override
    protected ProgressRepository newRepository() {
        return new InMemoryProgressRepository();
    }
}
