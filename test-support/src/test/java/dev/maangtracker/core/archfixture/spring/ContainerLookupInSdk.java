package dev.maangtracker.core.archfixture.spring;

import org.springframework.context.ApplicationContext;

/** Fixture: an SDK class reaching into a Spring container, which the SDK rule must reject. */
public class ContainerLookupInSdk {
    public Object lookUp(ApplicationContext context) {
        return context.getBean("interviewer");
    }
}
