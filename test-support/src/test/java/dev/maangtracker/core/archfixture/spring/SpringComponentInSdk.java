package dev.maangtracker.core.archfixture.spring;

import org.springframework.stereotype.Component;

/** Fixture: an SDK class carrying a Spring annotation, which the SDK rule must reject. */
@Component
public class SpringComponentInSdk {
}
