package dev.maangtracker.boot.tracker;

import dev.maangtracker.boot.storage.StorageDatabase;
import dev.maangtracker.tracker.weakness.EvidenceRepository;
import dev.maangtracker.tracker.weakness.EvidenceRepositoryContract;

/** The {@link EvidenceRepository} contract against the real PostgreSQL, on the Liquibase schema. */
class R2dbcEvidenceRepositoryIT extends EvidenceRepositoryContract {

    private final StorageDatabase database = StorageDatabase.shared();

    @Override
    protected EvidenceRepository newRepository() {
        database.createUser(alice);
        database.createUser(bob);
        return new R2dbcEvidenceRepository(database.client(), database.transactions());
    }
}
