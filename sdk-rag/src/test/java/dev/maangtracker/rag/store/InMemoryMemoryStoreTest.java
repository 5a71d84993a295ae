package dev.maangtracker.rag.store;

class InMemoryMemoryStoreTest extends MemoryStoreContract {

    @Override
    protected MemoryStore newStore() {
        return new InMemoryMemoryStore(DIMENSIONS);
    }
}
