package io.nexla.reactive.organizations;

/** A person by name and e-mail, as the owner or billing owner of a new organisation. */
public record PersonInput(String fullName, String email) {}
