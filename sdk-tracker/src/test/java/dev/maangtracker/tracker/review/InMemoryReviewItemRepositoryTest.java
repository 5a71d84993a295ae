package dev.maangtracker.tracker.review;

class InMemoryReviewItemRepositoryTest extends ReviewItemRepositoryContract {

    @Override
    protected ReviewItemRepository newRepository() {
        return new InMemoryReviewItemRepository();
    }
}
