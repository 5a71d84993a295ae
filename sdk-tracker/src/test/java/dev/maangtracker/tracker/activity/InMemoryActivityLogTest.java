package dev.maangtracker.tracker.activity;

class InMemoryActivityLogTest extends ActivityLogContract {

    @Override
    protected ActivityLog newLog() {
        return new InMemoryActivityLog();
    }
}
