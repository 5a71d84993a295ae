package dev.maangtracker.app.memory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's long-term memory. */
@RestController
@RequestMapping("/api/v1/memory")
@Tag(name = "memory", description = "Search, add and forget the caller's memories")
public class MemoryController {

    private final MemoryService memories;

    /** @param memories the memory service */
    public MemoryController(MemoryService memories) {
        this.memories = memories;
    }

    /** The caller's best-matching memories with scores and the reason for each rank; {@code k} 1–50 (default 5). */
    @GetMapping("/search")
    @Operation(summary = "Search the caller's memories")
    public Mono<List<MemoryHit>> search(@AuthenticationPrincipal Jwt token,
                                        @RequestParam(required = false) String q,
                                        @RequestParam(required = false) Integer k) {
        return memories.search(UUID.fromString(token.getSubject()), q, k);
    }

    /** Remembers a note. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Remember a note")
    public Mono<StoredMemories> remember(@AuthenticationPrincipal Jwt token,
                                         @Valid @RequestBody MemoryRequest request) {
        return memories.remember(UUID.fromString(token.getSubject()), request);
    }

    /** Forgets one memory; 404 when it is not the caller's. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Forget one memory")
    public Mono<Void> forget(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return memories.forget(UUID.fromString(token.getSubject()), id);
    }

    /** Forgets every memory of the caller. */
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Forget all of the caller's memories")
    public Mono<Void> forgetAll(@AuthenticationPrincipal Jwt token) {
        return memories.forgetAll(UUID.fromString(token.getSubject())).then();
    }
}
