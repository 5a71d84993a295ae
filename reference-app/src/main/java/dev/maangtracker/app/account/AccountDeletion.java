package dev.maangtracker.app.account;

import dev.maangtracker.app.ratelimit.ApiRateLimitFilter;
import dev.maangtracker.app.ratelimit.RateLimitProperties;
import dev.maangtracker.boot.auth.RefreshTokenStore;
import dev.maangtracker.boot.ratelimit.RateLimitPolicy;
import dev.maangtracker.boot.ratelimit.RateLimiter;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.InterviewRepository;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.judge.CodeSubmissionRepository;
import dev.maangtracker.core.user.UserAccountRepository;
import dev.maangtracker.rag.cache.RetrievalCache;
import dev.maangtracker.rag.forget.MemoryForgetter;
import dev.maangtracker.tracker.activity.ActivityLog;
import dev.maangtracker.tracker.progress.ProgressRepository;
import dev.maangtracker.tracker.review.ReviewItemRepository;
import dev.maangtracker.tracker.weakness.EvidenceRepository;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Deletes an account and everything of it, in an order that is safe to repeat after a failure part-way:
 *
 * <ol>
 *   <li>refresh tokens: every family is revoked first, so no new access token is minted meanwhile;</li>
 *   <li>interviews, one by one through the engine, which closes their live event streams and (through the cached
 *       repository in full mode) replaces their session state in Redis by a content-free deleted-interview marker
 *       that expires with the cache's TTL;</li>
 *   <li>code submissions;</li>
 *   <li>memories, through the forgetter; then every cached retrieval of the user and its version bookkeeping
 *       (the forgetter's invalidation alone leaves old entries to expire);</li>
 *   <li>tracker data: attempts and notes, activity log, review schedule, weakness evidence;</li>
 *   <li>the account itself, last: until then the user can sign in again and repeat the deletion.</li>
 * </ol>
 *
 * <p>In full mode PostgreSQL would cascade the rows from {@code users} anyway; the explicit steps are what empty the
 * embedded in-memory stores and the Redis caches, which no foreign key reaches.
 */
@Service
public class AccountDeletion {

    private static final Logger log = LoggerFactory.getLogger(AccountDeletion.class);

    private final RefreshTokenStore refreshTokens;
    private final InterviewEngine engine;
    private final InterviewRepository interviews;
    private final CodeSubmissionRepository submissions;
    private final MemoryForgetter memories;
    private final RetrievalCache retrievals;
    private final ProgressRepository progress;
    private final ActivityLog activity;
    private final ReviewItemRepository reviews;
    private final EvidenceRepository evidence;
    private final UserAccountRepository users;
    private final RateLimiter limiter;
    private final RateLimitPolicy apiPolicy;

    /** Wires every store that holds user data. */
    public AccountDeletion(RefreshTokenStore refreshTokens, InterviewEngine engine, InterviewRepository interviews,
                           CodeSubmissionRepository submissions, MemoryForgetter memories, RetrievalCache retrievals,
                           ProgressRepository progress, ActivityLog activity, ReviewItemRepository reviews,
                           EvidenceRepository evidence, UserAccountRepository users, RateLimiter limiter,
                           RateLimitProperties limits) {
        this.refreshTokens = refreshTokens;
        this.engine = engine;
        this.interviews = interviews;
        this.submissions = submissions;
        this.memories = memories;
        this.retrievals = retrievals;
        this.progress = progress;
        this.activity = activity;
        this.reviews = reviews;
        this.evidence = evidence;
        this.users = users;
        this.limiter = limiter;
        this.apiPolicy = ApiRateLimitFilter.policyOf(limits);
    }

    /** Deletes the user's account and data; emits whether the account existed. */
    public Mono<Boolean> delete(UUID user) {
        return refreshTokens.revokeAllOf(user)
                .then(deleteInterviews(user))
                .then(submissions.deleteByUser(user))
                .then(memories.forgetAll(user))
                .then(retrievals.removeUser(user))
                .then(progress.deleteByUser(user))
                .then(activity.deleteByUser(user))
                .then(reviews.deleteByUser(user))
                .then(evidence.deleteByUser(user))
                // The API rate-limit bucket is keyed by the user id: drop it rather than let it expire.
                .then(limiter.forget(ApiRateLimitFilter.keyOf(user.toString()), apiPolicy))
                .then(users.delete(user))
                .doOnNext(existed -> log.info("deleted account {} and its data (existed: {})", user, existed));
    }

    // Listings are bounded, so delete page by page while full pages were deleted; a page where
    // something was already gone (a concurrent delete) ends the loop instead of spinning on it.
    private Mono<Void> deleteInterviews(UUID user) {
        return deletePage(user)
                .expand(deleted -> deleted == InterviewRepository.MAX_LIST_LIMIT ? deletePage(user) : Mono.empty())
                .then();
    }

    private Mono<Long> deletePage(UUID user) {
        return interviews.findByUser(user, InterviewRepository.MAX_LIST_LIMIT).map(InterviewSession::id)
                .concatMap(id -> engine.delete(user, id))
                .filter(Boolean::booleanValue)
                .count();
    }
}
