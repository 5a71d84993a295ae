package dev.maangtracker.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the reference service; with no configuration it runs in the embedded default. */
@SpringBootApplication
public class MaangReferenceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MaangReferenceApplication.class, args);
    }
}
