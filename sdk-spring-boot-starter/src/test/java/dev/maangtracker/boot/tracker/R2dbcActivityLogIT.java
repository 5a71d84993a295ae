package dev.maangtracker.boot.tracker;

import dev.maangtracker.boot.r2dbc.JsonColumns;
import dev.maangtracker.boot.storage.StorageDatabase;
import dev.maangtracker.tracker.activity.ActivityLog;
import dev.maangtracker.tracker.activity.ActivityLogContract;

/** The {@link ActivityLog} contract against the real PostgreSQL, on the Liquibase schema. */
class R2dbcActivityLogIT extends ActivityLogContract {

    private final StorageDatabase database = StorageDatabase.shared();

    @Override
    protected ActivityLog newLog() {
        database.createUser(alice);
        database.createUser(bob);
        return new R2dbcActivityLog(database.client(), new JsonColumns());
    }
}
