package io.nexla.reactive.spring.boot.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal WebFlux application using the starter, as an application would. */
@SpringBootApplication
public class TestApplication {}
