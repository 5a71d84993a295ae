package dev.maangtracker.tracker.weakness;

class InMemoryEvidenceRepositoryTest extends EvidenceRepositoryContract {

    @Override
    protected EvidenceRepository newRepository() {
        return new InMemoryEvidenceRepository();
    }
}
