package dev.maangtracker.boot.archfixture.web;

import org.springframework.web.reactive.function.server.ServerRequest;

/** Fixture: the starter handling HTTP requests, which belongs in the app. */
public class HandlerInStarter {
    public String path(ServerRequest request) {
        return request.path();
    }
}
