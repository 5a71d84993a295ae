package dev.maangtracker.boot.tracker;

import dev.maangtracker.boot.storage.StorageDatabase;
import dev.maangtracker.tracker.progress.ProgressRepository;
import dev.maangtracker.tracker.progress.ProgressRepositoryContract;

/** The {@link ProgressRepository} contract against the real PostgreSQL, on the Liquibase schema. */
class R2dbcProgressRepositoryIT extends ProgressRepositoryContract {

    private final StorageDatabase database = StorageDatabase.shared();

    @Override
    protected ProgressRepository newRepository() {
        database.createUser(alice);
        database.createUser(bob);
        return new R2dbcProgressRepository(database.client());
    }
}
